import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from './openStorage.ts';
import { postgresHarness } from './testing/storageHarness.ts';

describe('openStorage', () => {
  const postgres = postgresHarness();
  afterAll(async () => {
    await postgres.dispose();
  });

  it('opens SQLite in dataDir (creating it) and migrates', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sprintboard-open-'));
    const dataDir = join(root, 'nested', 'data');
    const storage = await openStorage({ dataDir });
    try {
      expect(storage.kind).toBe('sqlite');
      expect(existsSync(join(dataDir, 'sprintboard.db'))).toBe(true);
      expect(await storage.countUsers()).toBe(0);
    } finally {
      await storage.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  it('opens PostgreSQL when databaseUrl is set and migrates', async () => {
    const storage = await openStorage({
      databaseUrl: await postgres.freshDatabase(),
      dataDir: '/nonexistent',
    });
    try {
      expect(storage.kind).toBe('postgres');
      expect(await storage.countUsers()).toBe(0);
    } finally {
      await storage.close();
    }
  });
});
