import { useRoomState } from '../hooks/useRoomState.ts';
import type { Room } from '../room/Room.ts';
import { connectionView } from '../room/roomState.ts';
import { paths } from '../router/routes.ts';

/** Connecting / Connected / Offline / Synced, always visible, with what went wrong. */
export function ConnectionBadge(props: { room: Room }) {
  const view = connectionView(useRoomState(props.room));
  return (
    <span
      className={`connection connection--${view.kind}`}
      aria-live="polite"
      title={view.detail ?? view.label}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{view.label}</span>
      {view.kind === 'offline' && view.detail && <span className="connection__detail">{view.detail}</span>}
      {view.action === 'login' && (
        <a className="connection__action" href={paths.login(window.location.pathname)}>
          Sign in
        </a>
      )}
      {view.action === 'reload' && (
        <button type="button" className="connection__action" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
    </span>
  );
}
