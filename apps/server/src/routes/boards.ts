import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  checkPlan,
  exportMarkdown,
  importMarkdown,
  MarkdownImportError,
  nextSprint,
  planTemplate,
} from '@sprintboard/plan';
import { newRowId } from '../auth/tokens.ts';
import { createSeededBoard, readBoardPlan } from '../boards/boardDocs.ts';
import { BoardSchema, boardJson } from '../boards/boardJson.ts';
import { lockBoard, unlockBoard } from '../boards/lockBoard.ts';
import { loadRoster } from '../boards/roster.ts';
import type { AppDeps, AppEnv } from '../http/AppDeps.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { requireRole, requireUser } from '../http/guards.ts';
import {
  errorResponses,
  IdParams,
  jsonBody,
  jsonResponse,
  SprintSchema,
  TitleSchema,
} from '../http/schemas.ts';
import { LIMITS } from '../limits.ts';

const LockBody = z.object({ confirm: z.boolean().optional() }).catch({});
const FindingsSchema = z.array(z.record(z.string(), z.unknown()));

const listRoute = createRoute({
  method: 'get',
  path: '/api/boards',
  summary: 'Every board, newest first',
  responses: { 200: jsonResponse(z.object({ boards: z.array(BoardSchema) })), ...errorResponses(401) },
});

const createBoardRoute = createRoute({
  method: 'post',
  path: '/api/boards',
  summary: 'Create a board from the template, or import it from a planning issue in Markdown',
  request: jsonBody(
    z.object({
      title: TitleSchema,
      sprint: SprintSchema.optional(),
      markdown: z.string().max(LIMITS.markdownBytes).optional(),
    }),
  ),
  responses: {
    201: jsonResponse(
      z.object({ board: BoardSchema, report: z.array(z.record(z.string(), z.unknown())).optional() }),
      'The board (and the import report)',
    ),
    ...errorResponses(400, 401, 403, 413),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/boards/{id}',
  summary: 'One board',
  request: { params: IdParams },
  responses: { 200: jsonResponse(BoardSchema), ...errorResponses(401, 404) },
});

const markdownRoute = createRoute({
  method: 'get',
  path: '/api/boards/{id}/markdown',
  summary: 'The live plan as GitHub-flavoured Markdown',
  request: { params: IdParams },
  responses: {
    200: { description: 'Markdown', content: { 'text/markdown': { schema: z.string() } } },
    ...errorResponses(401, 404),
  },
});

const healthRoute = createRoute({
  method: 'get',
  path: '/api/boards/{id}/health',
  summary: 'Plan-health findings of the live plan',
  request: { params: IdParams },
  responses: { 200: jsonResponse(z.object({ findings: FindingsSchema })), ...errorResponses(401, 404) },
});

const lockRoute = createRoute({
  method: 'post',
  path: '/api/boards/{id}/lock',
  summary: 'Lock the plan (leads); 409 plan_has_warnings unless confirm is true',
  request: { params: IdParams },
  responses: {
    200: jsonResponse(z.object({ locked: z.literal(true), snapshotId: z.string() })),
    ...errorResponses(401, 403, 404, 409),
  },
});

const unlockRoute = createRoute({
  method: 'post',
  path: '/api/boards/{id}/unlock',
  summary: 'Unlock the plan (leads)',
  request: { params: IdParams },
  responses: { 200: jsonResponse(z.object({ locked: z.literal(false) })), ...errorResponses(401, 403, 404) },
});

const nextRoute = createRoute({
  method: 'post',
  path: '/api/boards/{id}/next',
  summary: "Start the next sprint's board, pre-filled from this one (leads)",
  request: { params: IdParams },
  responses: { 201: jsonResponse(z.object({ board: BoardSchema })), ...errorResponses(401, 403, 404) },
});

/** Boards: list, create (template or import), read, Markdown, health, lock, unlock, next sprint. */
export function registerBoardRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const mustBoard = async (id: string) => {
    const board = await deps.storage.getBoard(id);
    if (!board) throw notFound('Board');
    return board;
  };

  app.openapi(listRoute, async (c) => {
    requireUser(c);
    return c.json({ boards: (await deps.storage.listBoards()).map(boardJson) }, 200);
  });

  app.openapi(createBoardRoute, async (c) => {
    const user = requireRole(c, 'lead');
    const body = c.req.valid('json');
    if (body.markdown === undefined) {
      const plan = planTemplate(body.title, body.sprint);
      const board = await createSeededBoard(deps, { id: newRowId(), createdBy: user.handle, plan });
      return c.json({ board: boardJson(board) }, 201);
    }
    let imported: ReturnType<typeof importMarkdown>;
    try {
      imported = importMarkdown(body.markdown, { title: body.title });
    } catch (error) {
      if (error instanceof MarkdownImportError) throw new ApiError(400, 'import_failed', error.message);
      throw error;
    }
    const plan = imported.plan;
    plan.meta.title = body.title;
    if (body.sprint) plan.meta.sprint = body.sprint;
    const board = await createSeededBoard(deps, { id: newRowId(), createdBy: user.handle, plan });
    return c.json({ board: boardJson(board), report: imported.report.findings }, 201);
  });

  app.openapi(getRoute, async (c) => {
    requireUser(c);
    return c.json(boardJson(await mustBoard(c.req.valid('param').id)), 200);
  });

  app.openapi(markdownRoute, async (c) => {
    requireUser(c);
    const { id } = c.req.valid('param');
    await mustBoard(id);
    const { plan } = await readBoardPlan(deps.storage, id);
    return c.body(exportMarkdown(plan), 200, { 'content-type': 'text/markdown; charset=utf-8' });
  });

  app.openapi(healthRoute, async (c) => {
    requireUser(c);
    const { id } = c.req.valid('param');
    await mustBoard(id);
    const { view } = await readBoardPlan(deps.storage, id);
    return c.json({ findings: checkPlan(view, await loadRoster(deps.storage)) }, 200);
  });

  app.openapi(lockRoute, async (c) => {
    const user = requireRole(c, 'lead');
    const { id } = c.req.valid('param');
    const body = LockBody.parse(
      c.req.header('content-length') === '0' ? {} : await c.req.json().catch(() => ({})),
    );
    const confirm = body.confirm === true;
    const { snapshotId } = await lockBoard(deps, user, id, confirm);
    return c.json({ locked: true as const, snapshotId }, 200);
  });

  app.openapi(unlockRoute, async (c) => {
    const user = requireRole(c, 'lead');
    await unlockBoard(deps, user, c.req.valid('param').id);
    return c.json({ locked: false as const }, 200);
  });

  app.openapi(nextRoute, async (c) => {
    const user = requireRole(c, 'lead');
    const { id } = c.req.valid('param');
    await mustBoard(id);
    const { plan } = await readBoardPlan(deps.storage, id);
    const board = await createSeededBoard(deps, {
      id: newRowId(),
      createdBy: user.handle,
      plan: nextSprint(plan),
    });
    await deps.storage.audit({
      boardId: id,
      actor: user.handle,
      action: 'next',
      detail: JSON.stringify({ boardId: board.id }),
    });
    return c.json({ board: boardJson(board) }, 201);
  });
}
