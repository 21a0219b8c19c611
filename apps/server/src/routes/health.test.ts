import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, seedAccounts } from '../testing/ApiClient.ts';
import { connectClient } from '../testing/collabClient.ts';
import { createTemplateBoard } from '../testing/fixtures.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { waitFor } from '../testing/waitFor.ts';

/** The value of one sample in Prometheus text, or undefined when it is missing. */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe.each(['sqlite', 'postgres'] as const)('health, OpenAPI and metrics (%s)', (storage) => {
  let server: TestServer;
  let api: ApiClient;

  beforeAll(async () => {
    server = await startTestServer(storage);
    api = new ApiClient(server.url);
  });
  afterAll(() => server?.close());

  it('[O1] /api/health answers without a session and names the storage in use', async () => {
    const health = await api.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    expect(health.json).toEqual({ ok: true, storage, redis: false });
  });

  it('[O2] /api/openapi.json is an OpenAPI document of the API', async () => {
    const response = await api.get('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = JSON.parse(response.text);
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/boards', '/api/boards/{id}/lock', '/api/shared/{token}', '/api/health']),
    );
    expect(Object.keys(document.paths['/api/boards'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(document.paths['/api/boards/{id}/lock'].post.responses).toHaveProperty('409');
  });

  it('[O3] /metrics is Prometheus text that counts open collaboration connections', async () => {
    const metrics = await api.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(metrics.text).toContain('# TYPE sprintboard_connections gauge');
    expect(sample(metrics.text, 'sprintboard_connections')).toBe(0);
    for (const line of metrics.text.trim().split('\n')) {
      expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+ -?[\d.e+-]+)$/);
    }

    const tokens = await seedAccounts(api);
    const boardId = (await createTemplateBoard(api.as(tokens.lead))).json.board.id;
    const client = connectClient(server.wsUrl, boardId, tokens.member);
    try {
      await client.synced();
      await waitFor(async () =>
        expect(sample((await api.get('/metrics')).text, 'sprintboard_connections')).toBe(1),
      );
    } finally {
      client.destroy();
    }
    await waitFor(async () =>
      expect(sample((await api.get('/metrics')).text, 'sprintboard_connections')).toBe(0),
    );
  });
});
