import type * as Y from 'yjs';
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
  /** Its new id. */
  to: string;
}

/**
 * Makes the ids of typed elements unique again. Duplicates come from copy
 * and paste in an editor (the id is rendered as data-id, so a pasted goal
 * keeps it) and from merges of concurrent moves. The first element in
 * document order keeps its id; every later one gets an id derived from the
 * shared id and its own path, so two servers repairing the same state write
 * the same values and converge. A derived id already in use (by an element
 * or a team) is rehashed with a counter.
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
    const seen = new Set<string>();
    for (const { element, path } of located) {
      const id = stringAttr(element, 'id');
      if (!id) continue;
      if (!seen.has(id)) {
        seen.add(id);
        continue;
      }
      let next = '';
      for (let attempt = 0; next === '' || taken.has(next); attempt++) {
        next = deterministicId(`RepairDuplicateIds|${id}|${path}|${attempt}`);
      }
      taken.add(next);
      seen.add(next);
      element.setAttribute('id', next);
      repaired.push({ path, from: id, to: next });
    }
  }, origin);
  return repaired;
}

/** v4: the first run of repairDuplicateIds(), for docs from before ids were checked. */
export const RepairDuplicateIds: Migration = {
  version: 4,
  name: 'RepairDuplicateIds',
  up(doc: Y.Doc) {
    repairDuplicateIds(doc);
  },
};
