import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets handed to people (session tokens, invites, share links): 256
 * random bits, base64url. Only their SHA-256 is stored, so a leaked
 * database does not leak working links.
 */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** A random id for rows that appear in URLs (boards, snapshots): 128 bits. */
export function newRowId(): string {
  return randomBytes(16).toString('base64url');
}
