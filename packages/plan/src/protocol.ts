/**
 * What the server and the web client agree on beyond Yjs: WebSocket close
 * codes, stateless message types and HTTP error ids. The web app maps each
 * to what the user sees.
 */

/** Application close codes of the /collab WebSocket (4000–4999). */
export const CLOSE_CODES = {
  /** No or bad token/cookie: the user must sign in again. */
  unauthorized: 4401,
  /** The board does not exist or the user may not see it. */
  forbidden: 4403,
  /** A message that is not a well-formed collaboration message; the socket is closed, nothing applied. */
  malformed: 4400,
  /** The connection sent messages faster than the per-connection limit; it may reconnect. */
  rateLimited: 4429,
  /** The server was asked to reset the connection (Hocuspocus' ResetConnection); reconnect. */
  reset: 4205,
  /** A message was larger than LIMITS.wsMessageBytes (standard WebSocket code). */
  messageTooBig: 1009,
  /**
   * The board was unlocked (or the user's access changed): reconnect, and the
   * next sync carries anything the server refused while the board was locked.
   */
  accessChanged: 4000,
  /** The document was written by a newer schema version: the client must reload. */
  clientTooOld: 4426,
} as const;
export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/**
 * Stateless messages the server sends to every open connection of a board
 * (JSON in Hocuspocus' stateless channel).
 */
export type BoardNotice =
  /** The board was locked or unlocked: editors turn read-only (or editable) without a reload. */
  | { type: 'lock'; locked: boolean; by: string | null; at: string | null; snapshotId: string | null }
  /** The connection's access changed for another reason (role change): it is read-only now or not. */
  | { type: 'access'; readOnly: boolean };

/** Parses a stateless payload into a BoardNotice, or null when it is not one. */
export function parseBoardNotice(payload: string): BoardNotice | null {
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== 'object' || value === null || !('type' in value)) return null;
    if (value.type === 'lock' && 'locked' in value && typeof value.locked === 'boolean') {
      const record = value as Record<string, unknown>;
      const str = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : null);
      return {
        type: 'lock',
        locked: value.locked,
        by: str('by'),
        at: str('at'),
        snapshotId: str('snapshotId'),
      };
    }
    if (value.type === 'access' && 'readOnly' in value && typeof value.readOnly === 'boolean') {
      return { type: 'access', readOnly: value.readOnly };
    }
    return null;
  } catch {
    return null;
  }
}

/** Stable error ids of the HTTP API (`{error, message}` bodies). */
export const ERROR_IDS = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'already_set_up',
  'handle_taken',
  'invalid_invite',
  'plan_has_warnings',
  'board_locked',
  'payload_too_large',
  'rate_limited',
  'csrf_failed',
  'import_failed',
  'internal',
] as const;
export type ErrorId = (typeof ERROR_IDS)[number];
