import { CLOSE_CODES } from '@sprintboard/plan';

/** What the user is told about a closed collaboration socket. */
export interface CloseMessage {
  /** One sentence for the connection badge's details. */
  text: string;
  /** Whether the client tries again by itself; when false the user must act (sign in, reload). */
  retry: boolean;
  /** What the user can do about it, if anything. */
  action?: 'login' | 'reload';
}

/**
 * Maps a WebSocket close code (CLOSE_CODES, standard codes, anything else)
 * to what the user sees. Every application code of the protocol has its
 * own message.
 */
export function closeMessage(code: number | null): CloseMessage {
  switch (code) {
    case null:
    case 1000:
    case 1001:
    case 1005:
    case 1006:
      return { text: 'The connection to the server was lost; reconnecting…', retry: true };
    case CLOSE_CODES.unauthorized:
      return {
        text: 'Your session has ended. Sign in again to keep editing.',
        retry: false,
        action: 'login',
      };
    case CLOSE_CODES.forbidden:
      return { text: 'This board does not exist or you may not open it.', retry: false };
    case CLOSE_CODES.malformed:
      return { text: 'The server refused a message from this tab; reconnecting…', retry: true };
    case CLOSE_CODES.rateLimited:
      return { text: 'Too many changes at once; slowing down and reconnecting…', retry: true };
    case CLOSE_CODES.reset:
      return { text: 'The server reset the connection; reconnecting…', retry: true };
    case CLOSE_CODES.messageTooBig:
      return {
        text: 'A change was too large to send (a very big paste?). Undo it, then reconnect.',
        retry: true,
      };
    case CLOSE_CODES.accessChanged:
      return { text: 'Your access to this board changed; reconnecting…', retry: true };
    case CLOSE_CODES.clientTooOld:
      return {
        text: 'This board was saved by a newer version of Sprintboard. Reload the page.',
        retry: false,
        action: 'reload',
      };
    default:
      return { text: `The connection closed (code ${code}); reconnecting…`, retry: true };
  }
}
