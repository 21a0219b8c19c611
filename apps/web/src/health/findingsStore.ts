import { checkPlan, type Finding, type PlanView } from '@sprintboard/plan';
import type { Person } from '../api/apiSchemas.ts';
import { Store } from '../room/Store.ts';
import { type FindingsIndex, indexFindings } from './findingsIndex.ts';

/** Plan health of one board: every finding, and the same findings by anchor id. */
export interface Health {
  findings: readonly Finding[];
  byId: FindingsIndex;
}

/**
 * The live plan health of a board page. Fed with the typed view and the
 * roster; node views read their own findings from it without re-rendering
 * when others change.
 */
export class HealthStore extends Store<Health> {
  constructor() {
    super({ findings: [], byId: new Map() });
  }

  /** Checks the plan against the roster and publishes the result. */
  check(view: PlanView, people: readonly Person[]): void {
    const findings = checkPlan(view, { people: [...people] });
    this.set({ findings, byId: indexFindings(findings, this.get().byId) });
  }
}
