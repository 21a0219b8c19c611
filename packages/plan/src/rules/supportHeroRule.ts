import type { PlanView } from '../PlanView.ts';
import type { Finding } from './Finding.ts';
import { ownedWork } from './ownedWork.ts';
import { type Roster, rosterLookup } from './Roster.ts';

/** PH3: the support hero owns no product work this sprint; one finding per piece they own. */
export function supportHeroRule(plan: PlanView, roster: Roster): Finding[] {
  const lookup = rosterLookup(roster);
  const findings: Finding[] = [];
  for (const { owner, where, label } of ownedWork(plan)) {
    if (owner === null || lookup(owner)?.supportHero !== true) continue;
    findings.push({
      rule: 'PH3',
      severity: 'warning',
      where,
      message: `@${owner} is the support hero this sprint but owns ${label}; the support hero takes no product work.`,
    });
  }
  return findings;
}
