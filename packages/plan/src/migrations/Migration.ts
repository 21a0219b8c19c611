import type * as Y from 'yjs';

/**
 * One named step of the doc layout's evolution (tldraw's shape: append-only,
 * never edited once released). `up` runs inside the transaction that also
 * raises `meta.schemaVersion` to `version`, so a doc never says it is newer
 * than its content.
 *
 * `up` must be idempotent and convergent: two servers may upgrade the same
 * stored doc at once and then exchange their updates. It may only write
 * values derived from what it reads (never random ids or clocks), so two
 * runs from one state make equal last-writer-wins writes, and it must not
 * insert content that two runs would both insert.
 */
export interface Migration {
  /** The schema version the doc has after this step: 1, 2, … in list order. */
  version: number;
  /** A name saying what changes, e.g. `AddNodeIds`; shown in logs and results. */
  name: string;
  /** Rewrites the doc in place; called inside migrate()'s transaction. */
  up(doc: Y.Doc): void;
}

/** What migrate() did to one doc. */
export interface MigrationResult {
  /** Schema version found in the doc (0 when it had none). */
  from: number;
  /** Schema version the doc is at now. */
  to: number;
  /** Names of the migrations applied, in order (empty when nothing was pending). */
  applied: string[];
}
