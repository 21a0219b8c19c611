import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { diffPlans, exportMarkdown, type PlanView, readPlanDocument } from '@sprintboard/plan';
import * as Y from 'yjs';
import { hashSecret, newSecret } from '../auth/tokens.ts';
import { readBoardPlan } from '../boards/boardDocs.ts';
import { takeSnapshot } from '../boards/takeSnapshot.ts';
import type { AppDeps, AppEnv } from '../http/AppDeps.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { requireRole, requireUser } from '../http/guards.ts';
import { errorResponses, IdParams, jsonBody, jsonResponse, TitleSchema } from '../http/schemas.ts';
import type { Snapshot } from '../storage/Storage.ts';

const SnapshotInfoSchema = z
  .object({
    id: z.string(),
    boardId: z.string(),
    label: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
    shared: z.boolean(),
  })
  .openapi('SnapshotInfo');
const SnapshotSchema = SnapshotInfoSchema.extend({ plan: z.record(z.string(), z.unknown()) }).openapi(
  'Snapshot',
);
const ShareSchema = z.object({ token: z.string(), url: z.string() });
const markdownResponse = { description: 'Markdown', content: { 'text/markdown': { schema: z.string() } } };

const routes = {
  create: createRoute({
    method: 'post',
    path: '/api/boards/{id}/snapshots',
    summary: 'Take a snapshot with a label (members and up)',
    request: { params: IdParams, ...jsonBody(z.object({ label: TitleSchema })) },
    responses: { 201: jsonResponse(z.object({ id: z.string() })), ...errorResponses(400, 401, 403, 404) },
  }),
  list: createRoute({
    method: 'get',
    path: '/api/boards/{id}/snapshots',
    summary: "A board's snapshots, oldest first",
    request: { params: IdParams },
    responses: {
      200: jsonResponse(z.object({ snapshots: z.array(SnapshotInfoSchema) })),
      ...errorResponses(401, 404),
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/api/snapshots/{id}',
    summary: 'One snapshot with its plan (the typed JSON view)',
    request: { params: IdParams },
    responses: { 200: jsonResponse(SnapshotSchema), ...errorResponses(401, 404) },
  }),
  markdown: createRoute({
    method: 'get',
    path: '/api/snapshots/{id}/markdown',
    summary: 'A snapshot as Markdown',
    request: { params: IdParams },
    responses: { 200: markdownResponse, ...errorResponses(401, 404) },
  }),
  diff: createRoute({
    method: 'get',
    path: '/api/snapshots/{id}/diff',
    summary: 'What changed from this snapshot to the live board or another snapshot',
    request: { params: IdParams, query: z.object({ against: z.string().min(1).max(64).default('live') }) },
    responses: {
      200: jsonResponse(z.object({ changes: z.array(z.record(z.string(), z.unknown())) })),
      ...errorResponses(400, 401, 404),
    },
  }),
  share: createRoute({
    method: 'post',
    path: '/api/snapshots/{id}/share',
    summary: 'Create (or replace) the public share link (leads)',
    request: { params: IdParams },
    responses: { 201: jsonResponse(ShareSchema), ...errorResponses(401, 403, 404) },
  }),
  revoke: createRoute({
    method: 'delete',
    path: '/api/snapshots/{id}/share',
    summary: 'Revoke the share link (leads)',
    request: { params: IdParams },
    responses: {
      200: jsonResponse(z.object({ shared: z.literal(false) })),
      ...errorResponses(401, 403, 404),
    },
  }),
  shared: createRoute({
    method: 'get',
    path: '/api/shared/{token}',
    summary: 'A shared snapshot, no account needed',
    request: { params: z.object({ token: z.string().min(1).max(200) }) },
    responses: { 200: jsonResponse(SnapshotSchema), ...errorResponses(404) },
  }),
  sharedMarkdown: createRoute({
    method: 'get',
    path: '/api/shared/{token}/markdown',
    summary: 'A shared snapshot as Markdown, no account needed',
    request: { params: z.object({ token: z.string().min(1).max(200) }) },
    responses: { 200: markdownResponse, ...errorResponses(404) },
  }),
};

function info(s: Omit<Snapshot, 'state' | 'planJson'>) {
  return {
    id: s.id,
    boardId: s.boardId,
    label: s.label,
    createdAt: s.createdAt,
    createdBy: s.createdBy,
    shared: s.shared,
  };
}

function full(s: Snapshot) {
  return { ...info(s), plan: JSON.parse(s.planJson) as Record<string, unknown> };
}

/** Markdown of a snapshot, made from its stored Y.Doc state (lossless, marks included). */
function snapshotMarkdown(s: Snapshot): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, s.state);
  return exportMarkdown(readPlanDocument(doc));
}

/** Snapshots, their Markdown and diffs, and public share links. */
export function registerSnapshotRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const mustSnapshot = async (id: string) => {
    const snapshot = await deps.storage.getSnapshot(id);
    if (!snapshot) throw notFound('Snapshot');
    return snapshot;
  };

  app.openapi(routes.create, async (c) => {
    const user = requireRole(c, 'member');
    const { id } = c.req.valid('param');
    if (!(await deps.storage.getBoard(id))) throw notFound('Board');
    await deps.collab.persistence.settled(id);
    const current = await readBoardPlan(deps.storage, id);
    const snapshot = await takeSnapshot(deps.storage, {
      boardId: id,
      label: c.req.valid('json').label,
      createdBy: user.handle,
      current,
    });
    return c.json({ id: snapshot.id }, 201);
  });

  app.openapi(routes.list, async (c) => {
    requireUser(c);
    const { id } = c.req.valid('param');
    if (!(await deps.storage.getBoard(id))) throw notFound('Board');
    return c.json({ snapshots: (await deps.storage.listSnapshots(id)).map(info) }, 200);
  });

  app.openapi(routes.get, async (c) => {
    requireUser(c);
    return c.json(full(await mustSnapshot(c.req.valid('param').id)), 200);
  });

  app.openapi(routes.markdown, async (c) => {
    requireUser(c);
    const snapshot = await mustSnapshot(c.req.valid('param').id);
    return c.body(snapshotMarkdown(snapshot), 200, { 'content-type': 'text/markdown; charset=utf-8' });
  });

  app.openapi(routes.diff, async (c) => {
    requireUser(c);
    const snapshot = await mustSnapshot(c.req.valid('param').id);
    const { against } = c.req.valid('query');
    let after: PlanView;
    if (against === 'live') {
      after = (await readBoardPlan(deps.storage, snapshot.boardId)).view;
    } else {
      const other = await deps.storage.getSnapshot(against);
      if (!other) throw notFound('Snapshot to compare against');
      if (other.boardId !== snapshot.boardId)
        throw badRequest('Both snapshots must belong to the same board.');
      after = JSON.parse(other.planJson) as PlanView;
    }
    const before = JSON.parse(snapshot.planJson) as PlanView;
    return c.json({ changes: diffPlans(before, after) as unknown as Array<Record<string, unknown>> }, 200);
  });

  app.openapi(routes.share, async (c) => {
    const user = requireRole(c, 'lead');
    const snapshot = await mustSnapshot(c.req.valid('param').id);
    const token = newSecret();
    await deps.storage.setShareToken(snapshot.id, hashSecret(token));
    await deps.storage.audit({
      boardId: snapshot.boardId,
      actor: user.handle,
      action: 'share',
      detail: JSON.stringify({ snapshotId: snapshot.id }),
    });
    return c.json({ token, url: `${deps.config.publicUrl}/s/${token}` }, 201);
  });

  app.openapi(routes.revoke, async (c) => {
    const user = requireRole(c, 'lead');
    const snapshot = await mustSnapshot(c.req.valid('param').id);
    await deps.storage.setShareToken(snapshot.id, null);
    await deps.storage.audit({
      boardId: snapshot.boardId,
      actor: user.handle,
      action: 'revoke',
      detail: JSON.stringify({ snapshotId: snapshot.id }),
    });
    return c.json({ shared: false as const }, 200);
  });

  const sharedSnapshot = async (token: string) => {
    const snapshot = await deps.storage.snapshotByShareToken(hashSecret(token));
    if (!snapshot) throw notFound('Shared snapshot');
    return snapshot;
  };

  app.openapi(routes.shared, async (c) =>
    c.json(full(await sharedSnapshot(c.req.valid('param').token)), 200),
  );

  app.openapi(routes.sharedMarkdown, async (c) => {
    const snapshot = await sharedSnapshot(c.req.valid('param').token);
    return c.body(snapshotMarkdown(snapshot), 200, { 'content-type': 'text/markdown; charset=utf-8' });
  });
}
