import {
  isTooNew,
  migrate,
  type PlanDocument,
  type PlanView,
  readPlanDocument,
  toPlanView,
  writePlanDocument,
} from '@sprintboard/plan';
import * as Y from 'yjs';
import { readStoredDoc } from '../collab/documentState.ts';
import type { AppDeps } from '../http/AppDeps.ts';
import type { Board, Storage } from '../storage/Storage.ts';

/** A board's plan at this moment, read from storage. */
export interface BoardPlan {
  doc: Y.Doc;
  plan: PlanDocument;
  view: PlanView;
}

/**
 * The board's current plan. Read from storage, which holds every
 * acknowledged update (state + log) whichever process took it, so this is
 * exact in a scaled-out workplace too. Migrations run on the copy only.
 */
export async function readBoardPlan(storage: Storage, boardId: string): Promise<BoardPlan> {
  const doc = await readStoredDoc(storage, boardId);
  if (!isTooNew(doc)) migrate(doc);
  const plan = readPlanDocument(doc);
  return { doc, plan, view: toPlanView(plan) };
}

/**
 * Creates a board seeded with `plan`: the doc is built here, on the server,
 * and stored with the board row in one transaction, so a seed (template,
 * import, next sprint) is written exactly once whatever the clients do.
 */
export async function createSeededBoard(
  deps: Pick<AppDeps, 'storage'>,
  input: { id: string; createdBy: string; plan: PlanDocument },
): Promise<Board> {
  const doc = new Y.Doc();
  writePlanDocument(doc, input.plan);
  migrate(doc);
  const state = Y.encodeStateAsUpdate(doc);
  const board = await deps.storage.createBoard(
    {
      id: input.id,
      title: input.plan.meta.title,
      sprint: input.plan.meta.sprint,
      createdAt: new Date().toISOString(),
      createdBy: input.createdBy,
    },
    state,
  );
  await deps.storage.ensurePeople(handlesIn(toPlanView(input.plan)));
  return board;
}

/** Every owner, collaborator and sub-goal owner named in a plan. */
export function handlesIn(view: PlanView): string[] {
  const handles = new Set<string>();
  for (const goal of [...view.retroOutcomes, ...view.proposedGoals]) {
    if (goal.owner) handles.add(goal.owner);
    for (const handle of goal.collaborators) handles.add(handle);
    for (const sub of goal.subGoals) if (sub.owner) handles.add(sub.owner);
  }
  for (const team of view.teams) {
    for (const item of [...team.hangOver, ...team.high, ...team.low]) if (item.owner) handles.add(item.owner);
  }
  return [...handles];
}
