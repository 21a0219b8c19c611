import type { PlanLocation, PlanView } from '../PlanView.ts';

/**
 * One thing a person is accountable for this sprint, as the owner rules see
 * it. Which parts of a plan count is decided here, once, for every owner
 * rule (see RULES for the reasoning).
 */
export interface OwnedWork {
  kind: 'goal' | 'subGoal' | 'item';
  /** Owner handle as written, or null when unassigned. */
  owner: string | null;
  where: PlanLocation;
  /** How a message names it, e.g. `goal "Self-serve export"`. */
  label: string;
}

/** Every piece of owned work in the plan, in document order. */
export function ownedWork(plan: PlanView): OwnedWork[] {
  const work: OwnedWork[] = [];
  for (const goal of plan.proposedGoals) {
    const goalLabel = `goal ${quote(goal.title)}`;
    work.push({
      kind: 'goal',
      owner: ownerOf(goal.owner),
      where: { section: 'proposedGoals', goalId: goal.id },
      label: goalLabel,
    });
    for (const sub of goal.subGoals) {
      work.push({
        kind: 'subGoal',
        owner: ownerOf(sub.owner),
        where: { section: 'proposedGoals', goalId: goal.id, partId: sub.id },
        label: `sub-goal ${quote(sub.text)} of ${goalLabel}`,
      });
    }
  }
  for (const team of plan.teams) {
    const parts = [
      // A deprioritised hang-over item is explicitly not this sprint's work.
      ['hangOver', 'hang-over item', team.hangOver.filter((item) => item.decision !== 'deprioritised')],
      ['high', 'high-priority item', team.high],
      ['low', 'low-priority item', team.low],
    ] as const;
    for (const [part, noun, items] of parts) {
      for (const item of items) {
        work.push({
          kind: 'item',
          owner: ownerOf(item.owner),
          where: { section: 'teams', teamId: team.id, part, itemId: item.id },
          label: `${noun} ${quote(item.text)} of team ${team.name.trim() || '(unnamed)'}`,
        });
      }
    }
  }
  return work;
}

/** A title in quotes for messages; an empty one still reads sensibly. */
export function quote(title: string): string {
  const trimmed = title.trim();
  return trimmed ? `"${trimmed}"` : '(untitled)';
}

/** A blank owner (whitespace or a lone '@' from an import) counts as no owner. */
function ownerOf(owner: string | null): string | null {
  const trimmed = owner?.trim().replace(/^@+/, '') ?? '';
  return trimmed ? trimmed : null;
}
