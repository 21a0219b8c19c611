import type { PlanView } from '../PlanView.ts';
import type { Finding } from './Finding.ts';
import { quote } from './ownedWork.ts';

/**
 * PH4: every proposed goal has at least one 🎯 statement with text. An empty
 * 🎯 line is what a half-filled template leaves behind, so it does not count.
 */
export function statementRule(plan: PlanView): Finding[] {
  return plan.proposedGoals
    .filter((goal) => !goal.statements.some((statement) => statement.text.trim().length > 0))
    .map(
      (goal): Finding => ({
        rule: 'PH4',
        severity: 'warning',
        where: { section: 'proposedGoals', goalId: goal.id },
        message: `Goal ${quote(goal.title)}${goal.owner ? ` (owner @${goal.owner})` : ''} has no 🎯 goal statement.`,
      }),
    );
}
