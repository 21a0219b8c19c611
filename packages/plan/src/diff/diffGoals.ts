import type { GoalView } from '../PlanView.ts';
import { type Changes, cap, fiftyFifty, freeText, owner, presence, q, status, text } from './changes.ts';
import { pairById } from './pairById.ts';

const NOUN = { retroOutcomes: 'retro outcome', proposedGoals: 'proposed goal' } as const;

/**
 * Changes to the goals of one section, each goal's parts in the order the
 * goal shows them: title, summary, owner and flags, sub-goals, Why?, 🎯
 * statements, status notes, then free text inside the goal.
 */
export function diffGoals(
  section: 'retroOutcomes' | 'proposedGoals',
  before: GoalView[],
  after: GoalView[],
  out: Changes,
): void {
  for (const pair of pairById(before, after)) {
    const goal = pair[1] ?? pair[0];
    if (!goal) continue;
    const where = { section, goalId: goal.id } as const;
    const name = `${NOUN[section]} ${q(goal.title)}`;
    const both = presence(out, pair, ['goal-added', 'goal-removed'], where, (g) => ({
      value: g.title,
      name,
      owner: g.owner,
    }));
    if (!both) continue;
    const [b, a] = both;
    text(out, where, b.title, a.title, `${cap(NOUN[section])} ${q(b.title)} renamed to ${q(a.title)}.`);
    text(out, where, b.summary, a.summary, `Summary of ${name} changed.`);
    owner(out, where, b.owner, a.owner, name);
    collaborators(out, where, b.collaborators, a.collaborators, name);
    status(out, where, b.status, a.status, name);
    fiftyFifty(out, where, b.fiftyFifty, a.fiftyFifty, name);
    for (const subPair of pairById(b.subGoals, a.subGoals)) {
      const id = (subPair[1] ?? subPair[0])?.id ?? '';
      const at = { ...where, partId: id };
      const sub = presence(out, subPair, ['sub-goal-added', 'sub-goal-removed'], at, (s) => ({
        value: s.text,
        name: `sub-goal ${q(s.text)} of ${name}`,
        owner: s.owner,
      }));
      if (!sub) continue;
      text(
        out,
        at,
        sub[0].text,
        sub[1].text,
        `Sub-goal ${q(sub[0].text)} of ${name} changed to ${q(sub[1].text)}.`,
      );
      owner(out, at, sub[0].owner, sub[1].owner, `sub-goal ${q(sub[1].text)} of ${name}`);
    }
    text(out, where, b.why, a.why, `Why? of ${name} changed.`);
    for (const stPair of pairById(b.statements, a.statements)) {
      const id = (stPair[1] ?? stPair[0])?.id ?? '';
      const at = { ...where, partId: id };
      const st = presence(out, stPair, ['statement-added', 'statement-removed'], at, (s) => ({
        value: s.text,
        name: `🎯 ${q(s.text)} of ${name}`,
      }));
      if (!st) continue;
      text(out, at, st[0].text, st[1].text, `🎯 ${q(st[0].text)} of ${name} changed to ${q(st[1].text)}.`);
      status(out, at, st[0].status, st[1].status, `🎯 ${q(st[1].text)} of ${name}`);
    }
    text(out, where, b.statusNotes.join('\n'), a.statusNotes.join('\n'), `Status notes of ${name} changed.`);
    freeText(out, where, b.extra, a.extra, `Free text inside ${name}`);
  }
}

/** Collaborators are a set: a change of order alone is not reported. */
function collaborators(
  out: Changes,
  where: { section: 'retroOutcomes' | 'proposedGoals'; goalId: string },
  b: string[],
  a: string[],
  name: string,
): void {
  if ([...b].sort().join(' ') === [...a].sort().join(' ')) return;
  const handles = (list: string[]) => (list.length > 0 ? list.map((h) => `@${h}`).join(', ') : 'nobody');
  out.push({
    kind: 'collaborators-changed',
    where,
    before: b.length > 0 ? b.join(', ') : null,
    after: a.length > 0 ? a.join(', ') : null,
    message: `Collaborators of ${name} changed from ${handles(b)} to ${handles(a)}.`,
  });
}
