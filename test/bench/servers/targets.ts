import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiClient, seedAccounts } from '@sprintboard/server/testing/ApiClient.ts';
import { type ChildServer, startChildServer } from '@sprintboard/server/testing/childServer.ts';
import { createTemplateBoard } from '@sprintboard/server/testing/fixtures.ts';
import type { Protocol } from '../drivers/messages.ts';

/**
 * The servers under test. `ours-tmpfs` is a diagnostic, not run by default:
 * our server with its SQLite file on /dev/shm, where fsync costs next to
 * nothing, so its gap to `ours` is what the durable log's fsync costs.
 */
export const SERVER_KINDS = ['ours', 'ours-tmpfs', 'hocuspocus', 'y-websocket'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];
export const DEFAULT_SERVER_KINDS: readonly ServerKind[] = ['ours', 'hocuspocus', 'y-websocket'];

/** A running server under test, with one board ready for clients. */
export interface Target {
  kind: ServerKind;
  protocol: Protocol;
  pid: number;
  httpUrl: string;
  wsUrl: string;
  /** The board's document name. */
  room: string;
  /** Token the clients connect with (ours: a member; the baselines ignore it). */
  token: string;
  /** Ours only: the lead who may lock the board. */
  leadToken: string | null;
  stop(): Promise<void>;
}

const script = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

/** Our server (`node src/main.ts`) on a fresh or given data dir. */
export async function startOurs(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ChildServer & { stop(): Promise<void> }> {
  const server = await startChildServer({ DATA_DIR: dataDir, ...env });
  return {
    ...server,
    async stop() {
      // SIGTERM: a clean shutdown (and a written CPU profile when profiling); SIGKILL if it hangs.
      const timer = setTimeout(() => server.process.kill('SIGKILL'), 15_000);
      await server.kill('SIGTERM');
      clearTimeout(timer);
    },
  };
}

/** Signs up the four roles and creates a board from the template; returns tokens and the board id. */
export async function seedBoard(httpUrl: string, title = 'Bench board') {
  const api = new ApiClient(httpUrl);
  const tokens = await seedAccounts(api);
  const created = await createTemplateBoard(api.as(tokens.lead), title);
  return { tokens, boardId: String(created.json.board.id) };
}

/** Starts a server of the given kind with an empty board on it. `env` reaches its process. */
export async function startTarget(kind: ServerKind, env: Record<string, string> = {}): Promise<Target> {
  if (kind === 'ours' || kind === 'ours-tmpfs') {
    const dataDir = await mkdtemp(join(kind === 'ours' ? tmpdir() : '/dev/shm', 'sprintboard-bench-'));
    const server = await startOurs(dataDir, env);
    const { tokens, boardId } = await seedBoard(server.url);
    return {
      kind,
      protocol: 'hocuspocus',
      pid: server.process.pid ?? 0,
      httpUrl: server.url,
      wsUrl: server.wsUrl,
      room: boardId,
      token: tokens.member,
      leadToken: tokens.lead,
      async stop() {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const server = await startChildServer(
    env,
    script(kind === 'hocuspocus' ? 'bareHocuspocus.ts' : 'yWebsocket.ts'),
  );
  return {
    kind,
    protocol: kind === 'hocuspocus' ? 'hocuspocus' : 'y-websocket',
    pid: server.process.pid ?? 0,
    httpUrl: server.url,
    wsUrl: server.url.replace('http', 'ws'),
    room: 'bench-board',
    token: 'unused',
    leadToken: null,
    stop: () => server.kill('SIGTERM'),
  };
}
