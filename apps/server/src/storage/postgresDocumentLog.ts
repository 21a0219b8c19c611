/**
 * The board document in PostgreSQL: compacted state in `documents`, updates
 * since then in `document_updates`. These three functions carry the
 * durability and no-lost-edit guarantees, so their locking is spelled out here.
 */
import type pg from 'pg';
import { first, type Queryable, returned, rows } from './postgresQueries.ts';
import { inTransaction } from './postgresTransaction.ts';
import { documentStateFromRow, logEntryFromRow, seqFromRow } from './rowMappers.ts';
import type { Compaction, StoredDocument } from './Storage.ts';
import { validateCompaction } from './validateCompaction.ts';

/** Appends one update and returns its seq once it is committed (and so flushed). */
export async function appendUpdate(pool: pg.Pool, boardId: string, update: Uint8Array): Promise<number> {
  // Autocommit. It takes no lock on the document row, so it never waits for a compaction.
  const sql = 'INSERT INTO document_updates (board_id, data) VALUES ($1, $2) RETURNING seq';
  return seqFromRow(await returned(pool, sql, [boardId, update]));
}

/** The stored state and the log after it, read from one snapshot. */
export async function readDocument(pool: pg.Pool, boardId: string): Promise<StoredDocument> {
  // REPEATABLE READ: a compaction committing between the two reads would otherwise
  // pair the old state with the pruned log and lose the dropped edits.
  return inTransaction(
    pool,
    (client) => readStored(client, boardId, ''),
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/** Replaces the state and deletes the seqs `plan` folded into it, in one commit. */
export async function compact(
  pool: pg.Pool,
  boardId: string,
  plan: (stored: StoredDocument) => Compaction,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    // FOR UPDATE on the document row serializes compactions of one board: a second one
    // waits here and, at READ COMMITTED, then reads the first one's new state and log.
    // Appends committing after our log read are not in `drop`, so they survive.
    const stored = await readStored(client, boardId, 'FOR UPDATE');
    if (stored.state === null) throw new Error(`compact: board ${boardId} has no document`);
    const result = plan(stored);
    const drop = validateCompaction(stored, result);
    await client.query('UPDATE documents SET state = $2 WHERE board_id = $1', [boardId, result.state]);
    await client.query('DELETE FROM document_updates WHERE board_id = $1 AND seq = ANY($2::bigint[])', [
      boardId,
      drop,
    ]);
  });
}

async function readStored(db: Queryable, boardId: string, lock: '' | 'FOR UPDATE'): Promise<StoredDocument> {
  const state = await first(db, `SELECT state FROM documents WHERE board_id = $1 ${lock}`, [boardId]);
  const log = await rows(db, 'SELECT seq, data FROM document_updates WHERE board_id = $1 ORDER BY seq', [
    boardId,
  ]);
  return { state: state ? documentStateFromRow(state) : null, log: log.map(logEntryFromRow) };
}
