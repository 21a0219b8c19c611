import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../http/AppDeps.ts';
import { requireRole, requireUser } from '../http/guards.ts';
import { errorResponses, HandleSchema, jsonBody, jsonResponse } from '../http/schemas.ts';

const PersonSchema = z
  .object({
    handle: z.string(),
    name: z.string(),
    discipline: z.enum(['engineering', 'design', 'product', 'other']),
    supportHero: z.boolean(),
  })
  .openapi('Person');

const listRoute = createRoute({
  method: 'get',
  path: '/api/people',
  summary: 'The roster behind the plan-health rules',
  responses: { 200: jsonResponse(z.object({ people: z.array(PersonSchema) })), ...errorResponses(401) },
});

const putRoute = createRoute({
  method: 'put',
  path: '/api/people/{handle}',
  summary: 'Add or change a person on the roster (admins, leads)',
  request: {
    params: z.object({ handle: HandleSchema }),
    ...jsonBody(
      z.object({
        name: z.string().trim().min(1).max(100),
        discipline: z.enum(['engineering', 'design', 'product', 'other']),
        supportHero: z.boolean().optional(),
      }),
    ),
  },
  responses: { 200: jsonResponse(PersonSchema), ...errorResponses(400, 401, 403) },
});

/** The roster: who is an engineer, who is on support duty. */
export function registerPeopleRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(listRoute, async (c) => {
    requireUser(c);
    return c.json({ people: await deps.storage.listPeople() }, 200);
  });

  app.openapi(putRoute, async (c) => {
    requireRole(c, 'lead');
    const { handle } = c.req.valid('param');
    const body = c.req.valid('json');
    const person = await deps.storage.upsertPerson({
      handle,
      name: body.name,
      discipline: body.discipline,
      supportHero: body.supportHero ?? false,
    });
    return c.json(person, 200);
  });
}
