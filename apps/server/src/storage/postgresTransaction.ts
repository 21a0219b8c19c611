import type { Pool, PoolClient } from 'pg';

/**
 * Keys of the transaction-scoped advisory locks Sprintboard takes, in one
 * place so they stay distinct. Arbitrary constants (bigint, as text for pg).
 */
export const ADVISORY_LOCKS = {
  /** Held by migrate(): one process applies the steps, the others wait and find nothing to do. */
  migrate: '7310500001',
  /** Held by createFirstUser(): serializes "no account yet? then create the admin". */
  firstUser: '7310500002',
} as const;

/** How a transaction starts: read-write at READ COMMITTED, or a read-only consistent snapshot. */
export type TransactionMode = 'BEGIN' | 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/**
 * Runs `fn` between BEGIN and COMMIT on one pooled connection and rolls back
 * on any error. A connection whose ROLLBACK failed is in an unknown state, so
 * it is destroyed instead of going back to the pool.
 */
export async function inTransaction<T>(
  pool: Pool,
  fn: (client: PoolClient) => Promise<T>,
  mode: TransactionMode = 'BEGIN',
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query(mode);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true;
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
