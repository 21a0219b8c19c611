/**
 * The SQLite schema as versioned steps, and the runner. Tables are STRICT so
 * a value of the wrong type is refused on write. Timestamps are ISO TEXT
 * (always `toISOString()` form, so TEXT order is time order); booleans are 0/1.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Migration } from './Migration.ts';
import { migrationVersionFromRow } from './rowMappers.ts';
import { inTransaction } from './sqliteTransaction.ts';

/** Every SQLite migration, in order. Append only. */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'CreateAccounts',
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        handle TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'lead', 'member', 'viewer')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        expires_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_user_id ON sessions (user_id);
      CREATE TABLE invites (
        token_hash TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('admin', 'lead', 'member', 'viewer')),
        created_by TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      ) STRICT;`,
  },
  {
    version: 2,
    name: 'CreateRoster',
    sql: `
      CREATE TABLE people (
        handle TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        discipline TEXT NOT NULL CHECK (discipline IN ('engineering', 'design', 'product', 'other')),
        support_hero INTEGER NOT NULL DEFAULT 0 CHECK (support_hero IN (0, 1))
      ) STRICT;`,
  },
  {
    version: 3,
    name: 'CreateBoards',
    // starts_on/ends_on are calendar dates (YYYY-MM-DD), not instants: kept as text in both dialects.
    sql: `
      CREATE TABLE boards (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        sprint_number INTEGER,
        starts_on TEXT,
        ends_on TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        locked_at TEXT,
        locked_by TEXT
      ) STRICT;`,
  },
  {
    version: 4,
    name: 'CreateDocumentLog',
    // AUTOINCREMENT: a seq is never reused, even after compaction deleted the highest one.
    sql: `
      CREATE TABLE documents (
        board_id TEXT PRIMARY KEY REFERENCES boards (id),
        state BLOB NOT NULL
      ) STRICT;
      CREATE TABLE document_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        board_id TEXT NOT NULL REFERENCES boards (id),
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX document_updates_board_seq ON document_updates (board_id, seq);`,
  },
  {
    version: 5,
    name: 'CreateSnapshots',
    sql: `
      CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        board_id TEXT NOT NULL REFERENCES boards (id),
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        state BLOB NOT NULL,
        plan_json TEXT NOT NULL,
        share_token_hash TEXT UNIQUE
      ) STRICT;
      CREATE INDEX snapshots_board ON snapshots (board_id, created_at);`,
  },
  {
    version: 6,
    name: 'CreateAudit',
    // No foreign key: the audit trail outlives whatever it talks about.
    sql: `
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        board_id TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_board ON audit (board_id, at, id);`,
  },
];

/**
 * Applies the pending migrations in one transaction. BEGIN IMMEDIATE takes
 * the write lock before reading `schema_migrations`, so a second process
 * starting at the same moment waits (busy_timeout) and then finds nothing
 * left to do instead of running a step twice.
 */
export function migrateSqlite(db: DatabaseSync): void {
  inTransaction(db, 'IMMEDIATE', () => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`);
    const applied = new Set(
      db.prepare('SELECT version FROM schema_migrations').all().map(migrationVersionFromRow),
    );
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of SQLITE_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  });
}
