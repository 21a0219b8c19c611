import * as decoding from 'lib0/decoding';

/** Hocuspocus message types a client may send (server types.ts: Sync … Pong). */
const CLIENT_MESSAGE_TYPES = new Set([0, 1, 2, 3, 4, 5, 6, 7, 9, 10]);

/** Document names are board ids, optionally followed by `\0sessionId` from session-aware providers. */
const DOCUMENT_NAME = /^[A-Za-z0-9_-]{1,64}(\0[A-Za-z0-9_-]{1,128})?$/;

/**
 * A cheap shape check run on every WebSocket message before Hocuspocus
 * sees it: the document name must be a board id and the message type one
 * a client sends. Random bytes fail it and close that socket at once,
 * instead of sitting in Hocuspocus' pre-authentication queue.
 */
export function isWellFormedMessage(data: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(data);
    const name = decoding.readVarString(decoder);
    if (!DOCUMENT_NAME.test(name)) return false;
    return CLIENT_MESSAGE_TYPES.has(decoding.readVarUint(decoder));
  } catch {
    return false;
  }
}
