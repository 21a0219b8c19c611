import * as Y from 'yjs';
import { newRowId } from '../auth/tokens.ts';
import type { Snapshot, Storage } from '../storage/Storage.ts';
import type { BoardPlan } from './boardDocs.ts';

/** Stores an immutable snapshot of a board's plan as read at this moment. */
export async function takeSnapshot(
  storage: Storage,
  input: { boardId: string; label: string; createdBy: string; current: BoardPlan },
): Promise<Snapshot> {
  const snapshot = await storage.createSnapshot({
    id: newRowId(),
    boardId: input.boardId,
    label: input.label,
    createdAt: new Date().toISOString(),
    createdBy: input.createdBy,
    state: Y.encodeStateAsUpdate(input.current.doc),
    planJson: JSON.stringify(input.current.view),
  });
  await storage.audit({
    boardId: input.boardId,
    actor: input.createdBy,
    action: 'snapshot',
    detail: JSON.stringify({ snapshotId: snapshot.id, label: input.label }),
  });
  return snapshot;
}
