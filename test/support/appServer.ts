import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ChildServer, startChildServer } from '@sprintboard/server/testing/childServer.ts';

/** The built web app the server serves in the e2e tests. */
export const WEB_DIST = fileURLToPath(new URL('../../apps/web/dist', import.meta.url));

/** A real server process with a fresh database, serving the built web app. */
export async function startAppServer(env: Record<string, string> = {}) {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`No web build at ${WEB_DIST}: run the web build first (pnpm check does).`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'sprintboard-e2e-'));
  const server: ChildServer = await startChildServer({ DATA_DIR: dataDir, WEB_DIR: WEB_DIST, ...env });
  return {
    ...server,
    dataDir,
    async close() {
      await server.kill('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
