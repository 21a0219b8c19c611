import type { PlanView } from '../PlanView.ts';
import type { Finding } from './Finding.ts';
import { quote } from './ownedWork.ts';
import { normalizeHandle } from './Roster.ts';

/** The PH5 limit when the workspace sets none. */
export const DEFAULT_MAX_GOALS_PER_OWNER = 2;

/**
 * PH5: nobody owns more than `maxGoalsPerOwner` proposed goals. Every goal of
 * an overloaded owner gets the finding, not just the ones past the limit:
 * document order says nothing about which goal should move, and the lead
 * decides that looking at all of them.
 */
export function workloadRule(plan: PlanView, maxGoalsPerOwner: number): Finding[] {
  const byOwner = new Map<string, PlanView['proposedGoals']>();
  for (const goal of plan.proposedGoals) {
    if (!goal.owner?.trim()) continue;
    const key = normalizeHandle(goal.owner);
    byOwner.set(key, [...(byOwner.get(key) ?? []), goal]);
  }
  const findings: Finding[] = [];
  for (const goal of plan.proposedGoals) {
    const goals = goal.owner?.trim() ? byOwner.get(normalizeHandle(goal.owner)) : undefined;
    if (!goals || goals.length <= maxGoalsPerOwner) continue;
    findings.push({
      rule: 'PH5',
      severity: 'warning',
      where: { section: 'proposedGoals', goalId: goal.id },
      message: `@${normalizeHandle(goal.owner ?? '')} owns ${goals.length} proposed goals, more than the limit of ${maxGoalsPerOwner}: ${goals.map((g) => quote(g.title)).join(', ')}.`,
    });
  }
  return findings;
}
