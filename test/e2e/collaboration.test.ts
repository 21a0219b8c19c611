import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eFixture } from '../support/e2eFixture.ts';
import { editor } from '../support/people.ts';
import { screenshot } from '../support/screenshots.ts';

describe('two people on one board', () => {
  let fx: Awaited<ReturnType<typeof e2eFixture>>;
  beforeAll(async () => {
    fx = await e2eFixture();
  });
  afterAll(async () => fx?.close());

  it('[E1] each sees the other’s text and caret label, in the same field and in different sections', async () => {
    const boardId = await fx.board();
    const ana = await fx.person('ana');
    const bob = await fx.person('bob');
    await ana.page.goto(`/b/${boardId}`);
    await bob.page.goto(`/b/${boardId}`);
    await screenshot(ana.page, 'board-empty');

    const retroAna = editor(ana.page, 'Retro: What can we do better next sprint?');
    const retroBob = editor(bob.page, 'Retro: What can we do better next sprint?');
    await retroAna.click();
    await ana.page.keyboard.type('Ask for compute early. ');
    await retroBob.click();
    await bob.page.keyboard.press('End');
    await bob.page.keyboard.type('Pair on labelling. ');
    await expect.poll(() => retroAna.innerText(), { timeout: 10_000 }).toContain('Pair on labelling.');
    await expect.poll(() => retroBob.innerText(), { timeout: 10_000 }).toContain('Ask for compute early.');

    // Different sections at once.
    await editor(ana.page, 'Sprint priorities').click();
    await ana.page.keyboard.type('Finish what we start.');
    await editor(bob.page, 'Global Sprint Planning').click();
    await bob.page.keyboard.type('Ship self-serve export');
    await expect
      .poll(() => editor(bob.page, 'Sprint priorities').innerText(), { timeout: 10_000 })
      .toContain('Finish what we start.');
    await expect
      .poll(() => editor(ana.page, 'Global Sprint Planning').innerText(), { timeout: 10_000 })
      .toContain('Ship self-serve export');

    // Carets carry the other person's name.
    await expect
      .poll(() => ana.page.locator('.collaboration-carets__label').allInnerTexts(), { timeout: 10_000 })
      .toContain('Bob Smith');
    await retroAna.click();
    await expect
      .poll(() => bob.page.locator('.collaboration-carets__label').allInnerTexts(), { timeout: 10_000 })
      .toContain('Ana López');
    await screenshot(ana.page, 'board-filled');
    await ana.context.close();
    await bob.context.close();
  });

  it('[E5] edits typed offline reach the other person when the connection returns', async () => {
    const boardId = await fx.board('Offline board');
    const ana = await fx.person('ana');
    const bob = await fx.person('bob');
    await ana.page.goto(`/b/${boardId}`);
    await bob.page.goto(`/b/${boardId}`);
    await editor(bob.page, 'Sprint priorities').waitFor();
    await expect.poll(() => ana.page.getByText('Synced').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    await ana.context.setOffline(true);
    await expect.poll(() => ana.page.getByText(/offline/i).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await editor(ana.page, 'Sprint priorities').click();
    await ana.page.keyboard.type('Written on the train.');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await editor(bob.page, 'Sprint priorities').innerText()).not.toContain('Written on the train.');

    await ana.context.setOffline(false);
    await expect
      .poll(() => editor(bob.page, 'Sprint priorities').innerText(), { timeout: 30_000 })
      .toContain('Written on the train.');
    await ana.context.close();
    await bob.context.close();
  });
});
