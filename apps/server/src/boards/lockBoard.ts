import { checkPlan, type Finding } from '@sprintboard/plan';
import { lockNotice } from '../collab/LockExtension.ts';
import type { AppDeps } from '../http/AppDeps.ts';
import { conflict, notFound } from '../http/errors.ts';
import type { Board, User } from '../storage/Storage.ts';
import { readBoardPlan } from './boardDocs.ts';
import { loadRoster } from './roster.ts';
import { takeSnapshot } from './takeSnapshot.ts';

/**
 * Locks a board. In order: check plan health (409 with the findings unless
 * confirmed); record the lock; flip every open connection in every process
 * read-only and tell its client; wait for appends already in flight; take
 * the "as locked" snapshot from storage (which now holds everything that
 * was accepted); audit the lock and any overridden warnings.
 */
export async function lockBoard(
  deps: AppDeps,
  user: User,
  boardId: string,
  confirm: boolean,
): Promise<{ board: Board; snapshotId: string; findings: Finding[] }> {
  const before = await deps.storage.getBoard(boardId);
  if (!before) throw notFound('Board');
  if (before.lockedAt) throw conflict('board_locked', 'This board is locked already.');
  const findings = checkPlan(
    (await readBoardPlan(deps.storage, boardId)).view,
    await loadRoster(deps.storage),
  );
  if (findings.length > 0 && !confirm) {
    throw conflict(
      'plan_has_warnings',
      `The plan has ${findings.length} warning(s); confirm to lock anyway.`,
      {
        findings,
      },
    );
  }
  const at = new Date().toISOString();
  const board = await deps.storage.setBoardLock(boardId, { lockedBy: user.handle, lockedAt: at });
  if (!board) throw notFound('Board');
  await deps.lockBus.publish(boardId, lockNotice(true, user.handle, at, null));
  await deps.collab.persistence.settled(boardId);
  const snapshot = await takeSnapshot(deps.storage, {
    boardId,
    label: 'As locked',
    createdBy: user.handle,
    current: await readBoardPlan(deps.storage, boardId),
  });
  await deps.storage.audit({
    boardId,
    actor: user.handle,
    action: 'lock',
    detail: JSON.stringify({ snapshotId: snapshot.id }),
  });
  if (findings.length > 0) {
    await deps.storage.audit({
      boardId,
      actor: user.handle,
      action: 'override-warnings',
      detail: JSON.stringify(findings),
    });
  }
  // Tell clients which snapshot the lock took, so the banner can link to it.
  await deps.lockBus.publish(boardId, lockNotice(true, user.handle, at, snapshot.id));
  return { board, snapshotId: snapshot.id, findings };
}

/** Unlocks a board: members' connections in every process become writable again. */
export async function unlockBoard(deps: AppDeps, user: User, boardId: string): Promise<Board> {
  const existing = await deps.storage.getBoard(boardId);
  if (!existing) throw notFound('Board');
  // Unlocking an unlocked board changes nothing: no notice to reconnect clients, no audit entry.
  if (existing.lockedAt === null) return existing;
  const board = await deps.storage.setBoardLock(boardId, null);
  if (!board) throw notFound('Board');
  await deps.lockBus.publish(boardId, lockNotice(false, user.handle, new Date().toISOString(), null));
  await deps.storage.audit({ boardId, actor: user.handle, action: 'unlock', detail: null });
  return board;
}
