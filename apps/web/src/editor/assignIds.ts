import { newId } from '@sprintboard/plan';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';

/** Typed nodes that carry an id unique within the whole plan. */
export const ID_NODE_TYPES: ReadonlySet<string> = new Set([
  'goal',
  'headline',
  'statement',
  'subGoal',
  'item',
]);

/** A range of the new doc that a transaction inserted or replaced. */
export type Range = readonly [from: number, to: number];

/**
 * Positions of typed nodes that need a new id: those without one, and
 * copies. A node already in the doc keeps its id; of two that share one,
 * the later keeps a new one. A node the change inserted (paste, drop,
 * split) yields to any existing node with its id, here or — when
 * `takenElsewhere` says so — in another fragment of the plan. Pure.
 */
export function nodesNeedingIds(
  doc: PMNode,
  inserted: readonly Range[],
  takenElsewhere: (id: string) => boolean,
): number[] {
  const existing: Array<{ pos: number; id: string | null }> = [];
  const added: Array<{ pos: number; id: string | null }> = [];
  doc.descendants((node, pos) => {
    if (!ID_NODE_TYPES.has(node.type.name)) return true;
    const raw: unknown = node.attrs.id;
    const id = typeof raw === 'string' && raw.length > 0 ? raw : null;
    const end = pos + node.nodeSize;
    const isNew = inserted.some(([from, to]) => from <= pos && end <= to);
    (isNew ? added : existing).push({ pos, id });
    return true;
  });
  const seen = new Set<string>();
  const repair: number[] = [];
  for (const { pos, id } of existing) {
    if (id === null || seen.has(id)) repair.push(pos);
    else seen.add(id);
  }
  for (const { pos, id } of added) {
    if (id === null || seen.has(id) || takenElsewhere(id)) repair.push(pos);
    else seen.add(id);
  }
  return repair.sort((a, b) => a - b);
}

/** The ranges of the final doc that the given transactions inserted or replaced. */
export function insertedRanges(transactions: readonly Transaction[]): Range[] {
  const ranges: Range[] = [];
  transactions.forEach((tr, t) => {
    tr.mapping.maps.forEach((map, i) => {
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        let from = newStart;
        let to = newEnd;
        const rest = tr.mapping.slice(i + 1);
        from = rest.map(from, 1);
        to = rest.map(to, -1);
        for (const later of transactions.slice(t + 1)) {
          from = later.mapping.map(from, 1);
          to = later.mapping.map(to, -1);
        }
        if (to > from) ranges.push([from, to]);
      });
    });
  });
  return ranges;
}

/** Key of the id plugin. */
export const assignIdsKey = new PluginKey('assignIds');

/**
 * Gives every new typed node an id and every copy (paste, split, drop) a
 * fresh one, in the same undo step as the change. Only local changes are
 * repaired: a remote change was repaired by its author, and two peers
 * repairing one change would fight. `idsElsewhere` lists the ids of the
 * other fragments of the plan; it is asked only when a change inserted
 * typed nodes.
 */
export function assignIdsPlugin(options: {
  idsElsewhere: () => ReadonlySet<string>;
  isEditable: () => boolean;
}) {
  return new Plugin({
    key: assignIdsKey,
    appendTransaction(transactions, _oldState, state) {
      if (!options.isEditable()) return null;
      const local = transactions.filter((tr) => tr.docChanged && !isChangeOrigin(tr));
      if (local.length === 0) return null;
      let elsewhere: ReadonlySet<string> | undefined;
      const taken = (id: string) => {
        elsewhere ??= options.idsElsewhere();
        return elsewhere.has(id);
      };
      const positions = nodesNeedingIds(state.doc, insertedRanges(transactions), taken);
      if (positions.length === 0) return null;
      const tr = state.tr;
      for (const pos of positions) tr.setNodeAttribute(pos, 'id', newId());
      return tr;
    },
  });
}
