import type { PlanView } from '../PlanView.ts';
import type { Finding } from './Finding.ts';
import { ownedWork } from './ownedWork.ts';
import { type Roster, rosterLookup } from './Roster.ts';

/**
 * Handles never contain spaces or commas, so an owner field holding them
 * lists several people (an import of "Owner: @a, @b"): not exactly one owner.
 */
const SEVERAL_HANDLES = /[\s,;/]/;

/**
 * PH1 (has an owner), PH6 (owner is on the roster) and PH2 (owner is an
 * engineer), checked per piece of owned work. At most one of them fires for
 * one piece: an unknown person's discipline is unknown, so PH2 only judges
 * people the roster knows.
 */
export function ownerRules(plan: PlanView, roster: Roster): Finding[] {
  const lookup = rosterLookup(roster);
  const findings: Finding[] = [];
  for (const work of ownedWork(plan)) {
    const { owner, where, label } = work;
    if (owner === null) {
      findings.push({
        rule: 'PH1',
        severity: 'warning',
        where,
        message: `${capitalize(label)} has no owner.`,
      });
      continue;
    }
    if (SEVERAL_HANDLES.test(owner)) {
      findings.push({
        rule: 'PH1',
        severity: 'warning',
        where,
        message: `${capitalize(label)} names more than one owner ("${owner}"); it needs exactly one.`,
      });
      continue;
    }
    const person = lookup(owner);
    if (!person) {
      findings.push({
        rule: 'PH6',
        severity: 'warning',
        where,
        message: `@${owner} owns ${label} but is not on the roster (unknown person).`,
      });
    } else if (person.discipline !== 'engineering') {
      findings.push({
        rule: 'PH2',
        severity: 'warning',
        where,
        message: `@${owner} owns ${label} but is not an engineer (${person.discipline}).`,
      });
    }
  }
  return findings;
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
