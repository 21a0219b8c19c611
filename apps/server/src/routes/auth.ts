import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { LoginThrottle } from '../auth/LoginThrottle.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { CSRF_COOKIE, requestToken, SESSION_COOKIE, SESSION_TTL_MS, startSession } from '../auth/sessions.ts';
import { hashSecret, newRowId, newSecret } from '../auth/tokens.ts';
import type { AppDeps, AppEnv } from '../http/AppDeps.ts';
import { ApiError, conflict, tooManyRequests, unauthorized } from '../http/errors.ts';
import { requireUser } from '../http/guards.ts';
import {
  errorResponses,
  HandleSchema,
  jsonBody,
  jsonResponse,
  SessionSchema,
  UserSchema,
} from '../http/schemas.ts';
import { ConflictError, type User } from '../storage/Storage.ts';

const PasswordSchema = z.string().min(8, 'at least 8 characters').max(200);
const NameSchema = z.string().trim().min(1).max(100);

const setupRoute = createRoute({
  method: 'post',
  path: '/api/setup',
  summary: 'Create the first account (admin); only while no account exists',
  request: jsonBody(z.object({ handle: HandleSchema, name: NameSchema, password: PasswordSchema })),
  responses: { 201: jsonResponse(SessionSchema, 'The admin and a session'), ...errorResponses(400, 409) },
});

const setupNeededRoute = createRoute({
  method: 'get',
  path: '/api/setup',
  summary: 'Whether the workspace still needs its first account (the web app shows setup then)',
  responses: { 200: jsonResponse(z.object({ needed: z.boolean() })) },
});

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Sign in',
  request: jsonBody(z.object({ handle: z.string().min(1).max(39), password: z.string().min(1).max(200) })),
  responses: { 200: jsonResponse(SessionSchema), ...errorResponses(400, 401, 429) },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  summary: 'Sign out (ends this session)',
  responses: { 200: jsonResponse(z.object({ ok: z.literal(true) })) },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/me',
  summary: 'The signed-in user',
  responses: { 200: jsonResponse(z.object({ user: UserSchema })), ...errorResponses(401) },
});

const signupRoute = createRoute({
  method: 'post',
  path: '/api/auth/signup',
  summary: 'Create an account with an invite; the account gets the invite role',
  request: jsonBody(
    z.object({
      invite: z.string().min(1).max(200),
      handle: HandleSchema,
      name: NameSchema,
      password: PasswordSchema,
    }),
  ),
  responses: { 201: jsonResponse(SessionSchema), ...errorResponses(400, 403, 409) },
});

/** Sets the HttpOnly session cookie and the readable CSRF cookie. */
async function signIn(c: Context<AppEnv>, deps: AppDeps, user: User) {
  const token = await startSession(deps.storage, user.id);
  const secure = deps.config.publicUrl.startsWith('https://');
  const maxAge = Math.floor(SESSION_TTL_MS / 1000);
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure, maxAge });
  setCookie(c, CSRF_COOKIE, newSecret(), { httpOnly: false, sameSite: 'Strict', path: '/', secure, maxAge });
  return { user, token };
}

/** Setup, sign in/out, the current user and sign-up by invite. */
export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const throttle = new LoginThrottle();

  app.openapi(setupRoute, async (c) => {
    const body = c.req.valid('json');
    const user = await deps.storage.createFirstUser({
      id: newRowId(),
      handle: body.handle,
      name: body.name,
      passwordHash: await hashPassword(body.password),
    });
    if (!user) throw conflict('already_set_up', 'This workspace is set up already; sign in instead.');
    return c.json(await signIn(c, deps, user), 201);
  });

  app.openapi(setupNeededRoute, async (c) =>
    c.json({ needed: (await deps.storage.countUsers()) === 0 }, 200),
  );

  app.openapi(loginRoute, async (c) => {
    const { handle, password } = c.req.valid('json');
    const address = getConnInfo(c).remote.address ?? 'unknown';
    const keys = [`handle:${handle.toLowerCase()}`, `address:${address}`];
    const wait = throttle.retryAfter(keys);
    if (wait > 0) throw tooManyRequests(`Too many failed sign-ins; try again in ${wait} s.`);
    const found = await deps.storage.userByHandle(handle);
    // Verify against a dummy hash for unknown handles so timing does not reveal which handles exist.
    const ok = await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH);
    if (!found || !ok) {
      throttle.fail(keys);
      throw unauthorized('Wrong handle or password.');
    }
    throttle.succeed(keys);
    const { passwordHash: _secret, ...user } = found;
    return c.json(await signIn(c, deps, user), 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const { token } = requestToken(c.req.raw.headers);
    if (token) await deps.storage.deleteSession(hashSecret(token));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    deleteCookie(c, CSRF_COOKIE, { path: '/' });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(meRoute, async (c) => c.json({ user: requireUser(c) }, 200));

  app.openapi(signupRoute, async (c) => {
    const body = c.req.valid('json');
    const invite = await deps.storage.consumeInvite(hashSecret(body.invite));
    if (!invite) throw new ApiError(403, 'invalid_invite', 'This invite link is unknown, used or expired.');
    try {
      const user = await deps.storage.createUser({
        id: newRowId(),
        handle: body.handle,
        name: body.name,
        role: invite.role,
        passwordHash: await hashPassword(body.password),
      });
      return c.json(await signIn(c, deps, user), 201);
    } catch (error) {
      if (error instanceof ConflictError)
        throw conflict('handle_taken', `The handle @${body.handle} is taken.`);
      throw error;
    }
  });
}

const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
