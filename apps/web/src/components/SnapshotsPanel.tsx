import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { SnapshotInfo } from '../api/apiSchemas.ts';
import { api } from '../api/endpoints.ts';
import { useLock } from '../hooks/useLock.ts';
import type { Room } from '../room/Room.ts';
import { paths } from '../router/routes.ts';
import { Dialog } from './Dialog.tsx';
import { Link } from './Link.tsx';
import { toast, toastError } from './toasts.ts';

/** The board's snapshots, newest first, and "Take snapshot" for members and up. */
export function SnapshotsPanel(props: { room: Room; canSnapshot: boolean }) {
  const { room } = props;
  const lock = useLock(room);
  const [list, setList] = useState<SnapshotInfo[] | null>(null);
  const [taking, setTaking] = useState(false);
  const reload = useCallback(() => {
    api.snapshots(room.boardId).then(setList, toastError);
  }, [room.boardId]);
  // A lock takes a snapshot on the server: list it as soon as the notice names it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new lock snapshot id means the list changed
  useEffect(reload, [reload, lock.snapshotId]);
  return (
    <section className="snapshots" aria-labelledby="snapshots-title">
      <h2 className="panel-title" id="snapshots-title">
        Snapshots
        {props.canSnapshot && (
          <button type="button" className="btn btn--small" onClick={() => setTaking(true)}>
            Take snapshot
          </button>
        )}
      </h2>
      {list === null && <p className="muted">Loading…</p>}
      {list?.length === 0 && <p className="muted">No snapshots yet. Locking the plan takes one.</p>}
      <ul className="snapshots__list">
        {[...(list ?? [])].reverse().map((s) => (
          <li key={s.id}>
            <Link href={paths.snapshot(room.boardId, s.id)} className="snapshots__link">
              <span className="snapshots__label">{s.label}</span>
              <span className="snapshots__meta">
                {new Date(s.createdAt).toLocaleString()} · @{s.createdBy}
                {s.shared ? ' · shared' : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {taking && (
        <TakeSnapshotDialog
          boardId={room.boardId}
          onDone={() => {
            setTaking(false);
            reload();
          }}
        />
      )}
    </section>
  );
}

function TakeSnapshotDialog(props: { boardId: string; onDone: () => void }) {
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api.takeSnapshot(props.boardId, label.trim() || `Snapshot ${new Date().toLocaleString()}`);
      toast('Snapshot taken.');
      props.onDone();
    } catch (error) {
      toastError(error);
      setBusy(false);
    }
  };
  return (
    <Dialog title="Take a snapshot" onClose={props.onDone}>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>Label</span>
          <input
            className="input"
            autoFocus
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            placeholder="e.g. After planning meeting"
            maxLength={200}
          />
        </label>
        <div className="dialog__actions">
          <button type="button" className="btn" onClick={props.onDone}>
            Cancel
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            Save snapshot
          </button>
        </div>
      </form>
    </Dialog>
  );
}
