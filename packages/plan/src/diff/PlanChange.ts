import type { PlanLocation } from '../PlanView.ts';

/** Every kind of change diffPlans reports. */
export const PLAN_CHANGE_KINDS = [
  'meta-changed',
  'headline-added',
  'headline-removed',
  'goal-added',
  'goal-removed',
  'sub-goal-added',
  'sub-goal-removed',
  'statement-added',
  'statement-removed',
  'team-added',
  'team-removed',
  'team-renamed',
  'item-added',
  'item-removed',
  'owner-changed',
  'collaborators-changed',
  'status-changed',
  'decision-changed',
  'fifty-fifty-changed',
  'text-changed',
] as const;
/** One of PLAN_CHANGE_KINDS. */
export type PlanChangeKind = (typeof PLAN_CHANGE_KINDS)[number];

/** One change between two versions of a plan, for "what changed since this snapshot". */
export interface PlanChange {
  kind: PlanChangeKind;
  /**
   * The node that changed. Free text between the typed blocks of the
   * headline, retro-outcome and proposed-goal sections belongs to no node,
   * so its changes carry an empty headlineId/goalId, meaning the section.
   */
  where: PlanLocation;
  /** The old value (plain text, handle, status, decision, 'true'/'false'); null when empty. */
  before?: string | null;
  /** The new value, in the same form as `before`. */
  after?: string | null;
  /** A sentence for people, naming the goal, item or team. */
  message: string;
}
