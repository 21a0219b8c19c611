/**
 * Appends items to an array. `target.push(...items)` passes every item as an
 * argument and overflows the stack past ~150,000 of them, which a 4 MiB
 * import (a table of short rows, a long list) can reach.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
