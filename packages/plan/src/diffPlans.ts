import { type Changes, fiftyFifty, freeText, presence, q, text } from './diff/changes.ts';
import { diffGoals } from './diff/diffGoals.ts';
import { diffTeams } from './diff/diffTeams.ts';
import type { PlanChange } from './diff/PlanChange.ts';
import { pairById } from './diff/pairById.ts';
import type { PlanView } from './PlanView.ts';

export { PLAN_CHANGE_KINDS, type PlanChange, type PlanChangeKind } from './diff/PlanChange.ts';

/**
 * The changes from `before` to `after` (two snapshots, or a snapshot and the
 * live board). Pure. Headlines, goals, sub-goals, 🎯 statements, teams and
 * items are matched by id, so an edit is a change rather than a removal plus
 * an addition, and reordering alone reports nothing; an item moved to
 * another part of its team shows as removed there and added here. Text is
 * compared as plain text, so a change of marks alone (bold, a link) is not
 * reported. Changes come in document order, a removed node where it was.
 */
export function diffPlans(before: PlanView, after: PlanView): PlanChange[] {
  const out: Changes = [];
  diffMeta(before, after, out);
  diffHeadlines(before, after, out);
  diffGoals('retroOutcomes', before.retroOutcomes, after.retroOutcomes, out);
  const notes = { b: before.notes, a: after.notes };
  freeText(
    out,
    { section: 'retroOutcomes', goalId: '' },
    notes.b.retroOutcomes,
    notes.a.retroOutcomes,
    'Free text of the retro outcomes',
  );
  freeText(
    out,
    { section: 'retroDiscussion' },
    before.retroDiscussion.content,
    after.retroDiscussion.content,
    'The retro discussion',
  );
  freeText(
    out,
    { section: 'priorities' },
    before.priorities.content,
    after.priorities.content,
    'The sprint priorities',
  );
  diffGoals('proposedGoals', before.proposedGoals, after.proposedGoals, out);
  freeText(
    out,
    { section: 'proposedGoals', goalId: '' },
    notes.b.proposedGoals,
    notes.a.proposedGoals,
    'Free text of the proposed goals',
  );
  diffTeams(before.teams, after.teams, out);
  return out;
}

function diffMeta(before: PlanView, after: PlanView, out: Changes): void {
  const num = (value: number | null) => (value === null ? null : String(value));
  const shown = (value: string | null) => (value ? `"${value}"` : '(none)');
  const fields: Array<[string, string | null, string | null]> = [
    ['Title', before.title || null, after.title || null],
    ['Sprint number', num(before.sprint.number), num(after.sprint.number)],
    ['Start date', before.sprint.startsOn, after.sprint.startsOn],
    ['End date', before.sprint.endsOn, after.sprint.endsOn],
  ];
  // The schema version is not compared: migrations change it, people do not.
  for (const [label, b, a] of fields) {
    if (b === a) continue;
    const message = `${label} changed from ${shown(b)} to ${shown(a)}.`;
    out.push({ kind: 'meta-changed', where: { section: 'meta' }, before: b, after: a, message });
  }
}

function diffHeadlines(before: PlanView, after: PlanView, out: Changes): void {
  for (const pair of pairById(before.headlineGoals, after.headlineGoals)) {
    const where = { section: 'headline', headlineId: (pair[1] ?? pair[0])?.id ?? '' } as const;
    const both = presence(out, pair, ['headline-added', 'headline-removed'], where, (h) => ({
      value: h.text,
      name: `headline goal ${q(h.text)}`,
    }));
    if (!both) continue;
    const [b, a] = both;
    text(out, where, b.text, a.text, `Headline goal ${q(b.text)} changed to ${q(a.text)}.`);
    fiftyFifty(out, where, b.fiftyFifty, a.fiftyFifty, `headline goal ${q(a.text)}`);
  }
  const where = { section: 'headline', headlineId: '' } as const;
  freeText(out, where, before.notes.headline, after.notes.headline, 'Free text of the headline goals');
}
