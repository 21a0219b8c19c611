import type { PlanView } from '../PlanView.ts';
import type { Finding } from './Finding.ts';
import { ownerRules } from './ownerRules.ts';
import type { Roster } from './Roster.ts';
import { RULE_IDS, type RuleId } from './RULES.ts';
import { statementRule } from './statementRule.ts';
import { supportHeroRule } from './supportHeroRule.ts';
import { DEFAULT_MAX_GOALS_PER_OWNER, workloadRule } from './workloadRule.ts';

/** Workspace settings for plan health. */
export interface CheckPlanOptions {
  /** PH5 limit; a negative or non-finite value falls back to the default of 2. */
  maxGoalsPerOwner?: number;
}

/**
 * Every plan-health finding for a plan. Pure, cheap enough to run on every
 * change. Findings are ordered by rule id, and in document order within a
 * rule, so the summary is stable while people type.
 */
export function checkPlan(plan: PlanView, roster: Roster, options: CheckPlanOptions = {}): Finding[] {
  const limit = options.maxGoalsPerOwner;
  const maxGoalsPerOwner =
    limit !== undefined && Number.isFinite(limit) && limit >= 0
      ? Math.floor(limit)
      : DEFAULT_MAX_GOALS_PER_OWNER;
  const findings = [
    ...ownerRules(plan, roster),
    ...supportHeroRule(plan, roster),
    ...statementRule(plan),
    ...workloadRule(plan, maxGoalsPerOwner),
  ];
  // Stable sort: within one rule the order each check produced (document order) is kept.
  return findings.sort((a, b) => ruleIndex(a.rule) - ruleIndex(b.rule));
}

function ruleIndex(rule: RuleId): number {
  return RULE_IDS.indexOf(rule);
}
