import type { Compaction, StoredDocument } from './Storage.ts';

/**
 * Checks a compaction plan against what it was computed from and returns the
 * seqs to delete. Dropping a seq the plan never saw would delete an update
 * that is not in the new state — an acknowledged edit lost — so that is a bug
 * in the planner and aborts the compaction before anything is written.
 */
export function validateCompaction(stored: StoredDocument, compaction: Compaction): number[] {
  const seen = new Set(stored.log.map((entry) => entry.seq));
  const unknown = compaction.drop.filter((seq) => !seen.has(seq));
  if (unknown.length > 0) {
    throw new Error(`compact: plan drops seqs it was not given: ${unknown.join(', ')}`);
  }
  return [...new Set(compaction.drop)];
}
