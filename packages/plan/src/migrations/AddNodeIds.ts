import type * as Y from 'yjs';
import { stringAttr } from '../yxml.ts';
import { deterministicId } from './deterministicId.ts';
import type { Migration } from './Migration.ts';
import { typedElements } from './typedElements.ts';

/**
 * v2: gives every goal, headline, statement, sub-goal and item without an id
 * one, so the write API, rules and diffs can address it. Docs from before
 * ids were written by an editor whose schema had no `id` attribute.
 *
 * The id is derived from the element's path, never random: two processes
 * upgrading the same stored doc at once set the same value on the same
 * element, and equal last-writer-wins writes converge.
 */
export const AddNodeIds: Migration = {
  version: 2,
  name: 'AddNodeIds',
  up(doc: Y.Doc) {
    for (const { element, path } of typedElements(doc)) {
      const id = stringAttr(element, 'id');
      if (id === null || id.length === 0) element.setAttribute('id', deterministicId(`AddNodeIds|${path}`));
    }
  },
};
