import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Every error the HTTP API answers with: a stable id (`error`), a message
 * for people, and the status. Routes throw these through the factories
 * below; one onError turns them into `{error, message}` JSON.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: ContentfulStatusCode;
  readonly id: string;
  readonly extra: Record<string, unknown> | undefined;

  constructor(status: ContentfulStatusCode, id: string, message: string, extra?: Record<string, unknown>) {
    super(message);
    this.status = status;
    this.id = id;
    this.extra = extra;
  }
}

export const badRequest = (message: string, extra?: Record<string, unknown>) =>
  new ApiError(400, 'bad_request', message, extra);
export const unauthorized = (message = 'Sign in first.') => new ApiError(401, 'unauthorized', message);
export const forbidden = (message = 'Your role does not allow this.') =>
  new ApiError(403, 'forbidden', message);
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found.`);
export const conflict = (id: string, message: string, extra?: Record<string, unknown>) =>
  new ApiError(409, id, message, extra);
export const tooLarge = (message: string) => new ApiError(413, 'payload_too_large', message);
export const tooManyRequests = (message: string) => new ApiError(429, 'rate_limited', message);
export const csrfFailed = () =>
  new ApiError(403, 'csrf_failed', 'Missing or wrong X-CSRF-Token header for a cookie-authenticated write.');
