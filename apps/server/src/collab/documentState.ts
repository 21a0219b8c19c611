import * as Y from 'yjs';
import type { Storage, StoredDocument } from '../storage/Storage.ts';

/**
 * How a board's document is read from and folded back into storage. A
 * long log is applied to one Y.Doc inside one transaction — never with
 * Y.mergeUpdates, which is orders of magnitude slower on 50k updates.
 */

/** Applies the stored state and every logged update to `doc`, in one transaction. */
export async function loadInto(
  storage: Storage,
  boardId: string,
  doc: Y.Doc,
  origin: unknown,
): Promise<void> {
  applyStored(doc, await storage.readDocument(boardId), origin);
}

function applyStored(doc: Y.Doc, stored: StoredDocument, origin: unknown): void {
  doc.transact(() => {
    if (stored.state) Y.applyUpdate(doc, stored.state, origin);
    for (const entry of stored.log) Y.applyUpdate(doc, entry.update, origin);
  }, origin);
}

/** A fresh Y.Doc holding everything stored for the board (for snapshots of unloaded boards, tests). */
export async function readStoredDoc(storage: Storage, boardId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  await loadInto(storage, boardId, doc, null);
  return doc;
}

/**
 * Folds the log into the stored state. The new state is the union of what
 * is stored, every logged update and this process' live doc, so nothing
 * durable is ever dropped — even when another process logged updates this
 * one has not seen yet, or compacted in between.
 */
export async function compactDocument(storage: Storage, boardId: string, live: Y.Doc): Promise<void> {
  const liveState = Y.encodeStateAsUpdate(live);
  await storage.compact(boardId, (stored) => {
    const merged = new Y.Doc();
    applyStored(merged, stored, null);
    Y.applyUpdate(merged, liveState);
    const state = Y.encodeStateAsUpdate(merged);
    merged.destroy();
    return { state, drop: stored.log.map((entry) => entry.seq) };
  });
}
