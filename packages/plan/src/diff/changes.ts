import type { PlanLocation } from '../PlanView.ts';
import { plainText, type RichNode } from '../richText.ts';
import { STATUS_EMOJI, type Status } from '../vocabulary.ts';
import type { PlanChange, PlanChangeKind } from './PlanChange.ts';
import type { Pair } from './pairById.ts';

/**
 * Small reporters shared by the parts of diffPlans: each compares one field
 * and appends a change with its message when the field differs.
 */

/** Where the changes are collected, in document order. */
export type Changes = PlanChange[];

/**
 * Reports a node that exists on one side only. Returns the pair when it
 * exists on both, for the caller to compare field by field.
 */
export function presence<T extends { id: string }>(
  out: Changes,
  pair: Pair<T>,
  kinds: [added: PlanChangeKind, removed: PlanChangeKind],
  where: PlanLocation,
  describe: (node: T) => { value: string; name: string; owner?: string | null },
): [T, T] | undefined {
  const [b, a] = pair;
  if (b !== undefined && a !== undefined) return [b, a];
  const node = a ?? b;
  if (node === undefined) return undefined;
  const { value, name, owner } = describe(node);
  const added = a !== undefined;
  out.push({
    kind: added ? kinds[0] : kinds[1],
    where,
    ...(added ? { after: value } : { before: value }),
    message: added ? `${cap(name)} added${ownedBy(owner ?? null)}.` : `${cap(name)} removed.`,
  });
  return undefined;
}

/** A change of one line of plain text (title, summary, why, statement, item). */
export function text(out: Changes, where: PlanLocation, b: string, a: string, message: string): void {
  if (b !== a) out.push({ kind: 'text-changed', where, before: b || null, after: a || null, message });
}

/** A change of free rich text, compared as plain text: marks alone do not count. */
export function freeText(
  out: Changes,
  where: PlanLocation,
  b: RichNode[] | undefined,
  a: RichNode[] | undefined,
  what: string,
): void {
  const before = plainText({ type: 'doc', content: b ?? [] }).trim();
  const after = plainText({ type: 'doc', content: a ?? [] }).trim();
  text(out, where, before, after, `${what} changed.`);
}

/** A change of the one owner of a goal, sub-goal or item. */
export function owner(
  out: Changes,
  where: PlanLocation,
  b: string | null,
  a: string | null,
  name: string,
): void {
  if (b === a) return;
  const who = (handle: string | null) => (handle ? `@${handle}` : 'nobody');
  out.push({
    kind: 'owner-changed',
    where,
    before: b,
    after: a,
    message: `Owner of ${name} changed from ${who(b)} to ${who(a)}.`,
  });
}

/** A change of the ✅/🔁/❌ status of a goal, statement or item. */
export function status(
  out: Changes,
  where: PlanLocation,
  b: Status | null,
  a: Status | null,
  name: string,
): void {
  if (b === a) return;
  const label = (s: Status | null) => (s ? `${STATUS_EMOJI[s]} ${s}` : 'open');
  out.push({
    kind: 'status-changed',
    where,
    before: b,
    after: a,
    message: `Status of ${name} changed from ${label(b)} to ${label(a)}.`,
  });
}

/** A change of the 50:50 flag of a goal or headline. */
export function fiftyFifty(out: Changes, where: PlanLocation, b: boolean, a: boolean, name: string): void {
  if (b === a) return;
  out.push({
    kind: 'fifty-fifty-changed',
    where,
    before: String(b),
    after: String(a),
    message: `${cap(name)} ${a ? 'flagged' : 'no longer flagged'} 50:50.`,
  });
}

/** A title in quotes for messages; an empty one still reads sensibly. */
export function q(value: string): string {
  return value.trim() ? `"${value.trim()}"` : '(untitled)';
}

/** The sentence-initial form of a noun phrase. */
export function cap(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** " (owner @x)" after a new node's name, or nothing when unowned. */
export function ownedBy(handle: string | null): string {
  return handle ? ` (owner @${handle})` : '';
}
