/**
 * Every size and rate limit of the server, in one place: HTTP body
 * validation, the WebSocket's maxPayload, the per-connection message rate
 * and the login throttle all read from here, and the web client uses the
 * same numbers to warn before a paste is refused.
 */
export const LIMITS = {
  /** Largest JSON body accepted by any route except import (bytes). */
  jsonBodyBytes: 256 * 1024,
  /** Largest Markdown import (bytes): a planning issue is a few tens of KB. */
  markdownBytes: 2 * 1024 * 1024,
  /** Largest single WebSocket message (bytes); a bigger one closes that connection only. */
  wsMessageBytes: 4 * 1024 * 1024,
  /** Messages one connection may send per second, sustained… */
  wsMessagesPerSecond: 200,
  /** …and in a burst. */
  wsMessageBurst: 400,
  /** Login attempts per handle and per address in a window… */
  loginAttempts: 10,
  /** …of this length (ms). */
  loginWindowMs: 60_000,
  /** Length of a board title and of a snapshot label (characters). */
  titleChars: 200,
} as const;
