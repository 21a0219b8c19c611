import type { ItemView, TeamView } from '../PlanView.ts';
import { type Changes, cap, freeText, owner, presence, q, status, text } from './changes.ts';
import { type Pair, pairById } from './pairById.ts';

const NOUN = { hangOver: 'hang-over item', high: 'high-priority item', low: 'low-priority item' } as const;
type ListPart = keyof typeof NOUN;

/**
 * Changes to the team sections: teams added, removed and renamed, each
 * team's retro, and its items part by part. A team added or removed is one
 * change, not one per item inside it.
 */
export function diffTeams(before: TeamView[], after: TeamView[], out: Changes): void {
  for (const pair of pairById(before, after)) {
    const teamId = (pair[1] ?? pair[0])?.id ?? '';
    const where = { section: 'teams', teamId } as const;
    const both = presence(out, pair, ['team-added', 'team-removed'], where, (t) => ({
      value: t.name,
      name: `team ${t.name}`,
    }));
    if (!both) continue;
    const [b, a] = both;
    if (b.name !== a.name) {
      const message = `Team ${b.name} renamed to ${a.name}.`;
      out.push({ kind: 'team-renamed', where, before: b.name, after: a.name, message });
    }
    freeText(out, { ...where, part: 'retro' }, b.retro, a.retro, `Retro of team ${a.name}`);
    for (const part of ['hangOver', 'high', 'low'] as const) {
      for (const itemPair of pairById(b[part], a[part])) diffItem(part, a, itemPair, out);
      const what = `Free text among the ${NOUN[part]}s of team ${a.name}`;
      freeText(out, { ...where, part }, b.notes[part], a.notes[part], what);
    }
  }
}

function diffItem(part: ListPart, team: TeamView, pair: Pair<ItemView>, out: Changes): void {
  const itemId = (pair[1] ?? pair[0])?.id ?? '';
  const where = { section: 'teams', teamId: team.id, part, itemId } as const;
  const nameOf = (item: ItemView) => `${NOUN[part]} ${q(item.text)} of team ${team.name}`;
  const both = presence(out, pair, ['item-added', 'item-removed'], where, (item) => ({
    value: item.text,
    name: nameOf(item),
    owner: item.owner,
  }));
  if (!both) return;
  const [b, a] = both;
  const name = nameOf(a);
  text(out, where, b.text, a.text, `${cap(nameOf(b))} changed to ${q(a.text)}.`);
  owner(out, where, b.owner, a.owner, name);
  if (b.decision !== a.decision) {
    out.push({
      kind: 'decision-changed',
      where,
      before: b.decision,
      after: a.decision,
      message: `${cap(name)} changed from ${b.decision ?? 'undecided'} to ${a.decision ?? 'undecided'}.`,
    });
  }
  status(out, where, b.status, a.status, name);
}
