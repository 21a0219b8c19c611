import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPerson } from '../support/browser.ts';
import { e2eFixture } from '../support/e2eFixture.ts';
import { screenshot } from '../support/screenshots.ts';

/** The planning issue every team writes today; shared/ lies beside the repository. */
const EXAMPLE = readFileSync(
  fileURLToPath(new URL('../../../shared/examples/sprint-plan.md', import.meta.url)),
  'utf8',
);

describe('importing a planning issue, snapshots and share links', () => {
  let fx: Awaited<ReturnType<typeof e2eFixture>>;
  beforeAll(async () => {
    fx = await e2eFixture();
  });
  afterAll(async () => fx?.close());

  it('[E3] pasting the example issue shows its teams, goals and owners; [E4] a snapshot’s share link opens logged out', async () => {
    const lena = await fx.person('lena');
    const { page } = lena;
    await page.goto('/');
    await page.getByRole('button', { name: 'New board' }).click();
    await page.getByRole('tab', { name: 'Paste a planning issue' }).click();
    await page.getByLabel('Title').fill('Sprint 25 planning');
    await page.getByLabel('Markdown of the planning issue').fill(EXAMPLE);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    // The import report comes first: the empty team template was skipped, and it says so.
    await expect.poll(() => page.getByRole('dialog').innerText(), { timeout: 15_000 }).toMatch(/template/i);
    await screenshot(page, 'import-report');
    await page.getByRole('button', { name: 'Open board' }).click();
    await page.waitForURL(/\/b\//, { timeout: 15_000 });
    const body = page.locator('body');
    for (const text of ['Team Search', 'Team Billing', 'Self-serve data export', 'Billing reliability']) {
      await expect.poll(() => body.innerText(), { timeout: 15_000 }).toContain(text.replace('Team ', ''));
    }
    for (const owner of ['@ana-souza', '@tomasz-k', '@marek-b']) {
      await expect.poll(() => body.innerText(), { timeout: 10_000 }).toContain(owner);
    }
    await screenshot(page, 'board-imported');

    await page.getByRole('button', { name: 'Take snapshot' }).click();
    await page.getByLabel('Label').fill('Before review');
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await page.getByRole('link', { name: /Before review/ }).click();
    await page.waitForURL(/\/s\//, { timeout: 10_000 });
    await page.getByRole('button', { name: 'Share' }).click();
    const link = page.getByLabel('Share link');
    await link.waitFor({ timeout: 10_000 });
    const url = await link.inputValue();
    await screenshot(page, 'snapshot-view');

    const stranger = await newPerson(fx.browser, fx.server.url);
    await stranger.page.goto(url);
    await expect
      .poll(() => stranger.page.locator('body').innerText(), { timeout: 15_000 })
      .toContain('Self-serve data export');
    expect(await stranger.page.locator('body').innerText()).toMatch(/Team\s+Search/);
    await screenshot(stranger.page, 'shared-snapshot');

    await page.getByRole('button', { name: 'Revoke link' }).click();
    await expect
      .poll(async () => (await fetch(`${fx.server.url}/api/shared/${url.split('/s/')[1]}`)).status)
      .toBe(404);
    await stranger.context.close();
    await lena.context.close();
  });
});
