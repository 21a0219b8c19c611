/** A node in both versions, only in the old one (removed), or only in the new one (added). */
export type Pair<T> = [T, T] | [T, undefined] | [undefined, T];

/**
 * Pairs the nodes of two versions of a list by id, in document order: the
 * nodes of `after` in their order, with each removed node where it used to
 * be (removals ahead of additions at the same place).
 * Reordering alone pairs every node with itself. A duplicated id (a paste,
 * before ids are repaired) matches once; the other copy counts as new.
 */
export function pairById<T extends { id: string }>(before: T[], after: T[]): Array<Pair<T>> {
  const index = new Map<string, number>();
  before.forEach((node, i) => {
    if (!index.has(node.id)) index.set(node.id, i);
  });
  const matched = new Set<number>();
  for (const node of after) {
    const i = index.get(node.id);
    if (i !== undefined) matched.add(i);
  }
  const pairs: Array<Pair<T>> = [];
  let next = 0;
  const removedUpTo = (end: number) => {
    for (; next < end; next++) {
      const node = before[next];
      if (node && !matched.has(next)) pairs.push([node, undefined]);
    }
  };
  // Nodes added in a gap between two kept nodes wait until the removals in that gap are out.
  let added: Array<Pair<T>> = [];
  const used = new Set<number>();
  for (const node of after) {
    const i = index.get(node.id);
    const old = i === undefined ? undefined : before[i];
    if (i === undefined || !old || used.has(i)) {
      added.push([undefined, node]);
      continue;
    }
    used.add(i);
    removedUpTo(i + 1);
    pairs.push(...added, [old, node]);
    added = [];
  }
  removedUpTo(before.length);
  pairs.push(...added);
  return pairs;
}
