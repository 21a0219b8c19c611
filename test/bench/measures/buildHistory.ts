import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { addItem, addTeam, findElement } from '@sprintboard/plan';
import * as Y from 'yjs';
import { readStoredDoc } from '../../../apps/server/src/collab/documentState.ts';
import { openStorage } from '../../../apps/server/src/storage/openStorage.ts';

/** The shape of the cold-load board. */
export interface HistoryShape {
  teams: number;
  items: number;
  /** Logged updates in all: the teams and items, then one-character edits inside items. */
  edits: number;
}

const PARTS = ['hangOver', 'high', 'low'] as const;

/** The line of an item, where typing goes. */
function itemText(doc: Y.Doc, id: string): Y.XmlText {
  const element = findElement(doc, id);
  if (!element) throw new Error(`item ${id} not found`);
  const text = element.toArray().find((child): child is Y.XmlText => child instanceof Y.XmlText);
  if (text) return text;
  const created = new Y.XmlText();
  element.insert(0, [created]);
  return created;
}

/**
 * Gives a stored board a long history, as its log would hold it after a
 * planning session: the board's stored state is read through the storage
 * API, then `teams` teams and `items` items are added with the plan's write
 * API and typing fills the rest, one update per edit (every tenth deletes).
 * The server must be stopped: the updates are written as log rows.
 */
export async function buildHistory(dataDir: string, boardId: string, shape: HistoryShape) {
  const started = performance.now();
  const storage = await openStorage({ dataDir });
  const doc = await readStoredDoc(storage, boardId);
  await storage.close();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const teams = Array.from({ length: shape.teams }, (_, i) => addTeam(doc, `Team ${i + 1}`));
  const items = Array.from({ length: shape.items }, (_, j) =>
    addItem(doc, teams[j % teams.length] ?? '', PARTS[j % PARTS.length] ?? 'high', { text: `Item ${j + 1}` }),
  );
  const lines = items.map((id) => itemText(doc, id));
  for (let k = 0; updates.length < shape.edits; k++) {
    const line = lines[k % lines.length];
    if (!line) break;
    if (k % 10 === 9 && line.length > 0) line.delete(line.length - 1, 1);
    else line.insert(line.length, String.fromCharCode(97 + (k % 26)));
  }
  const buildMs = performance.now() - started;
  writeLog(dataDir, boardId, updates);
  // Read back through the storage API: the log must be exactly what the server will load.
  const check = await openStorage({ dataDir });
  const stored = await check.readDocument(boardId);
  await check.close();
  if (stored.log.length !== updates.length) {
    throw new Error(`log holds ${stored.log.length} updates, expected ${updates.length}`);
  }
  return {
    updates: updates.length,
    logBytes: updates.reduce((sum, update) => sum + update.byteLength, 0),
    stateBytes: stored.state?.byteLength ?? 0,
    buildMs,
  };
}

/**
 * Appends the updates to the board's log in one transaction. Storage's
 * appendUpdate fsyncs each one (it acknowledges a client's edit), which
 * for 50,000 would take minutes; the rows are the same.
 */
function writeLog(dataDir: string, boardId: string, updates: Uint8Array[]): void {
  const db = new DatabaseSync(join(dataDir, 'sprintboard.db'));
  try {
    const insert = db.prepare('INSERT INTO document_updates (board_id, data) VALUES (?, ?)');
    db.exec('BEGIN IMMEDIATE');
    for (const update of updates) insert.run(boardId, update);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}
