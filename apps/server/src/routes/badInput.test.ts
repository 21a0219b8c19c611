import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { LIMITS } from '../limits.ts';
import { ApiClient, seedAccounts } from '../testing/ApiClient.ts';
import { createTemplateBoard, SPRINT_24 } from '../testing/fixtures.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';

const errorBody = { error: expect.any(String), message: expect.any(String) };

describe.each(['sqlite', 'postgres'] as const)('bad input (%s)', (storage) => {
  let server: TestServer;
  let api: ApiClient;
  let lead: ApiClient;
  let boardId: string;

  beforeAll(async () => {
    server = await startTestServer(storage);
    api = new ApiClient(server.url);
    const tokens = await seedAccounts(api);
    lead = api.as(tokens.lead);
    boardId = (await createTemplateBoard(lead)).json.board.id;
  });
  afterAll(() => server?.close());

  const boardCount = async () => (await lead.get('/api/boards')).json.boards.length as number;

  it('[I1] a malformed JSON body answers 400 {error, message}', async () => {
    const before = await boardCount();
    for (const [path, body] of [
      ['/api/boards', '{"title": "Half a board'],
      ['/api/auth/login', '{handle: admin}'],
      [`/api/boards/${boardId}/snapshots`, 'not json at all'],
    ] as const) {
      const response = await lead.request('POST', path, body, { 'content-type': 'application/json' });
      expect(response.status, path).toBe(400);
      expect(response.json, path).toEqual({ error: 'bad_request', message: expect.any(String) });
    }
    expect(await boardCount()).toBe(before);
  });

  it('[I1] a body sent as something other than JSON answers 415 {error, message}', async () => {
    const before = await boardCount();
    const response = await lead.request('POST', '/api/boards', 'title=Form board', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect(response.json).toEqual({ error: 'bad_request', message: expect.stringContaining('JSON') });
    expect(await boardCount()).toBe(before);
  });

  it('[I2] a wrong type answers 400 with a message naming the field', async () => {
    const cases: Array<[string, string, unknown, string]> = [
      ['POST', '/api/boards', { title: 5 }, 'title'],
      ['POST', '/api/boards', { title: '   ' }, 'title'],
      ['POST', '/api/boards', { title: 'x'.repeat(LIMITS.titleChars + 1) }, 'title'],
      ['POST', '/api/boards', { title: 'Sprint', sprint: { ...SPRINT_24, number: 'one' } }, 'sprint.number'],
      [
        'POST',
        '/api/boards',
        { title: 'Sprint', sprint: { ...SPRINT_24, startsOn: '3 March' } },
        'sprint.startsOn',
      ],
      ['POST', '/api/boards', { title: 'Sprint', markdown: 42 }, 'markdown'],
      ['POST', '/api/auth/login', { handle: 'admin' }, 'password'],
      ['POST', '/api/invites', { role: 'owner' }, 'role'],
      ['POST', `/api/boards/${boardId}/snapshots`, { label: ['a'] }, 'label'],
      [
        'PUT',
        '/api/people/ana-souza',
        { name: 'Ana', discipline: 'engineering', supportHero: 'yes' },
        'supportHero',
      ],
    ];
    const admin = api.as(
      (await api.post('/api/auth/login', { handle: 'admin', password: 'correct horse 1' })).json.token,
    );
    for (const [method, path, body, field] of cases) {
      const client = path === '/api/invites' ? admin : lead;
      const response = await client.request(method, path, body);
      const what = `${method} ${path} ${JSON.stringify(body).slice(0, 60)}`;
      expect(response.status, what).toBe(400);
      expect(response.json, what).toEqual({ error: 'bad_request', message: expect.stringContaining(field) });
    }
  });

  it('[I2] a sprint that ends before it starts answers 400', async () => {
    const response = await lead.post('/api/boards', {
      title: 'Backwards',
      sprint: { number: 1, startsOn: '2025-03-14', endsOn: '2025-03-03' },
    });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: 'bad_request', message: expect.stringContaining('sprint') });
  });

  it('[I3] a body over its limit answers 413 payload_too_large, every time', async () => {
    const before = await boardCount();
    // Several in a row: each refused body is still arriving when the answer goes out.
    for (const megabytes of [3, 3.6, 5]) {
      const markdown = 'x'.repeat(Math.floor(megabytes * 1024 * 1024));
      const huge = await lead.post('/api/boards', { title: 'Huge import', markdown });
      expect(huge.status, `${megabytes} MB`).toBe(413);
      expect(huge.json).toEqual({ error: 'payload_too_large', message: expect.any(String) });
    }

    const label = 'x'.repeat(LIMITS.jsonBodyBytes + 1);
    const big = await lead.post(`/api/boards/${boardId}/snapshots`, { label });
    expect(big.status).toBe(413);
    expect(big.json.error).toBe('payload_too_large');
    expect(await boardCount()).toBe(before);
    expect((await lead.get(`/api/boards/${boardId}/snapshots`)).json.snapshots).toEqual([]);
  });

  it('[I3] a Markdown import over LIMITS.markdownBytes but under the body limit is refused too', async () => {
    const markdown = 'x'.repeat(LIMITS.markdownBytes + 1);
    const response = await lead.post('/api/boards', { title: 'Just too big', markdown });
    expect([400, 413]).toContain(response.status);
    expect(response.json).toEqual(errorBody);
  });

  it('[I4] unknown board and snapshot ids answer 404 not_found', async () => {
    const paths = [
      '/api/boards/no-such-board',
      '/api/boards/no-such-board/markdown',
      '/api/boards/no-such-board/health',
      '/api/boards/no-such-board/audit',
      '/api/boards/no-such-board/snapshots',
      '/api/snapshots/no-such-snapshot',
      '/api/snapshots/no-such-snapshot/markdown',
      '/api/snapshots/no-such-snapshot/diff',
      '/api/shared/no-such-token',
    ];
    for (const path of paths) {
      const response = await lead.get(path);
      expect(response.status, path).toBe(404);
      expect(response.json, path).toEqual({ error: 'not_found', message: expect.any(String) });
    }
    const snapshot = await lead.post('/api/boards/no-such-board/snapshots', { label: 'Ghost' });
    expect(snapshot.status).toBe(404);
    const share = await lead.post('/api/snapshots/no-such-snapshot/share');
    expect(share.status).toBe(404);
    expect(share.json.token).toBeUndefined();
  });

  it('[I4] an unknown /api route answers 404 JSON', async () => {
    for (const [method, path] of [
      ['GET', '/api/no-such-route'],
      ['POST', '/api/boards/x/y/z'],
      ['DELETE', '/api/boards'],
    ] as const) {
      const response = await lead.request(method, path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.json).toEqual({ error: 'not_found', message: expect.any(String) });
    }
  });

  it('[I5] after all of it the server still answers', async () => {
    const health = await api.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.json.ok).toBe(true);
    expect((await lead.get(`/api/boards/${boardId}`)).status).toBe(200);
  });
});

describe('[I6] configuration', () => {
  it('PORT=abc throws ConfigError with a one-line message naming PORT', () => {
    let thrown: unknown;
    try {
      loadConfig({ PORT: 'abc' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const message = thrown instanceof Error ? thrown.message : '';
    expect(message).toContain('PORT');
    expect(message).not.toContain('\n');
  });

  it('names the variable for other bad values too', () => {
    for (const [name, value] of [
      ['PORT', '70000'],
      ['DATABASE_URL', 'mysql://localhost/db'],
      ['REDIS_URL', 'localhost:6379'],
      ['PUBLIC_URL', 'not a url'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), name).toThrow(
        expect.objectContaining({ name: 'ConfigError', message: expect.stringContaining(name) }),
      );
    }
  });

  it('a valid environment loads, with defaults for the rest', () => {
    const config = loadConfig({ PORT: '9000', HOST: '0.0.0.0' });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      publicUrl: 'http://0.0.0.0:9000',
      databaseUrl: undefined,
    });
  });
});
