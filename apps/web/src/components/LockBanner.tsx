import { useLock } from '../hooks/useLock.ts';
import type { Room } from '../room/Room.ts';
import { paths } from '../router/routes.ts';
import { Link } from './Link.tsx';

/** The banner every open browser shows while the plan is locked. */
export function LockBanner(props: { room: Room }) {
  const lock = useLock(props.room);
  if (!lock.locked) return null;
  const when = lock.at ? new Date(lock.at).toLocaleString() : null;
  return (
    <div className="banner banner--locked" role="status">
      <span aria-hidden="true">🔒</span>
      <span>
        This plan is locked{lock.by ? ` by @${lock.by}` : ''}
        {when ? ` on ${when}` : ''}. The sprint has started: it is read-only for everyone.
      </span>
      {lock.snapshotId && (
        <Link className="banner__link" href={paths.snapshot(props.room.boardId, lock.snapshotId)}>
          View the snapshot as locked
        </Link>
      )}
    </div>
  );
}
