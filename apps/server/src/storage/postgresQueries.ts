/**
 * Statement helpers of PostgresStorage and the queries it runs from more
 * than one method (inside a transaction or on the pool).
 */
import type pg from 'pg';
import { type Row, userFromRow } from './rowMappers.ts';
import { ConflictError, type User, type UserWithSecret } from './Storage.ts';

/** Anything that runs a query: the pool (autocommit) or a client inside a transaction. */
export type Queryable = Pick<pg.PoolClient, 'query'>;

/** PostgreSQL's SQLSTATE for unique_violation. */
const UNIQUE_VIOLATION = '23505';

/** Awaits `write`, turning a unique violation into a ConflictError about `what`. */
export async function unique<T>(what: string, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === UNIQUE_VIOLATION) {
      throw new ConflictError(`${what} is already taken`, { cause: error });
    }
    throw error;
  }
}

/** Every row of a query, values still unchecked (`unknown`) until a row mapper reads them. */
export async function rows(db: Queryable, sql: string, params: unknown[] = []): Promise<Row[]> {
  return (await db.query<Row>(sql, params)).rows;
}

/** The first row of a query, or undefined. */
export async function first(db: Queryable, sql: string, params: unknown[] = []): Promise<Row | undefined> {
  return (await rows(db, sql, params))[0];
}

/** The row an INSERT/UPDATE … RETURNING must have produced. */
export async function returned(db: Queryable, sql: string, params: unknown[]): Promise<Row> {
  const row = await first(db, sql, params);
  if (row === undefined) throw new Error('storage: statement returned no row');
  return row;
}

/** Timestamps written by the server: `toISOString()` form, like SQLite's. */
export const now = (): string => new Date().toISOString();

/** A snapshot's columns without its payload; `shared` says whether a share link exists. */
export const SNAPSHOT_COLUMNS =
  'id, board_id, label, created_at, created_by, share_token_hash IS NOT NULL AS shared';

/**
 * Inserts the account and, in the same statement, its roster entry if missing:
 * a data-modifying CTE runs exactly once even though nothing reads it.
 */
export async function insertUser(db: Queryable, user: Omit<UserWithSecret, 'createdAt'>): Promise<User> {
  const row = await unique(
    `handle or id of ${user.handle}`,
    returned(
      db,
      `WITH account AS (
         INSERT INTO users (id, handle, name, role, password_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, handle, name, role, created_at
       ), roster AS (
         INSERT INTO people (handle, name, discipline, support_hero) VALUES ($2, $3, 'other', false)
         ON CONFLICT (handle) DO NOTHING
       )
       SELECT * FROM account`,
      [user.id, user.handle, user.name, user.role, user.passwordHash, now()],
    ),
  );
  return userFromRow(row);
}
