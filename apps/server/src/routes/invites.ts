import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import type { AppDeps, AppEnv } from '../http/AppDeps.ts';
import { requireRole } from '../http/guards.ts';
import { errorResponses, jsonBody, jsonResponse, RoleSchema } from '../http/schemas.ts';

/** How long an invite link works. */
const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const createInviteRoute = createRoute({
  method: 'post',
  path: '/api/invites',
  summary: 'Create a single-use invite link for a role (admins)',
  request: jsonBody(z.object({ role: RoleSchema })),
  responses: {
    201: jsonResponse(z.object({ token: z.string(), url: z.string(), expiresAt: z.string() })),
    ...errorResponses(400, 401, 403),
  },
});

/** Invites: the only way to create accounts after setup. */
export function registerInviteRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(createInviteRoute, async (c) => {
    const user = requireRole(c, 'admin');
    const { role } = c.req.valid('json');
    const token = newSecret();
    const expiresAt = new Date(Date.now() + INVITE_TTL_MS).toISOString();
    await deps.storage.createInvite({ tokenHash: hashSecret(token), role, createdBy: user.id, expiresAt });
    return c.json({ token, url: `${deps.config.publicUrl}/join/${token}`, expiresAt }, 201);
  });
}
