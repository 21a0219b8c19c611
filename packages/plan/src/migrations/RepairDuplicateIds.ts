import * as Y from 'yjs';
import { teamsMap } from '../layout.ts';
import { stringAttr } from '../yxml.ts';
import { deterministicId } from './deterministicId.ts';
import type { Migration } from './Migration.ts';
import { typedElements } from './typedElements.ts';

/** One element whose id repairDuplicateIds() changed. */
export interface RepairedId {
  /** Where the element is (see typedElements). */
  path: string;
  /** The id it shared with an earlier element. */
  from: string;
  /** Its new id, or '' when it was an exact copy (a concurrent move's leftover) and was removed. */
  to: string;
}

/**
 * Makes the ids of typed elements unique again. Duplicates come from copy
 * and paste in an editor that does not reassign ids (the id is rendered as
 * data-id, so a pasted goal keeps it) and from merges of concurrent moves
 * (moveNode copies; two people moving one goal at once leave two copies).
 * The first element in document order keeps its id. A later element that is
 * an exact copy of the first (same id, attributes and content) is the
 * leftover of a concurrent move and is removed; any other later one gets an
 * id derived from the shared id and its own path. Both choices depend only
 * on the merged state, so two servers repairing it write the same thing and
 * converge. A derived id already in use (by an element or a team) is
 * rehashed with a counter.
 *
 * Cheap and a no-op when ids are unique, so the server runs it on every
 * load, not only as migration v4. Returns what it changed, for the log.
 */
export function repairDuplicateIds(doc: Y.Doc, origin?: unknown): RepairedId[] {
  const repaired: RepairedId[] = [];
  doc.transact(() => {
    const located = typedElements(doc);
    const taken = new Set<string>(teamsMap(doc).keys());
    for (const { element } of located) {
      const id = stringAttr(element, 'id');
      if (id) taken.add(id);
    }
    const first = new Map<string, Y.XmlElement>();
    for (const { element, path } of located) {
      const id = stringAttr(element, 'id');
      if (!id) continue;
      const original = first.get(id);
      if (!original) {
        first.set(id, element);
        continue;
      }
      if (isExactCopy(original, element)) {
        removeElement(element);
        repaired.push({ path, from: id, to: '' });
        continue;
      }
      let next = '';
      for (let attempt = 0; next === '' || taken.has(next); attempt++) {
        next = deterministicId(`RepairDuplicateIds|${id}|${path}|${attempt}`);
      }
      taken.add(next);
      first.set(next, element);
      element.setAttribute('id', next);
      repaired.push({ path, from: id, to: next });
    }
  }, origin);
  return repaired;
}

function isExactCopy(a: Y.XmlElement, b: Y.XmlElement): boolean {
  return a.nodeName === b.nodeName && a.toJSON() === b.toJSON();
}

function removeElement(element: Y.XmlElement): void {
  const parent = element.parent;
  if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment)) return;
  const index = parent.toArray().indexOf(element);
  if (index >= 0) parent.delete(index, 1);
}

/** v4: the first run of repairDuplicateIds(), for docs from before ids were checked. */
export const RepairDuplicateIds: Migration = {
  version: 4,
  name: 'RepairDuplicateIds',
  up(doc: Y.Doc) {
    repairDuplicateIds(doc);
  },
};
