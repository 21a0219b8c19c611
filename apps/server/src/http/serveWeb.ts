import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built web app: a file when it exists, else index.html (the
 * app routes on the client). Without a build, a short note.
 */
export async function serveWeb(c: Context, webDir: string | undefined): Promise<Response> {
  if (!webDir) return c.text('Sprintboard API is running. Build the web app to use it in a browser.', 404);
  const path = normalize(decodeURIComponent(new URL(c.req.url).pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(webDir, path), join(webDir, 'index.html')]) {
    if (!candidate.startsWith(webDir)) continue;
    try {
      const body = await readFile(candidate);
      const type = TYPES[extname(candidate)] ?? 'application/octet-stream';
      const cache = candidate.includes(`${join(webDir, 'assets')}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      return new Response(body, { headers: { 'content-type': type, 'cache-control': cache } });
    } catch {
      // Not a file: try the next candidate.
    }
  }
  return c.text('Not found', 404);
}
