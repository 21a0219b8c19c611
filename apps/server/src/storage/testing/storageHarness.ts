/**
 * The two backends under the shared storage suite. Each test gets an empty,
 * migrated storage; migration tests get a database with no tables at all.
 * Every database lives only as long as the run: SQLite files in a temp dir,
 * PostgreSQL databases with random names created and dropped through the
 * `postgres` maintenance database, so parallel runs never see each other.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresStorage } from '../PostgresStorage.ts';
import { SqliteStorage } from '../SqliteStorage.ts';
import type { Storage } from '../Storage.ts';

/** The test PostgreSQL's maintenance database (trust auth); override with TEST_POSTGRES_URL. */
export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** One backend: where empty databases come from and how a storage opens on one. */
export interface StorageHarness {
  readonly kind: Storage['kind'];
  /** A migrated storage with no rows, for one test; the caller closes it. */
  emptyStorage(): Promise<Storage>;
  /** A new database without any tables; returns its location (file path or connection string). */
  freshDatabase(): Promise<string>;
  /** A storage on `location`, not migrated yet; the caller closes it. */
  open(location: string): Storage;
  /** Deletes every database this harness created. */
  dispose(): Promise<void>;
}

/** SQLite: a new file per database in one temp dir, so "empty" is simply "new". */
export function sqliteHarness(): StorageHarness {
  let dir: string | undefined;
  let files = 0;
  const harness: StorageHarness = {
    kind: 'sqlite',
    async emptyStorage() {
      const storage = harness.open(await harness.freshDatabase());
      await storage.migrate();
      return storage;
    },
    async freshDatabase() {
      dir ??= await mkdtemp(join(tmpdir(), 'sprintboard-storage-'));
      files += 1;
      return join(dir, `${files}.db`);
    },
    open: (location) => new SqliteStorage(location),
    async dispose() {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * PostgreSQL: creating a database costs ~40 ms, so tests share one migrated
 * database emptied before each; only migration tests create more.
 */
export function postgresHarness(adminUrl: string = POSTGRES_ADMIN_URL): StorageHarness {
  const created: string[] = [];
  let admin: pg.Client | undefined;
  let shared: { url: string; client: pg.Client } | undefined;

  const urlOf = (database: string): string => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };

  const harness: StorageHarness = {
    kind: 'postgres',
    async emptyStorage() {
      if (!shared) {
        const url = await harness.freshDatabase();
        const setup = harness.open(url);
        await setup.migrate();
        await setup.close();
        const client = new pg.Client(url);
        await client.connect();
        shared = { url, client };
      }
      // Every table but schema_migrations, whatever later migrations add. DELETE in one
      // transaction (one commit) is far cheaper than TRUNCATE on tiny tables; with foreign-key
      // triggers off for it, the order of the tables does not matter.
      const { rows } = await shared.client.query<Record<string, unknown>>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'",
      );
      const deletes = rows.map((row) => `DELETE FROM ${pg.escapeIdentifier(String(row.tablename))};`);
      await shared.client.query(
        `BEGIN; SET LOCAL session_replication_role = replica; ${deletes.join(' ')} COMMIT;`,
      );
      return harness.open(shared.url);
    },
    async freshDatabase() {
      if (!admin) {
        admin = new pg.Client(adminUrl);
        await admin.connect();
      }
      const name = `sprintboard_test_${randomBytes(6).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${name}`);
      created.push(name);
      return urlOf(name);
    },
    open: (location) => new PostgresStorage(location),
    async dispose() {
      await shared?.client.end();
      if (!admin) return;
      for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
  return harness;
}
