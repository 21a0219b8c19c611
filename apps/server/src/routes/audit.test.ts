import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, seedAccounts } from '../testing/ApiClient.ts';
import { importExampleBoard } from '../testing/fixtures.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';

type Entry = { id: number; boardId: string; actor: string; action: string; detail: unknown; at: string };

describe.each(['sqlite', 'postgres'] as const)('audit route (%s)', (storage) => {
  let server: TestServer;
  let admin: ApiClient;
  let lead: ApiClient;
  let viewer: ApiClient;
  let boardId: string;

  beforeAll(async () => {
    server = await startTestServer(storage);
    const api = new ApiClient(server.url);
    const tokens = await seedAccounts(api);
    admin = api.as(tokens.admin);
    lead = api.as(tokens.lead);
    viewer = api.as(tokens.viewer);
    boardId = (await importExampleBoard(lead)).json.board.id;
  });
  afterAll(() => server?.close());

  const entries = async () => {
    const audit = await viewer.get(`/api/boards/${boardId}/audit`);
    expect(audit.status).toBe(200);
    return audit.json.entries as Entry[];
  };

  it('[U1] a new board has an empty audit log', async () => {
    expect(await entries()).toEqual([]);
  });

  it('[K1] a refused lock is not recorded', async () => {
    expect((await lead.post(`/api/boards/${boardId}/lock`)).status).toBe(409);
    expect(await entries()).toEqual([]);
  });

  it('[K4] a lock over warnings records the snapshot, the lock and the overridden findings, with who and when', async () => {
    const findings = (await lead.get(`/api/boards/${boardId}/health`)).json.findings;
    const before = Date.now();
    const lock = await lead.post(`/api/boards/${boardId}/lock`, { confirm: true });
    expect(lock.status).toBe(200);

    const log = await entries();
    expect(log.map((e) => e.action)).toEqual(['snapshot', 'lock', 'override-warnings']);
    for (const entry of log) {
      expect(entry).toMatchObject({ boardId, actor: 'lena-lead' });
      expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(entry.at)).toBeLessThanOrEqual(Date.now() + 1000);
    }
    const [snapshot, locked, override] = log;
    expect(snapshot?.detail).toEqual({ snapshotId: lock.json.snapshotId, label: 'As locked' });
    expect(locked?.detail).toEqual({ snapshotId: lock.json.snapshotId });
    expect(override?.detail).toEqual(findings);
  });

  it('[K4] an unlock is recorded with who', async () => {
    expect((await admin.post(`/api/boards/${boardId}/unlock`)).status).toBe(200);
    const last = (await entries()).at(-1);
    expect(last).toMatchObject({ action: 'unlock', actor: 'admin', detail: null });
  });

  it('[K4] unlocking a board that is not locked changes and records nothing', async () => {
    const count = (await entries()).length;
    const unlock = await lead.post(`/api/boards/${boardId}/unlock`);
    expect(unlock.status).toBe(200);
    expect(unlock.json).toEqual({ locked: false });
    expect(await entries()).toHaveLength(count);
  });

  it('[K4] a lock without warnings records no override', async () => {
    for (const handle of ['ana-souza', 'tomasz-k', 'li-wei', 'marek-b', 'grace-o']) {
      await lead.put(`/api/people/${handle}`, { name: handle, discipline: 'engineering' });
    }
    const findings = (await lead.get(`/api/boards/${boardId}/health`)).json.findings;
    const count = (await entries()).length;
    const lock = await lead.post(`/api/boards/${boardId}/lock`, { confirm: true });
    expect(lock.status).toBe(200);
    const added = (await entries()).slice(count).map((e) => e.action);
    expect(added).toEqual(
      findings.length > 0 ? ['snapshot', 'lock', 'override-warnings'] : ['snapshot', 'lock'],
    );
    expect((await lead.post(`/api/boards/${boardId}/unlock`)).status).toBe(200);
  });

  it('[U1] snapshots, shares, revokes and next sprint are recorded with who and what, never a token', async () => {
    const count = (await entries()).length;
    const snapshot = (await lead.post(`/api/boards/${boardId}/snapshots`, { label: 'Mid-planning' })).json.id;
    await lead.post(`/api/snapshots/${snapshot}/share`);
    await lead.delete(`/api/snapshots/${snapshot}/share`);
    const next = (await lead.post(`/api/boards/${boardId}/next`)).json.board.id;

    const added = (await entries()).slice(count);
    expect(added.map((e) => [e.action, e.actor])).toEqual([
      ['snapshot', 'lena-lead'],
      ['share', 'lena-lead'],
      ['revoke', 'lena-lead'],
      ['next', 'lena-lead'],
    ]);
    expect(added[0]?.detail).toEqual({ snapshotId: snapshot, label: 'Mid-planning' });
    expect(added[1]?.detail).toEqual({ snapshotId: snapshot });
    expect(added[3]?.detail).toEqual({ boardId: next });
    // The share token itself is never written to the log.
    expect(JSON.stringify(added)).not.toMatch(/token/i);
  });

  it('[U1] the log is per board, and an unknown board answers 404', async () => {
    const other = (await lead.post('/api/boards', { title: 'Quiet board' })).json.board.id;
    expect((await viewer.get(`/api/boards/${other}/audit`)).json.entries).toEqual([]);
    const unknown = await viewer.get('/api/boards/no-such-board/audit');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ error: 'not_found', message: expect.any(String) });
  });
});
