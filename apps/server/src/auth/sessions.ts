import type { Storage, User } from '../storage/Storage.ts';
import { hashSecret, newSecret } from './tokens.ts';

/** Name of the HttpOnly session cookie. */
export const SESSION_COOKIE = 'sb_session';
/** Name of the readable cookie holding the CSRF token (double-submit). */
export const CSRF_COOKIE = 'sb_csrf';
/** How long a session lasts. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Starts a session for the user; returns the token (shown once). */
export async function startSession(storage: Storage, userId: string): Promise<string> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS).toISOString();
  await storage.createSession({ tokenHash: hashSecret(token), userId, expiresAt });
  return token;
}

/** The user behind a session token, or null. */
export async function userForToken(storage: Storage, token: string | null | undefined): Promise<User | null> {
  if (!token || token.length > 200) return null;
  return storage.sessionUser(hashSecret(token));
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The token a request carries: `Authorization: Bearer`, else the session cookie. */
export function requestToken(headers: Headers): { token: string | null; via: 'bearer' | 'cookie' | null } {
  const auth = headers.get('authorization');
  if (auth?.toLowerCase().startsWith('bearer ')) return { token: auth.slice(7).trim(), via: 'bearer' };
  const cookie = readCookie(headers.get('cookie'), SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : { token: null, via: null };
}
