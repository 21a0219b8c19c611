import { isRecord, parse, type Schema } from './schema.ts';

/** Name of the readable cookie whose value goes in X-CSRF-Token on writes. */
const CSRF_COOKIE = 'sb_csrf';

/**
 * A failed API call: the HTTP status, the server's stable error id and its
 * message for people (status 0 and id `network` when the server could not
 * be reached). `body` keeps the whole error body (e.g. the findings of
 * plan_has_warnings).
 */
export class ApiFailure extends Error {
  override name = 'ApiFailure';
  readonly status: number;
  readonly id: string;
  readonly body: Record<string, unknown>;

  constructor(status: number, id: string, message: string, body: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.id = id;
    this.body = body;
  }
}

/** The value of a cookie readable by scripts, or null. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Options of one call. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, text/markdown' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = readCookie(document.cookie, CSRF_COOKIE);
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiFailure(0, 'network', 'The server cannot be reached. Check your connection.');
  }
  if (!response.ok) throw await failureOf(response);
  return response;
}

async function failureOf(response: Response): Promise<ApiFailure> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): fall back to the status text.
  }
  if (isRecord(body) && typeof body.error === 'string') {
    const message = typeof body.message === 'string' ? body.message : response.statusText;
    return new ApiFailure(response.status, body.error, message, body);
  }
  return new ApiFailure(response.status, 'http_error', `The server answered ${response.status}.`);
}

/** Calls the API and validates the JSON answer with `schema`. */
export async function requestJson<T>(
  path: string,
  schema: Schema<T>,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(path, options);
  return parse(schema, await response.json());
}

/** Calls the API and returns the answer as text (Markdown). */
export async function requestText(path: string): Promise<string> {
  return (await send(path, {})).text();
}
