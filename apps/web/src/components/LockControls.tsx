import { useState } from 'react';
import { type ApiFinding, FindingSchema } from '../api/apiSchemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiFailure } from '../api/http.ts';
import { arrayOf, parse } from '../api/schema.ts';
import { useLock } from '../hooks/useLock.ts';
import type { Room } from '../room/Room.ts';
import { Dialog } from './Dialog.tsx';
import { toast, toastError } from './toasts.ts';

function findingsOf(error: ApiFailure): ApiFinding[] {
  try {
    return parse(arrayOf(FindingSchema), error.body.findings);
  } catch {
    return [];
  }
}

/**
 * Lock plan / Unlock plan, for leads. Locking a plan with warnings asks
 * for confirmation listing them; the server records the override.
 */
export function LockControls(props: { room: Room }) {
  const { room } = props;
  const lock = useLock(room);
  const [busy, setBusy] = useState(false);
  const [warnings, setWarnings] = useState<ApiFinding[] | null>(null);

  const doLock = async (confirm: boolean) => {
    setBusy(true);
    try {
      const { snapshotId } = await api.lock(room.boardId, confirm);
      setWarnings(null);
      room.dispatch({
        type: 'notice',
        notice: { type: 'lock', locked: true, by: null, at: null, snapshotId },
      });
      toast('The plan is locked. A snapshot “As locked” was taken.');
    } catch (error) {
      if (error instanceof ApiFailure && error.id === 'plan_has_warnings') setWarnings(findingsOf(error));
      else if (error instanceof ApiFailure && error.id === 'board_locked') {
        room.dispatch({
          type: 'notice',
          notice: { type: 'lock', locked: true, by: null, at: null, snapshotId: null },
        });
      } else toastError(error);
    } finally {
      setBusy(false);
    }
  };

  const doUnlock = async () => {
    setBusy(true);
    try {
      await api.unlock(room.boardId);
      room.dispatch({
        type: 'notice',
        notice: { type: 'lock', locked: false, by: null, at: null, snapshotId: null },
      });
      toast('The plan is unlocked.');
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {lock.locked ? (
        <button type="button" className="btn" disabled={busy} onClick={doUnlock}>
          Unlock plan
        </button>
      ) : (
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => doLock(false)}>
          Lock plan
        </button>
      )}
      {warnings && (
        <Dialog title="Lock a plan with warnings?" onClose={() => setWarnings(null)}>
          <p>
            The plan has {warnings.length || 'some'} plan-health warning{warnings.length === 1 ? '' : 's'}.
            Locking anyway is recorded in the audit log.
          </p>
          <ul className="warning-list">
            {warnings.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: findings have no ids; the list is shown once
              <li key={`${w.rule}-${i}`}>
                <span className="health__rule">{w.rule}</span> {w.message}
              </li>
            ))}
          </ul>
          <div className="dialog__actions">
            <button type="button" className="btn" onClick={() => setWarnings(null)}>
              Cancel
            </button>
            <button type="button" className="btn btn--danger" disabled={busy} onClick={() => doLock(true)}>
              Lock anyway
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
