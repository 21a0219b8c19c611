import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.ts';
import { ApiClient, seedAccounts } from '../testing/ApiClient.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';

const PASSWORD = 'correct horse 1';

/** The cookies a response sets, by name, with their attributes as written. */
function setCookies(headers: Headers): Map<string, { value: string; attributes: string[] }> {
  const cookies = new Map<string, { value: string; attributes: string[] }>();
  for (const line of headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    cookies.set(pair.slice(0, at), { value: decodeURIComponent(pair.slice(at + 1)), attributes });
  }
  return cookies;
}

const hasAttribute = (attributes: string[], name: string) =>
  attributes.some((attribute) => attribute.toLowerCase() === name.toLowerCase());
const attributeValue = (attributes: string[], name: string) =>
  attributes.find((attribute) => attribute.toLowerCase().startsWith(`${name.toLowerCase()}=`))?.split('=')[1];

describe.each(['sqlite', 'postgres'] as const)('auth routes (%s)', (storage) => {
  let server: TestServer;
  let api: ApiClient;
  let tokens: Awaited<ReturnType<typeof seedAccounts>>;

  beforeAll(async () => {
    server = await startTestServer(storage);
    api = new ApiClient(server.url);
  });
  afterAll(() => server?.close());

  it('[A4] /api/me answers 401 {error, message} before anyone signed in', async () => {
    const me = await api.get('/api/me');
    expect(me.status).toBe(401);
    expect(me.json).toEqual({ error: 'unauthorized', message: expect.any(String) });
  });

  it('[A1] the first account is the admin, and setup works only once', async () => {
    tokens = await seedAccounts(api);
    const me = await api.as(tokens.admin).get('/api/me');
    expect(me.status).toBe(200);
    expect(me.json.user).toMatchObject({ handle: 'admin', role: 'admin' });

    const again = await api.post('/api/setup', { handle: 'mallory', name: 'Mallory', password: PASSWORD });
    expect(again.status).toBe(409);
    expect(again.json).toEqual({ error: 'already_set_up', message: expect.any(String) });
    const login = await api.post('/api/auth/login', { handle: 'mallory', password: PASSWORD });
    expect(login.status).toBe(401);
  });

  it('[A2] login with the right password returns a working session', async () => {
    const login = await api.post('/api/auth/login', { handle: 'lena-lead', password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.json.user).toMatchObject({ handle: 'lena-lead', role: 'lead' });
    expect(login.json.user).not.toHaveProperty('passwordHash');
    const me = await api.as(login.json.token).get('/api/me');
    expect(me.status).toBe(200);
    expect(me.json.user.handle).toBe('lena-lead');
  });

  it('[A2] a wrong password and an unknown handle both answer 401 with the same message', async () => {
    const wrong = await api.post('/api/auth/login', { handle: 'lena-lead', password: 'not the password' });
    const unknown = await api.post('/api/auth/login', { handle: 'nobody-here', password: PASSWORD });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ error: 'unauthorized', message: expect.any(String) });
    expect(wrong.json.token).toBeUndefined();
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual(wrong.json);
  });

  it('[A4] /api/me rejects a made-up Bearer token', async () => {
    const me = await api.as('made-up-token').get('/api/me');
    expect(me.status).toBe(401);
    expect(me.json.error).toBe('unauthorized');
  });

  it('[A5] logout ends the session: its token answers 401 afterwards, other sessions live on', async () => {
    const first = await api.post('/api/auth/login', { handle: 'max-member', password: PASSWORD });
    const second = await api.post('/api/auth/login', { handle: 'max-member', password: PASSWORD });
    const session = api.as(first.json.token);
    expect((await session.get('/api/me')).status).toBe(200);

    const logout = await session.post('/api/auth/logout');
    expect(logout.status).toBe(200);
    const after = await session.get('/api/me');
    expect(after.status).toBe(401);
    expect(after.json.error).toBe('unauthorized');
    expect((await api.as(second.json.token).get('/api/me')).status).toBe(200);
  });

  it('[A6] signup with an invite gets the invite role, and the invite works only once', async () => {
    const invite = await api.as(tokens.admin).post('/api/invites', { role: 'member' });
    expect(invite.status).toBe(201);
    expect(invite.json.url).toContain(invite.json.token);

    const signup = await api.post('/api/auth/signup', {
      invite: invite.json.token,
      handle: 'nina-new',
      name: 'Nina',
      password: PASSWORD,
    });
    expect(signup.status).toBe(201);
    expect(signup.json.user).toMatchObject({ handle: 'nina-new', role: 'member' });
    expect((await api.as(signup.json.token).get('/api/me')).json.user.role).toBe('member');

    const reuse = await api.post('/api/auth/signup', {
      invite: invite.json.token,
      handle: 'nina-again',
      name: 'Nina again',
      password: PASSWORD,
    });
    expect(reuse.status).toBe(403);
    expect(reuse.json).toEqual({ error: 'invalid_invite', message: expect.any(String) });
    expect((await api.post('/api/auth/login', { handle: 'nina-again', password: PASSWORD })).status).toBe(
      401,
    );
  });

  it('[A6] signup with an unknown invite is refused, and a taken handle answers 409', async () => {
    const unknown = await api.post('/api/auth/signup', {
      invite: 'not-an-invite',
      handle: 'eve',
      name: 'Eve',
      password: PASSWORD,
    });
    expect(unknown.status).toBe(403);
    expect(unknown.json.error).toBe('invalid_invite');

    const invite = await api.as(tokens.admin).post('/api/invites', { role: 'viewer' });
    const taken = await api.post('/api/auth/signup', {
      invite: invite.json.token,
      handle: 'lena-lead',
      name: 'Impostor',
      password: PASSWORD,
    });
    expect(taken.status).toBe(409);
    expect(taken.json.error).toBe('handle_taken');
    const lena = await api.post('/api/auth/login', { handle: 'lena-lead', password: PASSWORD });
    expect(lena.json.user).toMatchObject({ name: 'lead', role: 'lead' });
  });

  it('[R2] only admins create invites', async () => {
    for (const role of ['lead', 'member', 'viewer'] as const) {
      const invite = await api.as(tokens[role]).post('/api/invites', { role: 'admin' });
      expect(invite.status, role).toBe(403);
      expect(invite.json).toEqual({ error: 'forbidden', message: expect.any(String) });
      expect(invite.json.token).toBeUndefined();
    }
  });

  it('[R1] every /api route but the public ones answers 401 without a session', async () => {
    const board = (await api.as(tokens.lead).post('/api/boards', { title: 'Private board' })).json.board.id;
    const snapshot = (await api.as(tokens.lead).post(`/api/boards/${board}/snapshots`, { label: 'Private' }))
      .json.id;
    // Real ids and valid bodies, so nothing but the missing session can be the reason for a refusal.
    const routes: Array<[string, string, unknown?]> = [
      ['GET', '/api/me'],
      ['POST', '/api/invites', { role: 'admin' }],
      ['GET', '/api/people'],
      ['PUT', '/api/people/ana-souza', { name: 'Ana', discipline: 'engineering' }],
      ['GET', '/api/boards'],
      ['POST', '/api/boards', { title: 'Anonymous board' }],
      ['GET', `/api/boards/${board}`],
      ['GET', `/api/boards/${board}/markdown`],
      ['GET', `/api/boards/${board}/health`],
      ['POST', `/api/boards/${board}/lock`, { confirm: true }],
      ['POST', `/api/boards/${board}/unlock`, {}],
      ['POST', `/api/boards/${board}/next`, {}],
      ['GET', `/api/boards/${board}/audit`],
      ['GET', `/api/boards/${board}/snapshots`],
      ['POST', `/api/boards/${board}/snapshots`, { label: 'Anonymous' }],
      ['GET', `/api/snapshots/${snapshot}`],
      ['GET', `/api/snapshots/${snapshot}/markdown`],
      ['GET', `/api/snapshots/${snapshot}/diff`],
      ['POST', `/api/snapshots/${snapshot}/share`, {}],
      ['DELETE', `/api/snapshots/${snapshot}/share`],
    ];
    const anonymous = api.as(null);
    for (const [method, path, body] of routes) {
      const response = await anonymous.request(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.json, `${method} ${path}`).toEqual({
        error: 'unauthorized',
        message: expect.any(String),
      });
    }
    // None of it happened.
    const lead = api.as(tokens.lead);
    expect((await lead.get(`/api/boards/${board}`)).json.locked).toBe(false);
    expect((await lead.get(`/api/boards/${board}/snapshots`)).json.snapshots).toHaveLength(1);
    const titles = (await lead.get('/api/boards')).json.boards.map((b: { title: string }) => b.title);
    expect(titles).not.toContain('Anonymous board');
    expect(titles).not.toContain('Next sprint planning');
    expect(
      (await lead.get(`/api/boards/${board}/audit`)).json.entries.map((e: { action: string }) => e.action),
    ).toEqual(['snapshot']);
  });

  it('[R1] the public routes answer without a session', async () => {
    const anonymous = api.as(null);
    expect((await anonymous.get('/api/health')).status).toBe(200);
    expect((await anonymous.get('/api/openapi.json')).status).toBe(200);
    expect((await anonymous.post('/api/setup', { handle: 'x', name: 'X', password: PASSWORD })).status).toBe(
      409,
    );
    expect((await anonymous.post('/api/auth/login', { handle: 'admin', password: PASSWORD })).status).toBe(
      200,
    );
    expect(
      (
        await anonymous.post('/api/auth/signup', {
          invite: 'nope',
          handle: 'x',
          name: 'X',
          password: PASSWORD,
        })
      ).status,
    ).toBe(403);
    expect((await anonymous.get('/api/shared/not-a-token')).status).toBe(404);
    // Signing out without a session is harmless and clears the cookies of an expired one.
    expect((await anonymous.post('/api/auth/logout')).status).toBe(200);
  });

  describe('[A7] cookie sessions', () => {
    let session: string;
    let csrf: string;
    let cookieHeader: string;

    beforeAll(async () => {
      const login = await api.post('/api/auth/login', { handle: 'lena-lead', password: PASSWORD });
      const cookies = setCookies(login.headers);
      session = cookies.get('sb_session')?.value ?? '';
      csrf = cookies.get('sb_csrf')?.value ?? '';
      cookieHeader = `sb_session=${encodeURIComponent(session)}; sb_csrf=${encodeURIComponent(csrf)}`;
    });

    it('login sets an HttpOnly SameSite session cookie and a readable sb_csrf cookie', async () => {
      const login = await api.post('/api/auth/login', { handle: 'lena-lead', password: PASSWORD });
      const cookies = setCookies(login.headers);
      const sessionCookie = cookies.get('sb_session');
      const csrfCookie = cookies.get('sb_csrf');
      expect(sessionCookie?.value).toBe(login.json.token);
      expect(hasAttribute(sessionCookie?.attributes ?? [], 'HttpOnly')).toBe(true);
      expect(attributeValue(sessionCookie?.attributes ?? [], 'SameSite')).toMatch(/^(Lax|Strict)$/);
      expect(attributeValue(sessionCookie?.attributes ?? [], 'Path')).toBe('/');
      expect(csrfCookie?.value).toMatch(/^[\w-]{20,}$/);
      expect(hasAttribute(csrfCookie?.attributes ?? [], 'HttpOnly')).toBe(false);
      expect(attributeValue(csrfCookie?.attributes ?? [], 'SameSite')).toMatch(/^(Lax|Strict)$/);
    });

    it('the session cookie alone authenticates reads', async () => {
      const me = await api.as(null).request('GET', '/api/me', undefined, { cookie: `sb_session=${session}` });
      expect(me.status).toBe(200);
      expect(me.json.user.handle).toBe('lena-lead');
    });

    it('a cookie-authenticated write without X-CSRF-Token answers 403 csrf_failed and changes nothing', async () => {
      const body = { title: 'Forged board' };
      const forged = await api.as(null).request('POST', '/api/boards', body, { cookie: cookieHeader });
      expect(forged.status).toBe(403);
      expect(forged.json).toEqual({ error: 'csrf_failed', message: expect.any(String) });

      const wrong = await api.as(null).request('POST', '/api/boards', body, {
        cookie: cookieHeader,
        'x-csrf-token': 'guessed',
      });
      expect(wrong.status).toBe(403);
      expect(wrong.json.error).toBe('csrf_failed');

      const boards = await api.as(tokens.lead).get('/api/boards');
      expect(boards.json.boards.map((b: { title: string }) => b.title)).not.toContain('Forged board');
    });

    it('a cookie-authenticated write with the matching X-CSRF-Token goes through', async () => {
      const created = await api
        .as(null)
        .request(
          'POST',
          '/api/boards',
          { title: 'Cookie board' },
          { cookie: cookieHeader, 'x-csrf-token': csrf },
        );
      expect(created.status).toBe(201);
      expect(created.json.board).toMatchObject({ title: 'Cookie board', createdBy: 'lena-lead' });
    });

    it('logout by cookie ends the session and clears both cookies', async () => {
      const login = await api.post('/api/auth/login', { handle: 'lena-lead', password: PASSWORD });
      const cookies = setCookies(login.headers);
      const own = `sb_session=${cookies.get('sb_session')?.value}; sb_csrf=${cookies.get('sb_csrf')?.value}`;
      const logout = await api.as(null).request(
        'POST',
        '/api/auth/logout',
        {},
        {
          cookie: own,
          'x-csrf-token': cookies.get('sb_csrf')?.value ?? '',
        },
      );
      expect(logout.status).toBe(200);
      const cleared = setCookies(logout.headers);
      expect(cleared.get('sb_session')?.value).toBe('');
      expect(cleared.get('sb_csrf')?.value).toBe('');
      const me = await api.as(null).request('GET', '/api/me', undefined, { cookie: own });
      expect(me.status).toBe(401);
    });
  });

  it('[A7] Bearer requests need no CSRF header', async () => {
    const created = await api.as(tokens.lead).post('/api/boards', { title: 'Bearer board' });
    expect(created.status).toBe(201);
  });

  it('[A8] responses carry secure headers', async () => {
    for (const path of ['/api/health', '/api/me', '/api/no-such-route']) {
      const response = await api.get(path);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    }
  });

  // Last in this block: the throttle also counts failures per address, and every test request comes from 127.0.0.1.
  it('[A3] after LIMITS.loginAttempts failures, login answers 429 even with the right password', async () => {
    for (let attempt = 1; attempt <= LIMITS.loginAttempts; attempt++) {
      const failed = await api.post('/api/auth/login', {
        handle: 'vic-viewer',
        password: `wrong ${attempt}`,
      });
      expect(failed.status, `attempt ${attempt}`).toBe(401);
    }
    const refused = await api.post('/api/auth/login', { handle: 'vic-viewer', password: PASSWORD });
    expect(refused.status).toBe(429);
    expect(refused.json).toEqual({ error: 'rate_limited', message: expect.any(String) });
    expect(refused.json.token).toBeUndefined();
    // Sessions that already exist are not affected by the throttle.
    expect((await api.as(tokens.viewer).get('/api/me')).status).toBe(200);
  });
});
