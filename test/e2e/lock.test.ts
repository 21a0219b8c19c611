import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eFixture } from '../support/e2eFixture.ts';
import { editor } from '../support/people.ts';
import { screenshot } from '../support/screenshots.ts';

describe('locking in the browser', () => {
  let fx: Awaited<ReturnType<typeof e2eFixture>>;
  beforeAll(async () => {
    fx = await e2eFixture();
  });
  afterAll(async () => fx?.close());

  it('[E2] the other browser shows the banner and refuses input without a reload; unlock and it edits again', async () => {
    const boardId = await fx.board();
    const lena = await fx.person('lena');
    const bob = await fx.person('bob');
    await lena.page.goto(`/b/${boardId}`);
    await bob.page.goto(`/b/${boardId}`);
    const bobRetro = editor(bob.page, 'Retro: What can we do better next sprint?');
    await bobRetro.click();
    await bob.page.keyboard.type('Before the lock.');
    await expect
      .poll(() => editor(lena.page, 'Retro: What can we do better next sprint?').innerText(), {
        timeout: 10_000,
      })
      .toContain('Before the lock.');

    await lena.page.getByRole('button', { name: 'Lock plan' }).click();
    const anyway = lena.page.getByRole('button', { name: 'Lock anyway' });
    if (await anyway.isVisible().catch(() => false)) await anyway.click();

    const banner = bob.page.getByRole('status').filter({ hasText: /locked/i });
    await banner.waitFor({ timeout: 10_000 });
    await expect.poll(() => bobRetro.getAttribute('contenteditable'), { timeout: 10_000 }).toBe('false');
    await bobRetro.click({ force: true });
    await bob.page.keyboard.type('Sneaky edit');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await bobRetro.innerText()).not.toContain('Sneaky edit');
    expect(await editor(lena.page, 'Retro: What can we do better next sprint?').innerText()).not.toContain(
      'Sneaky',
    );
    await screenshot(bob.page, 'board-locked');

    await lena.page.getByRole('button', { name: 'Unlock plan' }).click();
    await expect.poll(() => bobRetro.getAttribute('contenteditable'), { timeout: 15_000 }).toBe('true');
    await bobRetro.click();
    await bob.page.keyboard.press('End');
    await bob.page.keyboard.type(' After the unlock.');
    await expect
      .poll(() => editor(lena.page, 'Retro: What can we do better next sprint?').innerText(), {
        timeout: 15_000,
      })
      .toContain('After the unlock.');
    await lena.context.close();
    await bob.context.close();
  });
});
