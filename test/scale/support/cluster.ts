import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, seedAccounts } from '@sprintboard/server/testing/ApiClient.ts';
import { type ChildServer, startChildServer } from '@sprintboard/server/testing/childServer.ts';
import { createTemplateBoard } from '@sprintboard/server/testing/fixtures.ts';
import { createTestDatabase } from '@sprintboard/server/testing/testDatabases.ts';

/** Where the scale tests find Redis (loopback; override for CI). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * A scaled-out workplace made of real processes: every `node src/main.ts`
 * shares one fresh PostgreSQL database and one Redis, under a Redis prefix of
 * its own so parallel runs (and leftovers of killed ones) never cross-talk.
 */
export interface Cluster {
  /** The processes, by index; `restart` replaces an entry in place. */
  servers: ChildServer[];
  /** Tokens of the seeded accounts (admin, lead, member, viewer). */
  tokens: Awaited<ReturnType<typeof seedAccounts>>;
  /** An API client of process `index` acting as `token`. */
  api(index: number, token?: string): ApiClient;
  /** Creates a board from the template through process 0, as the lead; returns its id. */
  createBoard(title?: string): Promise<string>;
  /** Starts one more process (on `port`, or a free one); returns its index. */
  add(port?: number): Promise<number>;
  /** Kills process `index` with SIGKILL, like a crash. */
  crash(index: number): Promise<void>;
  /** Starts process `index` again on the port it had, after a crash. */
  restart(index: number): Promise<ChildServer>;
  /** Kills every process and drops the database. */
  close(): Promise<void>;
}

/** Starts `processes` server processes sharing storage and Redis, with the accounts seeded. */
export async function startCluster(processes: number): Promise<Cluster> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'sprintboard-scale-'));
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `sbtest-${randomBytes(6).toString('hex')}`,
  };
  const servers: ChildServer[] = [];
  const start = (port?: number) =>
    startChildServer(port === undefined ? env : { ...env, PORT: String(port) });
  const close = async () => {
    for (const server of servers) await server.kill('SIGKILL');
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // One at a time: both would run the storage migrations at once otherwise (safe, but slower on 2 cores).
    for (let i = 0; i < processes; i++) servers.push(await start());
    const tokens = await seedAccounts(new ApiClient(servers[0]!.url));
    const cluster: Cluster = {
      servers,
      tokens,
      api: (index, token) => new ApiClient(mustServer(servers, index).url, token ?? null),
      async createBoard(title = 'Sprint 24 planning') {
        const created = await createTemplateBoard(cluster.api(0, tokens.lead), title);
        return String(created.json.board.id);
      },
      async add(port) {
        servers.push(await start(port));
        return servers.length - 1;
      },
      crash: (index) => mustServer(servers, index).kill('SIGKILL'),
      async restart(index) {
        const port = new URL(mustServer(servers, index).url).port;
        const server = await start(Number(port));
        servers[index] = server;
        return server;
      },
      close,
    };
    return cluster;
  } catch (error) {
    await close();
    throw error;
  }
}

function mustServer(servers: ChildServer[], index: number): ChildServer {
  const server = servers[index];
  if (!server) throw new Error(`no server process ${index}`);
  return server;
}
