/**
 * The board document in SQLite: compacted state in `documents`, updates
 * since then in `document_updates`. These three functions carry the
 * durability and no-lost-edit guarantees, so their locking is spelled out here.
 */
import type { SQLTagStore } from 'node:sqlite';
import { documentStateFromRow, logEntryFromRow, seqFromRow } from './rowMappers.ts';
import type { Compaction, StoredDocument } from './Storage.ts';
import { inTransaction } from './sqliteTransaction.ts';
import { validateCompaction } from './validateCompaction.ts';

/** Appends one update and returns its seq; it is on disk when this returns. */
export function appendUpdate(sql: SQLTagStore, boardId: string, update: Uint8Array): number {
  // Inside another transaction (a compaction plan calling back in) the insert would only be
  // as durable as that transaction's commit, yet be acknowledged: refuse instead.
  if (sql.db.isTransaction) throw new Error('storage: appendUpdate inside an open transaction');
  // Autocommit with synchronous = FULL: the WAL is fsynced before the insert returns,
  // i.e. before the caller's promise can resolve and the client be acknowledged.
  const row = sql.get`INSERT INTO document_updates (board_id, data) VALUES (${boardId}, ${update}) RETURNING seq`;
  if (row === undefined) throw new Error('storage: append returned no seq');
  return seqFromRow(row);
}

/** The stored state and the log after it, read from one snapshot. */
export function readDocument(sql: SQLTagStore, boardId: string): StoredDocument {
  // One read transaction: another process's compaction cannot land between reading
  // the state and reading the log (old state + pruned log would lose edits).
  return inTransaction(sql.db, 'DEFERRED', () => readStored(sql, boardId));
}

/** Replaces the state and deletes the seqs `plan` folded into it, in one commit. */
export function compact(
  sql: SQLTagStore,
  boardId: string,
  plan: (stored: StoredDocument) => Compaction,
): void {
  // IMMEDIATE holds the write lock from the read to the commit: other processes' appends
  // wait and land after it; in this process nothing runs until we return.
  inTransaction(sql.db, 'IMMEDIATE', () => {
    const stored = readStored(sql, boardId);
    if (stored.state === null) throw new Error(`compact: board ${boardId} has no document`);
    const result = plan(stored);
    const drop = validateCompaction(stored, result);
    sql.run`UPDATE documents SET state = ${result.state} WHERE board_id = ${boardId}`;
    sql.run`
      DELETE FROM document_updates
      WHERE board_id = ${boardId} AND seq IN (SELECT value FROM json_each(${JSON.stringify(drop)}))`;
  });
}

function readStored(sql: SQLTagStore, boardId: string): StoredDocument {
  const state = sql.get`SELECT state FROM documents WHERE board_id = ${boardId}`;
  const log = sql.all`SELECT seq, data FROM document_updates WHERE board_id = ${boardId} ORDER BY seq`;
  return { state: state ? documentStateFromRow(state) : null, log: log.map(logEntryFromRow) };
}
