import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PostgresStorage } from './PostgresStorage.ts';
import { SqliteStorage } from './SqliteStorage.ts';
import type { Storage } from './Storage.ts';

/**
 * Opens the server's storage and brings its schema up to date: PostgreSQL
 * when `databaseUrl` is set (needed for several processes on several hosts),
 * otherwise SQLite at `${dataDir}/sprintboard.db`. Resolves only after
 * migrate(), so no request ever meets a half-created schema.
 */
export async function openStorage(config: { databaseUrl?: string; dataDir: string }): Promise<Storage> {
  let storage: Storage;
  if (config.databaseUrl) {
    storage = new PostgresStorage(config.databaseUrl);
  } else {
    await mkdir(config.dataDir, { recursive: true });
    storage = new SqliteStorage(join(config.dataDir, 'sprintboard.db'));
  }
  try {
    await storage.migrate();
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}
