import type { Finding, PlanLocation } from '@sprintboard/plan';

/** Findings by the id of the node they are shown beside. */
export type FindingsIndex = ReadonlyMap<string, readonly Finding[]>;

/** The id of the node a finding is shown beside: the item, sub-goal, goal, headline or team. */
export function anchorId(where: PlanLocation): string | null {
  switch (where.section) {
    case 'headline':
      return where.headlineId || null;
    case 'retroOutcomes':
    case 'proposedGoals':
      return where.partId || where.goalId || null;
    case 'teams':
      return where.itemId || where.teamId || null;
    default:
      return null;
  }
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.rule === b[i]?.rule && f.message === b[i]?.message);
}

/**
 * Indexes findings by anchor id. Lists that did not change are the very
 * arrays of `previous`, so a node view showing them does not re-render
 * while someone types elsewhere.
 */
export function indexFindings(
  findings: readonly Finding[],
  previous: FindingsIndex = new Map(),
): FindingsIndex {
  const grouped = new Map<string, Finding[]>();
  for (const finding of findings) {
    const id = anchorId(finding.where);
    if (!id) continue;
    const list = grouped.get(id);
    if (list) list.push(finding);
    else grouped.set(id, [finding]);
  }
  const out = new Map<string, readonly Finding[]>();
  for (const [id, list] of grouped) {
    const before = previous.get(id);
    out.set(id, before && sameFindings(before, list) ? before : list);
  }
  return out;
}
