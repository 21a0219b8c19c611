import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, seedAccounts } from '../testing/ApiClient.ts';
import { createTemplateBoard, importExampleBoard, SPRINT_24 } from '../testing/fixtures.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';

/** Every owner named in the example planning issue. */
const EXAMPLE_OWNERS = ['ana-souza', 'tomasz-k', 'li-wei', 'marek-b', 'grace-o'];

type Finding = { rule: string; message: string };

describe.each(['sqlite', 'postgres'] as const)('board routes (%s)', (storage) => {
  let server: TestServer;
  let api: ApiClient;
  let admin: ApiClient;
  let lead: ApiClient;
  let member: ApiClient;
  let viewer: ApiClient;

  beforeAll(async () => {
    server = await startTestServer(storage);
    api = new ApiClient(server.url);
    const tokens = await seedAccounts(api);
    admin = api.as(tokens.admin);
    lead = api.as(tokens.lead);
    member = api.as(tokens.member);
    viewer = api.as(tokens.viewer);
  });
  afterAll(() => server?.close());

  it('[B1] a board created from the template is listed with its title and sprint', async () => {
    const created = await lead.post('/api/boards', { title: 'Sprint 24 planning', sprint: SPRINT_24 });
    expect(created.status).toBe(201);
    expect(created.json.report).toBeUndefined();
    const board = created.json.board;
    expect(board).toMatchObject({
      title: 'Sprint 24 planning',
      sprint: SPRINT_24,
      locked: false,
      lockedBy: null,
      lockedAt: null,
      createdBy: 'lena-lead',
    });

    for (const reader of [admin, lead, member, viewer]) {
      const list = await reader.get('/api/boards');
      expect(list.status).toBe(200);
      expect(list.json.boards).toContainEqual(board);
    }
    const one = await viewer.get(`/api/boards/${board.id}`);
    expect(one.status).toBe(200);
    expect(one.json).toEqual(board);
  });

  it('[B1] a template board has the sections of the plan, no goals and no warnings', async () => {
    const board = (await createTemplateBoard(lead, 'Empty plan')).json.board;
    const markdown = await member.get(`/api/boards/${board.id}/markdown`);
    expect(markdown.status).toBe(200);
    expect(markdown.text).toMatch(/Proposed Goals/i);
    expect(markdown.text).not.toContain('(Owner:');
    const health = await member.get(`/api/boards/${board.id}/health`);
    expect(health.json.findings).toEqual([]);
  });

  it('[R2] members and viewers cannot create boards', async () => {
    const before = (await admin.get('/api/boards')).json.boards.length;
    for (const [role, client] of [
      ['member', member],
      ['viewer', viewer],
    ] as const) {
      const created = await client.post('/api/boards', { title: `Board by ${role}` });
      expect(created.status, role).toBe(403);
      expect(created.json).toEqual({ error: 'forbidden', message: expect.any(String) });
    }
    expect((await admin.get('/api/boards')).json.boards).toHaveLength(before);
    expect((await admin.post('/api/boards', { title: 'Board by the admin' })).status).toBe(201);
  });

  describe('an imported planning issue', () => {
    let boardId: string;
    let report: unknown[];

    beforeAll(async () => {
      const created = await importExampleBoard(lead);
      boardId = created.json.board.id;
      report = created.json.report;
    });

    it('[B2] the import answers with the board and the import report', async () => {
      const board = (await lead.get(`/api/boards/${boardId}`)).json;
      expect(board).toMatchObject({ title: 'Sprint 24 planning', sprint: SPRINT_24, locked: false });
      // What the importer could not recognise is reported, and kept (see the export below).
      expect(report).toContainEqual(
        expect.objectContaining({
          kind: 'unrecognised',
          text: expect.stringContaining('Each goal should have a single owner'),
        }),
      );
    });

    it('[B3] the Markdown export is text/markdown with the goals, owners and 🎯 statements', async () => {
      const markdown = await viewer.get(`/api/boards/${boardId}/markdown`);
      expect(markdown.status).toBe(200);
      expect(markdown.headers.get('content-type')).toMatch(/^text\/markdown/);
      for (const text of [
        'Self-serve data export',
        'Billing reliability',
        '(Owner: @ana-souza)',
        '(Owner: @marek-b)',
        '🎯',
        'An export of a 1 GB workspace finishes in under 10 minutes',
        'Team Search',
        'Ship ranking model v3 to 100% of users',
        'Each goal should have a single owner. Owner can only be an engineer.',
      ]) {
        expect(markdown.text).toContain(text);
      }
    });

    it('[B4] plan health lists the owners who are not known engineers; making them engineers clears those', async () => {
      const before = (await viewer.get(`/api/boards/${boardId}/health`)).json.findings as Finding[];
      const aboutOwners = (findings: Finding[]) =>
        findings.filter((f) => f.rule === 'PH2' || f.rule === 'PH6');
      expect(aboutOwners(before).length).toBeGreaterThan(0);
      expect(aboutOwners(before).some((f) => f.message.includes('ana-souza'))).toBe(true);

      for (const handle of EXAMPLE_OWNERS) {
        const put = await lead.put(`/api/people/${handle}`, { name: handle, discipline: 'engineering' });
        expect(put.status, handle).toBe(200);
      }
      const after = (await viewer.get(`/api/boards/${boardId}/health`)).json.findings as Finding[];
      expect(after.length).toBeLessThan(before.length);
      expect(aboutOwners(after)).toEqual([]);
      // The other rules still report what they did.
      expect(after).toEqual(before.filter((f) => f.rule !== 'PH2' && f.rule !== 'PH6'));
    });

    it("[B5] the next sprint's board is pre-filled: its retro lists this board's proposed goals", async () => {
      const next = await lead.post(`/api/boards/${boardId}/next`);
      expect(next.status).toBe(201);
      const board = next.json.board;
      expect(board.id).not.toBe(boardId);
      expect(board).toMatchObject({
        title: 'Sprint 25 planning',
        sprint: { number: 25, startsOn: '2025-03-15', endsOn: '2025-03-26' },
        locked: false,
        createdBy: 'lena-lead',
      });
      expect((await member.get('/api/boards')).json.boards.map((b: { id: string }) => b.id)).toContain(
        board.id,
      );

      const markdown = (await member.get(`/api/boards/${board.id}/markdown`)).text;
      const retro = sectionBetween(markdown, /Retro: Status of Outcomes/i, /Retro: What can we do better/i);
      for (const text of [
        'Self-serve data export',
        '(Owner: @ana-souza)',
        'Search relevance',
        '(Owner: @tomasz-k)',
        'Billing reliability',
        '(Owner: @marek-b)',
        'An export of a 1 GB workspace finishes in under 10 minutes',
        'Zero duplicate invoices in a week of chaos testing',
      ]) {
        expect(retro).toContain(text);
      }
      // Last sprint's outcomes are not carried over again.
      expect(retro).not.toContain('Billing v2');
      expect(retro).not.toContain('Mobile offline mode');
      // The teams stay, with their unfinished high-priority items as hang-over items.
      expect(markdown).toContain('Team Search');
      expect(markdown).toContain('Ship ranking model v3 to 100% of users');
      // The previous board is untouched.
      const previous = (await lead.get(`/api/boards/${boardId}/markdown`)).text;
      expect(previous).toContain('Billing v2');
    });

    it('[R2] members and viewers cannot start the next sprint', async () => {
      const before = (await lead.get('/api/boards')).json.boards.length;
      for (const client of [member, viewer]) {
        const next = await client.post(`/api/boards/${boardId}/next`);
        expect(next.status).toBe(403);
        expect(next.json.error).toBe('forbidden');
      }
      expect((await lead.get('/api/boards')).json.boards).toHaveLength(before);
    });
  });

  describe('locking', () => {
    let boardId: string;

    beforeAll(async () => {
      // A fresh import: its owners are checked against the roster as it is now.
      for (const handle of EXAMPLE_OWNERS) {
        await lead.put(`/api/people/${handle}`, { name: handle, discipline: 'product' });
      }
      boardId = (await importExampleBoard(lead, 'Locking board')).json.board.id;
    });

    it('[R2] members and viewers cannot lock or unlock', async () => {
      for (const client of [member, viewer]) {
        for (const action of ['lock', 'unlock']) {
          const response = await client.post(`/api/boards/${boardId}/${action}`, { confirm: true });
          expect(response.status, action).toBe(403);
          expect(response.json.error).toBe('forbidden');
        }
      }
      expect((await lead.get(`/api/boards/${boardId}`)).json.locked).toBe(false);
    });

    it('[K1] locking a plan with warnings answers 409 plan_has_warnings with the findings', async () => {
      const findings = (await lead.get(`/api/boards/${boardId}/health`)).json.findings;
      expect(findings.length).toBeGreaterThan(0);
      for (const body of [undefined, {}, { confirm: false }]) {
        const lock = await lead.post(`/api/boards/${boardId}/lock`, body);
        expect(lock.status).toBe(409);
        expect(lock.json).toMatchObject({ error: 'plan_has_warnings', message: expect.any(String) });
        expect(lock.json.findings).toEqual(findings);
      }
      const board = (await lead.get(`/api/boards/${boardId}`)).json;
      expect(board).toMatchObject({ locked: false, lockedBy: null, lockedAt: null });
      expect((await lead.get(`/api/boards/${boardId}/snapshots`)).json.snapshots).toEqual([]);
    });

    it('[K2] a confirmed lock locks the board, records who and when, and takes the "As locked" snapshot', async () => {
      const before = Date.now();
      const lock = await lead.post(`/api/boards/${boardId}/lock`, { confirm: true });
      expect(lock.status).toBe(200);
      expect(lock.json).toEqual({ locked: true, snapshotId: expect.any(String) });

      const board = (await viewer.get(`/api/boards/${boardId}`)).json;
      expect(board).toMatchObject({ locked: true, lockedBy: 'lena-lead' });
      const lockedAt = Date.parse(board.lockedAt);
      expect(lockedAt).toBeGreaterThanOrEqual(before - 1000);
      expect(lockedAt).toBeLessThanOrEqual(Date.now() + 1000);
      expect((await viewer.get('/api/boards')).json.boards).toContainEqual(board);

      const snapshot = await viewer.get(`/api/snapshots/${lock.json.snapshotId}`);
      expect(snapshot.status).toBe(200);
      expect(snapshot.json).toMatchObject({ boardId, label: 'As locked', createdBy: 'lena-lead' });
      expect(snapshot.json.plan.proposedGoals.map((g: { title: string }) => g.title)).toContain(
        'Self-serve data export',
      );
    });

    it('[K3] locking a locked board answers 409 board_locked and keeps the first lock', async () => {
      const first = (await lead.get(`/api/boards/${boardId}`)).json;
      const again = await admin.post(`/api/boards/${boardId}/lock`, { confirm: true });
      expect(again.status).toBe(409);
      expect(again.json).toEqual({ error: 'board_locked', message: expect.any(String) });
      expect((await lead.get(`/api/boards/${boardId}`)).json).toEqual(first);
      expect((await lead.get(`/api/boards/${boardId}/snapshots`)).json.snapshots).toHaveLength(1);
    });

    it('[K3] of several simultaneous locks exactly one wins', async () => {
      const board = (await createTemplateBoard(lead, 'Raced board')).json.board.id;
      const locks = await Promise.all(
        Array.from({ length: 5 }, () => lead.post(`/api/boards/${board}/lock`, { confirm: true })),
      );
      expect(locks.map((l) => l.status).sort()).toEqual([200, 409, 409, 409, 409]);
      expect((await lead.get(`/api/boards/${board}/snapshots`)).json.snapshots).toHaveLength(1);
    });

    it('[K2] unlocking clears the lock', async () => {
      const unlock = await lead.post(`/api/boards/${boardId}/unlock`);
      expect(unlock.status).toBe(200);
      expect(unlock.json).toEqual({ locked: false });
      const board = (await member.get(`/api/boards/${boardId}`)).json;
      expect(board).toMatchObject({ locked: false, lockedBy: null, lockedAt: null });
    });

    it('[K2] a plan without warnings locks without confirming', async () => {
      const board = (await createTemplateBoard(lead, 'Clean plan')).json.board;
      const lock = await lead.post(`/api/boards/${board.id}/lock`);
      expect(lock.status).toBe(200);
      expect(lock.json.locked).toBe(true);
      expect((await lead.get(`/api/boards/${board.id}`)).json.locked).toBe(true);
    });

    it('[I4] locking, unlocking and next of an unknown board answer 404', async () => {
      for (const action of ['lock', 'unlock', 'next']) {
        const response = await lead.post(`/api/boards/no-such-board/${action}`, { confirm: true });
        expect(response.status, action).toBe(404);
        expect(response.json).toEqual({ error: 'not_found', message: expect.any(String) });
      }
    });
  });
});

/** The text of a Markdown export between two headings. */
function sectionBetween(markdown: string, start: RegExp, end: RegExp): string {
  const from = markdown.search(start);
  const to = markdown.search(end);
  expect(from, 'start heading').toBeGreaterThanOrEqual(0);
  expect(to, 'end heading').toBeGreaterThan(from);
  return markdown.slice(from, to);
}
