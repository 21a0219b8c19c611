import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../http/AppDeps.ts';
import { jsonResponse } from '../http/schemas.ts';

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Liveness and which storage this process uses',
  responses: {
    200: jsonResponse(
      z.object({ ok: z.boolean(), storage: z.enum(['sqlite', 'postgres']), redis: z.boolean() }),
    ),
  },
});

/** GET /api/health. */
export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(healthRoute, (c) =>
    c.json({ ok: true, storage: deps.storage.kind, redis: Boolean(deps.config.redisUrl) }, 200),
  );
}
