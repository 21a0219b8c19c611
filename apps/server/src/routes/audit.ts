import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../http/AppDeps.ts';
import { notFound } from '../http/errors.ts';
import { requireUser } from '../http/guards.ts';
import { errorResponses, IdParams, jsonResponse } from '../http/schemas.ts';

const AuditSchema = z
  .object({
    id: z.number(),
    boardId: z.string(),
    actor: z.string(),
    action: z.string(),
    detail: z.unknown(),
    at: z.string(),
  })
  .openapi('AuditEntry');

const auditRoute = createRoute({
  method: 'get',
  path: '/api/boards/{id}/audit',
  summary: 'Lock, unlock, snapshot, share, revoke and warning overrides: who, what, when',
  request: { params: IdParams },
  responses: { 200: jsonResponse(z.object({ entries: z.array(AuditSchema) })), ...errorResponses(401, 404) },
});

/** The audit log of a board. */
export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(auditRoute, async (c) => {
    requireUser(c);
    const { id } = c.req.valid('param');
    if (!(await deps.storage.getBoard(id))) throw notFound('Board');
    const entries = (await deps.storage.listAudit(id)).map((entry) => ({
      ...entry,
      detail: entry.detail === null ? null : parseDetail(entry.detail),
    }));
    return c.json({ entries }, 200);
  });
}

function parseDetail(detail: string): unknown {
  try {
    return JSON.parse(detail);
  } catch {
    return detail;
  }
}
