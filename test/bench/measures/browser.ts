import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** The built web app the server serves, if it has been built. */
export const WEB_DIST = fileURLToPath(new URL('../../../apps/web/dist', import.meta.url));

export function hasWebBuild(): boolean {
  return existsSync(join(WEB_DIST, 'index.html'));
}

/** Figure 6. */
export type BrowserResult =
  | { status: 'ok'; editorVisibleMs: number; interactiveMs: number; launchMs: number }
  | { status: 'n/a' | 'failed'; reason: string };

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
/** Typed into the editor; unlikely to be on the board already. */
const MARKER = 'Qz';
const TIMEOUT_MS = 60_000;

/**
 * Signs in, opens the board and times (from navigation) until the first
 * section editor is visible and until a typed character is in it.
 */
export async function measureBrowser(
  httpUrl: string,
  boardId: string,
  login: { handle: string; password: string },
): Promise<BrowserResult> {
  if (!hasWebBuild()) return { status: 'n/a', reason: 'no web build' };
  const launched = performance.now();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
    headless: true,
    timeout: TIMEOUT_MS,
  });
  try {
    const launchMs = performance.now() - launched;
    const context = await browser.newContext({ baseURL: httpUrl, viewport: { width: 1280, height: 900 } });
    const signedIn = await context.request.post('/api/auth/login', { data: login });
    if (!signedIn.ok()) return { status: 'failed', reason: `login ${signedIn.status()}` };
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(`/b/${encodeURIComponent(boardId)}`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    const editor = page
      .locator('[contenteditable="true"][aria-label="Global Sprint Planning"]')
      .or(page.locator('[contenteditable="true"]'))
      .first();
    await editor.waitFor({ state: 'visible', timeout: TIMEOUT_MS });
    const editorVisibleMs = performance.now() - started;
    const markers = async () => ((await editor.textContent()) ?? '').split(MARKER).length - 1;
    const before = await markers();
    let typed = false;
    // The editor may be visible before it accepts input; retry the keystroke until it lands (bounded).
    for (let attempt = 0; attempt < 50 && !typed; attempt++) {
      await editor.click({ timeout: TIMEOUT_MS });
      await page.keyboard.type(MARKER);
      typed = (await markers()) > before;
      if (!typed) await page.waitForTimeout(100);
    }
    if (!typed) return { status: 'failed', reason: 'typed character never appeared in the editor' };
    return { status: 'ok', editorVisibleMs, interactiveMs: performance.now() - started, launchMs };
  } catch (error) {
    return {
      status: 'failed',
      reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    };
  } finally {
    await browser.close();
  }
}
