import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addGoal, addTeam, readPlanDocument, sectionFragment, toPlanView } from '@sprintboard/plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ApiClient, seedAccounts } from '../testing/ApiClient.ts';
import { type ChildServer, startChildServer } from '../testing/childServer.ts';
import { connectClient } from '../testing/collabClient.ts';
import { createTestDatabase } from '../testing/testDatabases.ts';

describe.each(['sqlite', 'postgres'] as const)('a crash loses no acknowledged edit (%s)', (storage) => {
  let dataDir: string;
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let env: Record<string, string>;
  const servers: ChildServer[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sprintboard-crash-'));
    database = storage === 'postgres' ? await createTestDatabase() : undefined;
    env = { DATA_DIR: dataDir, ...(database ? { DATABASE_URL: database.url } : {}) };
  });
  afterAll(async () => {
    for (const server of servers) await server.kill();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('[D1] edits acknowledged before SIGKILL are all served by a restarted server', async () => {
    const first = await startChildServer(env);
    servers.push(first);
    const api = new ApiClient(first.url);
    const tokens = await seedAccounts(api);
    const board = await api.as(tokens.lead).post('/api/boards', { title: 'Crash board' });
    const boardId: string = board.json.board.id;

    const client = connectClient(first.wsUrl, boardId, tokens.member);
    await client.synced();
    const goals: string[] = [];
    for (let i = 0; i < 20; i++) {
      goals.push(
        addGoal(client.doc, 'proposedGoals', { title: `Goal ${i}`, owner: 'ana', statements: [`S${i}`] }),
      );
      addTeam(client.doc, `Team ${i}`);
      sectionFragment(client.doc, 'retroDiscussion').insert(0, [new Y.XmlText(`line ${i} `)]);
    }
    await client.acknowledged();
    const expected = toPlanView(readPlanDocument(client.doc));
    client.destroy();
    // No time for a debounced store: the process dies right after the last acknowledgement.
    await first.kill('SIGKILL');

    const second = await startChildServer(env);
    servers.push(second);
    const reader = connectClient(second.wsUrl, boardId, tokens.member);
    await reader.synced();
    const served = toPlanView(readPlanDocument(reader.doc));
    reader.destroy();
    expect(served.proposedGoals.map((g) => g.id)).toEqual(goals);
    expect(served).toEqual(expected);
  });
});
