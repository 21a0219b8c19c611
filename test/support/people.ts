import type { ApiClient } from '@sprintboard/server/testing/ApiClient.ts';
import type { Page } from 'playwright-core';

/** The password every e2e account uses. */
export const PASSWORD = 'correct horse 1';

/** Creates an account with a role through an admin's invite (over HTTP, to keep the tests short). */
export async function invitePerson(
  admin: ApiClient,
  role: string,
  handle: string,
  name: string,
): Promise<void> {
  const invite = await admin.post('/api/invites', { role });
  const signup = await admin
    .as(null)
    .post('/api/auth/signup', { invite: invite.json.token, handle, name, password: PASSWORD });
  if (signup.status !== 201) throw new Error(`signup of ${handle} failed: ${signup.text}`);
}

/** Logs in through the login form. */
export async function logIn(page: Page, handle: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Handle').fill(handle);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** An editor (section or team body) by its accessible name. */
export function editor(page: Page, label: string) {
  return page.getByRole('textbox', { name: label, exact: true });
}
