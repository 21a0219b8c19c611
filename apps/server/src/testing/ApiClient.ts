/**
 * A small HTTP client for tests: JSON in and out, the Bearer token of the
 * user it acts for, and the raw status so tests can assert errors.
 */
export class ApiClient {
  readonly baseUrl: string;
  token: string | null;

  constructor(baseUrl: string, token: string | null = null) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** Another client for the same server acting with another token. */
  as(token: string | null): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    // Tests read response fields freely; a wrong guess fails the assertion that reads it.
    // biome-ignore lint/suspicious/noExplicitAny: test-only JSON access
    return { status: response.status, json: json as Record<string, any>, text, headers: response.headers };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
  put = (path: string, body?: unknown) => this.request('PUT', path, body ?? {});
  delete = (path: string) => this.request('DELETE', path);
}

/** Sets up the workspace: an admin, then a lead, a member and a viewer through invites. Returns their tokens. */
export async function seedAccounts(api: ApiClient) {
  const setup = await api.post('/api/setup', {
    handle: 'admin',
    name: 'Ada Admin',
    password: 'correct horse 1',
  });
  if (setup.status !== 201) throw new Error(`setup failed: ${setup.text}`);
  const admin = api.as(setup.json.token);
  const tokens: Record<'admin' | 'lead' | 'member' | 'viewer', string> = {
    admin: setup.json.token,
    lead: '',
    member: '',
    viewer: '',
  };
  for (const role of ['lead', 'member', 'viewer'] as const) {
    const invite = await admin.post('/api/invites', { role });
    const signup = await api.as(null).post('/api/auth/signup', {
      invite: invite.json.token,
      handle: role === 'lead' ? 'lena-lead' : role === 'member' ? 'max-member' : 'vic-viewer',
      name: role,
      password: 'correct horse 1',
    });
    if (signup.status !== 201) throw new Error(`signup failed: ${signup.text}`);
    tokens[role] = signup.json.token;
  }
  return tokens;
}
