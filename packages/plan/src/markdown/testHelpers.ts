import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { SECTION_KEYS } from '../layout.ts';
import { type PlanDocument, readPlanDocument, writePlanDocument } from '../PlanDocument.ts';
import type { PlanView } from '../PlanView.ts';
import type { RichNode } from '../richText.ts';
import { planSchema } from '../schema/planSchema.ts';
import { toPlanView } from '../toPlanView.ts';

/**
 * Helpers shared by the Markdown tests. The example issue lives in the
 * shared/ folder beside the repository (CI checks it out there too).
 */

/** The example planning issue, read from `<repo>/../shared/examples/sprint-plan.md`. */
export function readExample(): string {
  return readFileSync(new URL('../../../../../shared/examples/sprint-plan.md', import.meta.url), 'utf8');
}

/** Deep copy without `id` keys (fresh on every import) and without empty paragraphs (Markdown has none). */
export function withoutIds<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => {
      if (key === 'id') return undefined;
      if (Array.isArray(inner)) return inner.filter((node) => !isEmptyParagraph(node));
      return inner;
    }),
  );
}

function isEmptyParagraph(node: unknown): boolean {
  if (typeof node !== 'object' || node === null || !('type' in node) || node.type !== 'paragraph')
    return false;
  return !('content' in node) || (Array.isArray(node.content) && node.content.length === 0);
}

/** The typed view a board made from this plan shows: written to a Y.Doc and read back, ids stripped. */
export function boardView(plan: PlanDocument): PlanView {
  const doc = new Y.Doc();
  writePlanDocument(doc, plan);
  return withoutIds(toPlanView(readPlanDocument(doc)));
}

/** Every node of the plan that the schema rejects, with the error; [] when all fit. */
export function schemaErrors(plan: PlanDocument): string[] {
  const fragments: Array<[string, RichNode[]]> = [
    ...SECTION_KEYS.map((key): [string, RichNode[]] => [key, plan.sections[key].content ?? []]),
    ...plan.teams.map((team): [string, RichNode[]] => [`team ${team.name}`, team.body.content ?? []]),
  ];
  const errors: string[] = [];
  for (const [where, content] of fragments) {
    try {
      planSchema().nodeFromJSON({ type: 'doc', content }).check();
    } catch (error) {
      errors.push(`${where}: ${String(error)}`);
    }
  }
  return errors;
}

/** Every `id` attribute in the plan, in document order. */
export function allIds(plan: PlanDocument): string[] {
  const ids: string[] = [];
  const walk = (node: RichNode) => {
    if (typeof node.attrs?.id === 'string') ids.push(node.attrs.id);
    for (const child of node.content ?? []) walk(child);
  };
  for (const key of SECTION_KEYS) walk(plan.sections[key]);
  for (const team of plan.teams) walk(team.body);
  return ids;
}

/** All nodes of a type below a node, depth first. */
export function nodesOfType(root: RichNode | RichNode[], type: string): RichNode[] {
  const out: RichNode[] = [];
  const walk = (node: RichNode) => {
    if (node.type === type) out.push(node);
    for (const child of node.content ?? []) walk(child);
  };
  for (const node of Array.isArray(root) ? root : [root]) walk(node);
  return out;
}
