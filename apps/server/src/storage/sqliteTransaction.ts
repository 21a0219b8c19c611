import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `fn` between BEGIN and COMMIT and rolls back on any error. `fn` must
 * be synchronous: the connection is shared by the whole process, and an
 * await inside would let other calls run inside this transaction.
 * IMMEDIATE takes the write lock up front — use it whenever the transaction
 * reads and then writes, so another process cannot write in between (and no
 * deadlock-prone lock upgrade happens). DEFERRED is for consistent reads.
 */
export function inTransaction<T>(db: DatabaseSync, mode: 'DEFERRED' | 'IMMEDIATE', fn: () => T): T {
  db.exec(`BEGIN ${mode}`);
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
