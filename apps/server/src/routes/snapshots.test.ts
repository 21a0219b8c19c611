import { addGoal } from '@sprintboard/plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, seedAccounts } from '../testing/ApiClient.ts';
import { connectClient } from '../testing/collabClient.ts';
import { createTemplateBoard, importExampleBoard } from '../testing/fixtures.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';

type Change = { kind: string; message: string };

describe.each(['sqlite', 'postgres'] as const)('snapshot routes (%s)', (storage) => {
  let server: TestServer;
  let api: ApiClient;
  let tokens: Awaited<ReturnType<typeof seedAccounts>>;
  let lead: ApiClient;
  let member: ApiClient;
  let viewer: ApiClient;
  let boardId: string;

  beforeAll(async () => {
    server = await startTestServer(storage);
    api = new ApiClient(server.url);
    tokens = await seedAccounts(api);
    lead = api.as(tokens.lead);
    member = api.as(tokens.member);
    viewer = api.as(tokens.viewer);
    boardId = (await importExampleBoard(lead)).json.board.id;
  });
  afterAll(() => server?.close());

  /** Adds a proposed goal the way an editor does: through a real provider over the WebSocket. */
  async function addGoalLive(title: string) {
    const client = connectClient(server.wsUrl, boardId, tokens.member);
    try {
      await client.synced();
      addGoal(client.doc, 'proposedGoals', {
        title,
        owner: 'li-wei',
        statements: [`${title} is measurable`],
      });
      await client.acknowledged();
    } finally {
      client.destroy();
    }
  }

  const snapshot = async (client: ApiClient, label: string) => {
    const taken = await client.post(`/api/boards/${boardId}/snapshots`, { label });
    expect(taken.status).toBe(201);
    return taken.json.id as string;
  };

  it('[S1] a snapshot taken with a label reads back with its plan and label', async () => {
    const taken = await member.post(`/api/boards/${boardId}/snapshots`, { label: 'Before planning poker' });
    expect(taken.status).toBe(201);
    expect(taken.json).toEqual({ id: expect.any(String) });

    const read = await viewer.get(`/api/snapshots/${taken.json.id}`);
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({
      id: taken.json.id,
      boardId,
      label: 'Before planning poker',
      createdBy: 'max-member',
      shared: false,
    });
    expect(read.json.plan.title).toBe('Sprint 24 planning');
    const goal = read.json.plan.proposedGoals.find(
      (g: { title: string }) => g.title === 'Self-serve data export',
    );
    expect(goal).toMatchObject({ owner: 'ana-souza', fiftyFifty: true });
    expect(goal.statements.map((s: { text: string }) => s.text)).toContain(
      'An export of a 1 GB workspace finishes in under 10 minutes',
    );

    const list = await viewer.get(`/api/boards/${boardId}/snapshots`);
    expect(list.json.snapshots).toContainEqual(
      expect.objectContaining({ id: taken.json.id, label: 'Before planning poker' }),
    );
    expect(list.json.snapshots[0]).not.toHaveProperty('plan');
  });

  it('[S1] a snapshot exports to Markdown', async () => {
    const id = await snapshot(lead, 'For the issue');
    const markdown = await viewer.get(`/api/snapshots/${id}/markdown`);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(markdown.text).toContain('(Owner: @ana-souza)');
    expect(markdown.text).toContain('🎯');
    expect(markdown.text).toBe((await viewer.get(`/api/boards/${boardId}/markdown`)).text);
  });

  it('[R3] viewers cannot take snapshots', async () => {
    const before = (await viewer.get(`/api/boards/${boardId}/snapshots`)).json.snapshots.length;
    const taken = await viewer.post(`/api/boards/${boardId}/snapshots`, { label: 'By a viewer' });
    expect(taken.status).toBe(403);
    expect(taken.json.error).toBe('forbidden');
    expect((await viewer.get(`/api/boards/${boardId}/snapshots`)).json.snapshots).toHaveLength(before);
  });

  it('[S3] the diff of two snapshots of an unchanged board is empty, and so is the diff against it live', async () => {
    const a = await snapshot(lead, 'A');
    const b = await snapshot(lead, 'B');
    const between = await viewer.get(`/api/snapshots/${a}/diff?against=${b}`);
    expect(between.status).toBe(200);
    expect(between.json).toEqual({ changes: [] });
    expect((await viewer.get(`/api/snapshots/${a}/diff`)).json).toEqual({ changes: [] });
    expect((await viewer.get(`/api/snapshots/${a}/diff?against=live`)).json).toEqual({ changes: [] });
  });

  it('[S2][S3] an edit shows in the diff against live and against a later snapshot, and leaves the snapshot as it was', async () => {
    const before = await snapshot(lead, 'Before the edit');
    const original = (await viewer.get(`/api/snapshots/${before}`)).json;

    await addGoalLive('Offline mode for iOS');

    const live = await viewer.get(`/api/snapshots/${before}/diff?against=live`);
    expect(live.status).toBe(200);
    const added = (live.json.changes as Change[]).filter((c) => c.kind === 'goal-added');
    expect(added).toHaveLength(1);
    expect(added[0]?.message).toContain('Offline mode for iOS');

    const after = await snapshot(lead, 'After the edit');
    const between = await viewer.get(`/api/snapshots/${before}/diff?against=${after}`);
    expect(between.json).toEqual(live.json);
    // Backwards, the goal was removed.
    const backwards = await viewer.get(`/api/snapshots/${after}/diff?against=${before}`);
    expect((backwards.json.changes as Change[]).map((c) => c.kind)).toContain('goal-removed');

    expect((await viewer.get(`/api/snapshots/${before}`)).json).toEqual(original);
    expect((await viewer.get(`/api/snapshots/${after}`)).json.plan.proposedGoals).toHaveLength(
      original.plan.proposedGoals.length + 1,
    );
  });

  it('[S3] a diff against an unknown snapshot or a snapshot of another board is refused', async () => {
    const id = await snapshot(lead, 'Diff base');
    const unknown = await viewer.get(`/api/snapshots/${id}/diff?against=no-such-snapshot`);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({ error: 'not_found', message: expect.any(String) });
    expect((await viewer.get('/api/snapshots/no-such-snapshot/diff')).status).toBe(404);

    const other = (await createTemplateBoard(lead, 'Other board')).json.board.id;
    const elsewhere = (await lead.post(`/api/boards/${other}/snapshots`, { label: 'Elsewhere' })).json.id;
    const across = await viewer.get(`/api/snapshots/${id}/diff?against=${elsewhere}`);
    expect(across.status).toBe(400);
    expect(across.json.error).toBe('bad_request');
  });

  it('[S2] nothing done over HTTP afterwards changes a snapshot', async () => {
    const id = await snapshot(lead, 'Frozen');
    const read = async () => {
      const [json, markdown] = await Promise.all([
        viewer.get(`/api/snapshots/${id}`),
        viewer.get(`/api/snapshots/${id}/markdown`),
      ]);
      return { json: json.json, markdown: markdown.text };
    };
    const original = await read();

    expect((await lead.post(`/api/boards/${boardId}/lock`, { confirm: true })).status).toBe(200);
    expect(await read()).toEqual(original);
    expect((await lead.post(`/api/boards/${boardId}/unlock`)).status).toBe(200);
    expect(await read()).toEqual(original);
    expect((await lead.post(`/api/boards/${boardId}/next`)).status).toBe(201);
    expect(await read()).toEqual(original);
    await lead.put('/api/people/ana-souza', { name: 'Ana', discipline: 'engineering', supportHero: true });
    expect(await read()).toEqual(original);
    await addGoalLive('Edited after the snapshot');
    expect(await read()).toEqual(original);
    expect(original.json.label).toBe('Frozen');
  });

  describe('[S4] share links', () => {
    let id: string;

    beforeAll(async () => {
      id = await snapshot(lead, 'For the board meeting');
    });

    it('[R2] members and viewers cannot share or revoke', async () => {
      for (const client of [member, viewer]) {
        const share = await client.post(`/api/snapshots/${id}/share`);
        expect(share.status).toBe(403);
        expect(share.json.error).toBe('forbidden');
        expect(share.json.token).toBeUndefined();
        expect((await client.delete(`/api/snapshots/${id}/share`)).status).toBe(403);
      }
      expect((await viewer.get(`/api/snapshots/${id}`)).json.shared).toBe(false);
    });

    it('a share token is unguessable and reads the snapshot without an account', async () => {
      const share = await lead.post(`/api/snapshots/${id}/share`);
      expect(share.status).toBe(201);
      const { token, url } = share.json;
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
      expect(url).toMatch(new RegExp(`/${token}$`));

      const anonymous = api.as(null);
      const shared = await anonymous.get(`/api/shared/${token}`);
      expect(shared.status).toBe(200);
      const own = (await viewer.get(`/api/snapshots/${id}`)).json;
      expect(own.shared).toBe(true);
      expect(shared.json).toEqual(own);
      expect(shared.json.label).toBe('For the board meeting');

      const markdown = await anonymous.get(`/api/shared/${token}/markdown`);
      expect(markdown.status).toBe(200);
      expect(markdown.headers.get('content-type')).toMatch(/^text\/markdown/);
      expect(markdown.text).toBe((await viewer.get(`/api/snapshots/${id}/markdown`)).text);
    });

    it('a new share replaces the old token', async () => {
      const first = (await lead.post(`/api/snapshots/${id}/share`)).json.token;
      const second = (await lead.post(`/api/snapshots/${id}/share`)).json.token;
      expect(second).not.toBe(first);
      const anonymous = api.as(null);
      const old = await anonymous.get(`/api/shared/${first}`);
      expect(old.status).toBe(404);
      expect(old.json).toEqual({ error: 'not_found', message: expect.any(String) });
      expect((await anonymous.get(`/api/shared/${first}/markdown`)).status).toBe(404);
      expect((await anonymous.get(`/api/shared/${second}`)).status).toBe(200);
    });

    it('revoking makes the link 404', async () => {
      const token = (await lead.post(`/api/snapshots/${id}/share`)).json.token;
      const revoke = await lead.delete(`/api/snapshots/${id}/share`);
      expect(revoke.status).toBe(200);
      expect(revoke.json).toEqual({ shared: false });
      const anonymous = api.as(null);
      expect((await anonymous.get(`/api/shared/${token}`)).status).toBe(404);
      expect((await anonymous.get(`/api/shared/${token}/markdown`)).status).toBe(404);
      expect((await viewer.get(`/api/snapshots/${id}`)).json.shared).toBe(false);
    });

    it('sharing one snapshot does not share the others', async () => {
      const other = await snapshot(lead, 'Not shared');
      const token = (await lead.post(`/api/snapshots/${id}/share`)).json.token;
      const shared = await api.as(null).get(`/api/shared/${token}`);
      expect(shared.json.id).toBe(id);
      expect((await viewer.get(`/api/snapshots/${other}`)).json.shared).toBe(false);
    });
  });
});
