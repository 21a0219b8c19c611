import { z } from '@hono/zod-openapi';
import { LIMITS } from '../limits.ts';

/**
 * Schemas shared by several routes. Route-specific ones live beside their
 * routes; together they are the OpenAPI document at /api/openapi.json.
 */

export const ErrorSchema = z
  .object({ error: z.string(), message: z.string() })
  .openapi('Error', { description: 'Every error: a stable id and a message for people.' });

export const RoleSchema = z.enum(['admin', 'lead', 'member', 'viewer']);

/** A person's @handle, without the '@'. */
export const HandleSchema = z
  .string()
  .min(1)
  .max(39)
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?$/, 'letters, digits, - and _');

export const UserSchema = z
  .object({ id: z.string(), handle: z.string(), name: z.string(), role: RoleSchema, createdAt: z.string() })
  .openapi('User');

export const SessionSchema = z.object({ user: UserSchema, token: z.string() }).openapi('Session');

export const TitleSchema = z.string().trim().min(1).max(LIMITS.titleChars);

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const SprintSchema = z
  .object({ number: z.number().int().min(0).max(100_000), startsOn: IsoDateSchema, endsOn: IsoDateSchema })
  .refine((s) => s.startsOn <= s.endsOn, 'the sprint ends before it starts');

export const IdParams = z.object({ id: z.string().min(1).max(64) });

/** The standard error responses of a route, for the OpenAPI document. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: 'Error', content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  );
}

/** A JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

/** A JSON 200/201 response. */
export function jsonResponse<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}
