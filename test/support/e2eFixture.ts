import { ApiClient } from '@sprintboard/server/testing/ApiClient.ts';
import type { Browser } from 'playwright-core';
import { startAppServer } from './appServer.ts';
import { launchBrowser, newPerson } from './browser.ts';
import { invitePerson, logIn, PASSWORD } from './people.ts';

/**
 * A server process with a fresh database serving the built app, a browser,
 * and the workspace set up: admin `ana` (Ana López), lead `lena`, member
 * `bob` (Bob Smith), viewer `vic`.
 */
export async function e2eFixture() {
  const server = await startAppServer();
  const browser: Browser = await launchBrowser();
  const api = new ApiClient(server.url);
  const setup = await api.post('/api/setup', { handle: 'ana', name: 'Ana López', password: PASSWORD });
  if (setup.status !== 201) throw new Error(`setup failed: ${setup.text}`);
  const admin = api.as(setup.json.token);
  await invitePerson(admin, 'lead', 'lena', 'Lena Lead');
  await invitePerson(admin, 'member', 'bob', 'Bob Smith');
  await invitePerson(admin, 'viewer', 'vic', 'Vic Viewer');
  return {
    server,
    browser,
    admin,
    /** A logged-in person in a browser context of their own. */
    async person(handle: string) {
      const person = await newPerson(browser, server.url);
      await logIn(person.page, handle);
      return person;
    },
    /** Creates a board from the template as the admin; returns its id. */
    async board(title = 'Sprint 24 planning') {
      const created = await admin.post('/api/boards', {
        title,
        sprint: { number: 24, startsOn: '2026-11-30', endsOn: '2026-12-11' },
      });
      if (created.status !== 201) throw new Error(`board creation failed: ${created.text}`);
      return created.json.board.id as string;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
