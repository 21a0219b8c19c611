import type * as Y from 'yjs';
import { isStatus, type Status } from '../vocabulary.ts';
import type { Migration } from './Migration.ts';
import { typedElements } from './typedElements.ts';

/** Nodes that carry a status attribute. */
const WITH_STATUS = ['goal', 'statement', 'item'];

/**
 * Legacy spellings of each status, after lowercasing and turning spaces and
 * underscores into dashes. Early editors stored the words of the planning
 * issue ("done", "carried over") or its emoji. A Map, so that stored values
 * such as "constructor" cannot hit Object.prototype.
 */
const LEGACY = new Map<string, Status>([
  ['done', 'achieved'],
  ['complete', 'achieved'],
  ['completed', 'achieved'],
  ['✅', 'achieved'],
  ['carried-over', 'carried'],
  ['carry-over', 'carried'],
  ['🔁', 'carried'],
  ['cancelled', 'dropped'],
  ['canceled', 'dropped'],
  ['❌', 'dropped'],
]);

/**
 * v3: rewrites legacy status values on goals, 🎯 statements and items to the
 * current vocabulary ('done' → 'achieved', 'carried_over' → 'carried',
 * 'cancelled' → 'dropped'). Values it does not recognise are left alone:
 * the typed view reads them as open, and the text is not ours to drop.
 * Each rewrite is a pure function of the old value, so concurrent runs agree.
 */
export const RenameLegacyStatuses: Migration = {
  version: 3,
  name: 'RenameLegacyStatuses',
  up(doc: Y.Doc) {
    for (const { element } of typedElements(doc)) {
      if (!WITH_STATUS.includes(element.nodeName)) continue;
      const value: unknown = element.getAttribute('status');
      if (typeof value !== 'string') continue;
      const status = currentStatus(value);
      if (status !== null && status !== value) element.setAttribute('status', status);
    }
  },
};

/** The current status a stored value means, or null if it means none we know. */
function currentStatus(value: string): Status | null {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return isStatus(key) ? key : (LEGACY.get(key) ?? null);
}
