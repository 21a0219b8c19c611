import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactDocument, readStoredDoc } from '../../../apps/server/src/collab/documentState.ts';
import { openStorage } from '../../../apps/server/src/storage/openStorage.ts';
import type { BenchConfig } from '../config.ts';
import { DriverProcess } from '../drivers/driverProcess.ts';
import type { SyncProbeResult } from '../drivers/messages.ts';
import { seedBoard, startOurs } from '../servers/targets.ts';
import { type BrowserResult, hasWebBuild, measureBrowser, WEB_DIST } from './browser.ts';
import { buildHistory } from './buildHistory.ts';
import { sampleProc } from './procStats.ts';

/** Figure 3 (and 6, which runs on the same board). */
export interface ColdLoadResult {
  teams: number;
  items: number;
  loggedUpdates: number;
  logBytes: number;
  buildMs: number;
  /** Fresh server process, board only in storage (state + the whole log). */
  fromLog: Omit<SyncProbeResult, 'type'> & { serverRssMb: number };
  /** compactDocument on that storage, run here (the server is stopped). */
  compaction: { loadMs: number; compactMs: number; stateBytes: number; logAfter: number };
  /** Fresh server process on the compacted storage. */
  fromCompacted: Omit<SyncProbeResult, 'type'>;
}

async function probe(wsUrl: string, boardId: string, token: string): Promise<Omit<SyncProbeResult, 'type'>> {
  const driver = DriverProcess.start();
  try {
    const { type: _probed, ...result } = await driver.request(
      { type: 'syncProbe', wsUrl, room: boardId, token, timeoutMs: 60_000 },
      'probed',
      120_000,
    );
    return result;
  } finally {
    await driver.stop();
  }
}

/** Copies the SQLite database (closed, so no WAL to carry) to a new directory. */
async function copyDatabase(from: string): Promise<string> {
  const to = await mkdtemp(join(tmpdir(), 'sprintboard-bench-compacted-'));
  for (const name of await readdir(from)) {
    if (name.startsWith('sprintboard.db')) await copyFile(join(from, name), join(to, name));
  }
  return to;
}

/**
 * Builds the board (server stopped), then: a fresh server loads it from its
 * log for a first client; compaction is timed on a copy of the storage; a
 * fresh server on the compacted copy serves a first client again, and the
 * browser figure opens the board there.
 */
export async function measureColdLoad(
  config: BenchConfig,
  env: Record<string, string>,
  withBrowser: boolean,
): Promise<{ cold: ColdLoadResult; browser: BrowserResult | null }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sprintboard-bench-cold-'));
  let compactedDir: string | undefined;
  try {
    const seeding = await startOurs(dataDir, env);
    const { tokens, boardId } = await seedBoard(seeding.url, 'Cold-load board').finally(() => seeding.stop());
    const built = await buildHistory(dataDir, boardId, {
      teams: config.coldTeams,
      items: config.coldItems,
      edits: config.coldEdits,
    });
    compactedDir = await copyDatabase(dataDir);

    const fromLogServer = await startOurs(dataDir, env);
    let fromLog: ColdLoadResult['fromLog'];
    try {
      const probed = await probe(fromLogServer.wsUrl, boardId, tokens.member);
      const pid = fromLogServer.process.pid ?? 0;
      fromLog = { ...probed, serverRssMb: sampleProc(pid).rssBytes / 2 ** 20 };
    } finally {
      await fromLogServer.stop();
    }

    const storage = await openStorage({ dataDir: compactedDir });
    let compaction: ColdLoadResult['compaction'];
    try {
      const loadStarted = performance.now();
      const doc = await readStoredDoc(storage, boardId);
      const compactStarted = performance.now();
      await compactDocument(storage, boardId, doc);
      const compactMs = performance.now() - compactStarted;
      const after = await storage.readDocument(boardId);
      compaction = {
        loadMs: compactStarted - loadStarted,
        compactMs,
        stateBytes: after.state?.byteLength ?? 0,
        logAfter: after.log.length,
      };
    } finally {
      await storage.close();
    }

    const compactedServer = await startOurs(
      compactedDir,
      hasWebBuild() ? { ...env, WEB_DIR: WEB_DIST } : env,
    );
    try {
      const fromCompacted = await probe(compactedServer.wsUrl, boardId, tokens.member);
      const browser = withBrowser
        ? await measureBrowser(compactedServer.url, boardId, {
            handle: 'lena-lead',
            password: 'correct horse 1',
          })
        : null;
      return {
        cold: {
          teams: config.coldTeams,
          items: config.coldItems,
          loggedUpdates: built.updates,
          logBytes: built.logBytes,
          buildMs: built.buildMs,
          fromLog,
          compaction,
          fromCompacted,
        },
        browser,
      };
    } finally {
      await compactedServer.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    if (compactedDir) await rm(compactedDir, { recursive: true, force: true });
  }
}
