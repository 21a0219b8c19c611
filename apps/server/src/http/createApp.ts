import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { CSRF_COOKIE, readCookie, requestToken, userForToken } from '../auth/sessions.ts';
import { LIMITS } from '../limits.ts';
import { registerAuditRoutes } from '../routes/audit.ts';
import { registerAuthRoutes } from '../routes/auth.ts';
import { registerBoardRoutes } from '../routes/boards.ts';
import { registerHealthRoutes } from '../routes/health.ts';
import { registerInviteRoutes } from '../routes/invites.ts';
import { registerPeopleRoutes } from '../routes/people.ts';
import { registerSnapshotRoutes } from '../routes/snapshots.ts';
import type { AppDeps, AppEnv } from './AppDeps.ts';
import { ApiError, badRequest, csrfFailed, tooLarge } from './errors.ts';
import { serveWeb } from './serveWeb.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The HTTP app: one way in (secure headers, body limit, the caller resolved
 * from Bearer token or session cookie, CSRF for cookie-authenticated writes,
 * schema-validated bodies) and one way out (`onError` → `{error, message}`).
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.join('.') || 'body';
        throw badRequest(`Invalid ${where}: ${issue?.message ?? 'bad value'}`);
      }
    },
  });

  app.use('*', secureHeaders({ crossOriginEmbedderPolicy: false }));
  const limitFor = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        // The refused body is still arriving: close the connection after answering, or the client's next
        // request on this keep-alive socket meets the server discarding the rest of this one and is cut off.
        c.header('connection', 'close');
        throw tooLarge(`This request's body is limited to ${maxSize} bytes.`);
      },
    });
  const importLimit = limitFor(LIMITS.markdownBytes + LIMITS.jsonBodyBytes);
  const jsonLimit = limitFor(LIMITS.jsonBodyBytes);
  // Only board creation carries a whole planning issue; everything else is small JSON.
  app.use('/api/*', (c, next) =>
    c.req.method === 'POST' && c.req.path === '/api/boards' ? importLimit(c, next) : jsonLimit(c, next),
  );
  app.use('/api/*', async (c, next) => {
    const { token, via } = requestToken(c.req.raw.headers);
    const user = await userForToken(deps.storage, token);
    c.set('user', user);
    c.set('authVia', user ? via : null);
    // Double-submit CSRF check: a cookie alone can be sent by another site's form; the header cannot.
    if (user && via === 'cookie' && UNSAFE.has(c.req.method)) {
      const expected = readCookie(c.req.header('cookie'), CSRF_COOKIE);
      if (!expected || c.req.header('x-csrf-token') !== expected) throw csrfFailed();
    }
    await next();
  });

  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerInviteRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerBoardRoutes(app, deps);
  registerSnapshotRoutes(app, deps);
  registerAuditRoutes(app, deps);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Sprintboard API', version: '1' },
  });
  app.get('/metrics', (c) =>
    c.text(deps.metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4' }),
  );
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: 'not_found', message: `No route ${c.req.method} ${c.req.path}.` }, 404)
      : serveWeb(c, deps.config.webDir),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return c.json({ error: error.id, message: error.message, ...error.extra }, error.status);
    }
    // Hono's own body validation (malformed JSON, a body that is not JSON) throws these: same shape as ours.
    if (error instanceof HTTPException && error.status < 500) {
      const id = error.status === 413 ? 'payload_too_large' : 'bad_request';
      const message =
        error.status === 415 ? 'Send the body as JSON (Content-Type: application/json).' : error.message;
      return c.json({ error: id, message: message || 'The request could not be read.' }, error.status);
    }
    if (error instanceof SyntaxError) {
      return c.json({ error: 'bad_request', message: 'The body is not valid JSON.' }, 400);
    }
    console.error(`${c.req.method} ${c.req.path} failed`, error);
    return c.json({ error: 'internal', message: 'Something went wrong on the server.' }, 500);
  });
  return app;
}
