/**
 * The PostgreSQL schema as versioned steps (same versions and names as
 * SQLITE_MIGRATIONS), and the runner. Binary is bytea, instants timestamptz,
 * calendar dates text (pg would turn a `date` into a local-midnight Date).
 */
import type { Pool } from 'pg';
import type { Migration } from './Migration.ts';
import { ADVISORY_LOCKS, inTransaction } from './postgresTransaction.ts';
import { migrationVersionFromRow } from './rowMappers.ts';

/** Every PostgreSQL migration, in order. Append only. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'CreateAccounts',
    sql: `
      CREATE TABLE users (
        id text PRIMARY KEY,
        handle text NOT NULL UNIQUE,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'lead', 'member', 'viewer')),
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE TABLE sessions (
        token_hash text PRIMARY KEY,
        user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_user_id ON sessions (user_id);
      CREATE TABLE invites (
        token_hash text PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('admin', 'lead', 'member', 'viewer')),
        created_by text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );`,
  },
  {
    version: 2,
    name: 'CreateRoster',
    sql: `
      CREATE TABLE people (
        handle text PRIMARY KEY,
        name text NOT NULL,
        discipline text NOT NULL CHECK (discipline IN ('engineering', 'design', 'product', 'other')),
        support_hero boolean NOT NULL DEFAULT false
      );`,
  },
  {
    version: 3,
    name: 'CreateBoards',
    sql: `
      CREATE TABLE boards (
        id text PRIMARY KEY,
        title text NOT NULL,
        sprint_number integer,
        starts_on text,
        ends_on text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        locked_at timestamptz,
        locked_by text
      );`,
  },
  {
    version: 4,
    name: 'CreateDocumentLog',
    sql: `
      CREATE TABLE documents (
        board_id text PRIMARY KEY REFERENCES boards (id),
        state bytea NOT NULL
      );
      CREATE TABLE document_updates (
        seq bigserial PRIMARY KEY,
        board_id text NOT NULL REFERENCES boards (id),
        data bytea NOT NULL
      );
      CREATE INDEX document_updates_board_seq ON document_updates (board_id, seq);`,
  },
  {
    version: 5,
    name: 'CreateSnapshots',
    sql: `
      CREATE TABLE snapshots (
        id text PRIMARY KEY,
        board_id text NOT NULL REFERENCES boards (id),
        label text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        state bytea NOT NULL,
        plan_json text NOT NULL,
        share_token_hash text UNIQUE
      );
      CREATE INDEX snapshots_board ON snapshots (board_id, created_at);`,
  },
  {
    version: 6,
    name: 'CreateAudit',
    // No foreign key: the audit trail outlives whatever it talks about.
    sql: `
      CREATE TABLE audit (
        id bigserial PRIMARY KEY,
        board_id text NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        detail text,
        at timestamptz NOT NULL
      );
      CREATE INDEX audit_board ON audit (board_id, at, id);`,
  },
];

/**
 * Applies the pending migrations in one transaction. The advisory lock comes
 * first: without it, two processes starting together both run
 * `CREATE TABLE IF NOT EXISTS schema_migrations` and one fails on the catalog's
 * unique index; with it, the second waits and then finds nothing to do.
 */
export async function migratePostgres(pool: Pool): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [ADVISORY_LOCKS.migrate]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map(migrationVersionFromRow));
    for (const migration of POSTGRES_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
  });
}
