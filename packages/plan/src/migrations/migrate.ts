import type * as Y from 'yjs';
import { META, metaMap } from '../layout.ts';
import { readMeta } from '../PlanDocument.ts';
import { AddNodeIds } from './AddNodeIds.ts';
import { CreateMeta } from './CreateMeta.ts';
import type { Migration, MigrationResult } from './Migration.ts';
import { RenameLegacyStatuses } from './RenameLegacyStatuses.ts';
import { RepairDuplicateIds } from './RepairDuplicateIds.ts';

/**
 * Every migration, oldest first; `version` is the position + 1. Append-only:
 * a released migration is never edited or removed, because stored docs and
 * running clients already depend on what it did. A change of layout is a new
 * entry at the end.
 */
export const MIGRATIONS: readonly Migration[] = [
  CreateMeta,
  AddNodeIds,
  RenameLegacyStatuses,
  RepairDuplicateIds,
];

/** The schema version this code writes and understands. */
export const CURRENT_SCHEMA_VERSION: number = MIGRATIONS.length;

/** The doc's schema version: `meta.schemaVersion`, 0 for a doc that was never migrated. */
export function schemaVersionOf(doc: Y.Doc): number {
  return readMeta(doc).schemaVersion;
}

/**
 * True when the doc was migrated by newer code than this. A client seeing
 * this must reload (it would write nodes or values the doc has outgrown);
 * a server must not edit the doc.
 */
export function isTooNew(doc: Y.Doc): boolean {
  return schemaVersionOf(doc) > CURRENT_SCHEMA_VERSION;
}

/**
 * Brings a doc up to CURRENT_SCHEMA_VERSION. Runs on the server when a doc
 * loads (and after seeding a new board, which stamps its version). Each
 * pending migration runs in its own transaction, which also raises
 * `meta.schemaVersion`, so a doc never claims a version its content lacks.
 *
 * Safe to repeat and to race: a second call finds nothing pending, and two
 * processes upgrading the same doc at once make equal writes that converge
 * (see Migration). If a migration throws, Yjs keeps what it wrote but the
 * version stays below it, so the next load runs it again.
 *
 * A doc that isTooNew() is left untouched.
 */
export function migrate(doc: Y.Doc, origin?: unknown): MigrationResult {
  const from = schemaVersionOf(doc);
  const applied: string[] = [];
  for (const migration of MIGRATIONS) {
    // Re-read each time: the version is the only record of what already ran.
    if (schemaVersionOf(doc) >= migration.version) continue;
    doc.transact(() => {
      migration.up(doc);
      metaMap(doc).set(META.schemaVersion, migration.version);
    }, origin);
    applied.push(migration.name);
  }
  return { from, to: schemaVersionOf(doc), applied };
}
