import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config.ts';
import { type RunningServer, startServer } from '../server.ts';
import { createTestDatabase } from './testDatabases.ts';

/** The storage a test server runs on. */
export type TestStorage = 'sqlite' | 'postgres';

/** A real server on port 0 with its own fresh database; `close()` tears everything down. */
export interface TestServer extends RunningServer {
  wsUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
}

/** Starts a server for one test file. */
export async function startTestServer(
  storage: TestStorage = 'sqlite',
  env: Record<string, string> = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sprintboard-test-'));
  const database = storage === 'postgres' ? await createTestDatabase() : undefined;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const server = await startServer(config);
  return {
    ...server,
    wsUrl: `${server.url.replace('http', 'ws')}/collab`,
    dataDir,
    databaseUrl: database?.url,
    async close() {
      await server.close();
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
