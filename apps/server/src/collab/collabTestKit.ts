import { ApiClient, seedAccounts } from '../testing/ApiClient.ts';
import { connectClient } from '../testing/collabClient.ts';
import { startTestServer, type TestServer, type TestStorage } from '../testing/startTestServer.ts';

/** A server with the four roles signed up and one board from the template. */
export async function boardFixture(storage: TestStorage) {
  const server: TestServer = await startTestServer(storage);
  const api = new ApiClient(server.url);
  const tokens = await seedAccounts(api);
  const lead = api.as(tokens.lead);
  const created = await lead.post('/api/boards', {
    title: 'Sprint 24 planning',
    sprint: { number: 24, startsOn: '2026-11-30', endsOn: '2026-12-11' },
  });
  if (created.status !== 201) throw new Error(`board creation failed: ${created.text}`);
  const boardId: string = created.json.board.id;
  const clients: Array<ReturnType<typeof connectClient>> = [];
  return {
    server,
    api,
    tokens,
    lead,
    boardId,
    /** A provider client of the board as the given role (closed by close()). */
    connect(role: keyof typeof tokens | { token: string }, board = boardId) {
      const client = connectClient(server.wsUrl, board, typeof role === 'string' ? tokens[role] : role.token);
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients) client.destroy();
      await server.close();
    },
  };
}
