import type { PlanLocation } from '../PlanView.ts';
import type { RuleId } from './RULES.ts';

/**
 * One broken plan-health rule at one place in the plan. Findings never block
 * editing: they are shown beside the node at `where` and in the summary, and
 * locking a plan that has any asks the lead to confirm.
 */
export interface Finding {
  rule: RuleId;
  /** Always a warning: breaking a rule never blocks typing or locking. */
  severity: 'warning';
  where: PlanLocation;
  /** A sentence for people: names the goal or item and the person. */
  message: string;
}
