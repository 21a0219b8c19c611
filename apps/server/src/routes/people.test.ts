import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, seedAccounts } from '../testing/ApiClient.ts';
import { importExampleBoard } from '../testing/fixtures.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';

type Person = { handle: string; name: string; discipline: string; supportHero: boolean };
type Finding = { rule: string; message: string };

describe.each(['sqlite', 'postgres'] as const)('people routes (%s)', (storage) => {
  let server: TestServer;
  let admin: ApiClient;
  let lead: ApiClient;
  let member: ApiClient;
  let viewer: ApiClient;

  beforeAll(async () => {
    server = await startTestServer(storage);
    const api = new ApiClient(server.url);
    const tokens = await seedAccounts(api);
    admin = api.as(tokens.admin);
    lead = api.as(tokens.lead);
    member = api.as(tokens.member);
    viewer = api.as(tokens.viewer);
  });
  afterAll(() => server?.close());

  const people = async () => (await viewer.get('/api/people')).json.people as Person[];
  const person = async (handle: string) => (await people()).find((p) => p.handle === handle);

  it('[P1] every account is on the roster', async () => {
    const handles = (await people()).map((p) => p.handle);
    expect(handles).toEqual(expect.arrayContaining(['admin', 'lena-lead', 'max-member', 'vic-viewer']));
  });

  it('[B4] the owners named in an imported plan join the roster, not as engineers', async () => {
    await importExampleBoard(lead);
    for (const handle of ['ana-souza', 'tomasz-k', 'marek-b']) {
      const found = await person(handle);
      expect(found, handle).toBeDefined();
      expect(found?.discipline).not.toBe('engineering');
    }
  });

  it('[P1] leads and admins add and change people, one entry per handle', async () => {
    const added = await lead.put('/api/people/dora-design', { name: 'Dora', discipline: 'design' });
    expect(added.status).toBe(200);
    expect(added.json).toEqual({
      handle: 'dora-design',
      name: 'Dora',
      discipline: 'design',
      supportHero: false,
    });
    expect(await person('dora-design')).toEqual(added.json);

    const changed = await admin.put('/api/people/dora-design', {
      name: 'Dora D.',
      discipline: 'engineering',
      supportHero: true,
    });
    expect(changed.status).toBe(200);
    expect(await person('dora-design')).toEqual({
      handle: 'dora-design',
      name: 'Dora D.',
      discipline: 'engineering',
      supportHero: true,
    });
    expect((await people()).filter((p) => p.handle === 'dora-design')).toHaveLength(1);
  });

  it('[R4] members and viewers cannot change the roster', async () => {
    for (const client of [member, viewer]) {
      const put = await client.put('/api/people/ana-souza', { name: 'Ana', discipline: 'engineering' });
      expect(put.status).toBe(403);
      expect(put.json.error).toBe('forbidden');
    }
    expect((await person('ana-souza'))?.discipline).not.toBe('engineering');
  });

  it('[I2] a bad discipline or handle answers 400 naming the field', async () => {
    const discipline = await lead.put('/api/people/ana-souza', { name: 'Ana', discipline: 'wizard' });
    expect(discipline.status).toBe(400);
    expect(discipline.json).toEqual({ error: 'bad_request', message: expect.stringContaining('discipline') });
    const handle = await lead.put('/api/people/not%20a%20handle!', { name: 'X', discipline: 'engineering' });
    expect(handle.status).toBe(400);
    expect(handle.json.message).toContain('handle');
    expect(await person('not a handle!')).toBeUndefined();
  });

  it('[B4] the roster decides plan health: engineers clear PH2, a support hero who owns a goal raises PH3', async () => {
    const boardId = (await importExampleBoard(lead, 'Roster board')).json.board.id;
    const findings = async () =>
      (await viewer.get(`/api/boards/${boardId}/health`)).json.findings as Finding[];
    const about = (list: Finding[], rule: string, handle: string) =>
      list.filter((f) => f.rule === rule && f.message.includes(handle));

    expect(about(await findings(), 'PH2', 'marek-b').length).toBeGreaterThan(0);
    await lead.put('/api/people/marek-b', { name: 'Marek', discipline: 'engineering' });
    expect(about(await findings(), 'PH2', 'marek-b')).toEqual([]);
    expect(about(await findings(), 'PH3', 'marek-b')).toEqual([]);

    await lead.put('/api/people/marek-b', { name: 'Marek', discipline: 'engineering', supportHero: true });
    expect(about(await findings(), 'PH3', 'marek-b').length).toBeGreaterThan(0);
  });
});
