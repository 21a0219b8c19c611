import type { User } from '../api/apiSchemas.ts';
import { api } from '../api/endpoints.ts';
import { useLock } from '../hooks/useLock.ts';
import { useMeta } from '../hooks/useMeta.ts';
import type { Room } from '../room/Room.ts';
import { hasRole } from '../session/session.ts';
import { ExportMarkdown } from './ExportMarkdown.tsx';
import { LockControls } from './LockControls.tsx';
import { NextSprintButton } from './NextSprintButton.tsx';
import { sprintLine } from './sprintLine.ts';

/** The board's title, sprint facts, presence, connection and the lead's actions. */
export function BoardHeader(props: { room: Room; user: User }) {
  const { room, user } = props;
  const meta = useMeta(room);
  const lock = useLock(room);
  const isLead = hasRole(user.role, 'lead');
  return (
    <header className="board-header">
      <div className="board-header__main">
        <h1 className="board-header__title">{meta.title || 'Untitled board'}</h1>
        <p className="board-header__facts">
          {sprintLine(meta.sprint)}
          {lock.locked ? (
            <span className="pill pill--locked">Locked</span>
          ) : (
            <span className="pill pill--open">Planning</span>
          )}
          {user.role === 'viewer' && <span className="pill">Read only</span>}
        </p>
      </div>
      <div className="board-header__actions">
        <ExportMarkdown
          load={() => api.markdown(room.boardId)}
          fileName={`${meta.title || 'sprint-plan'}.md`}
        />
        {isLead && <LockControls room={room} />}
        {isLead && <NextSprintButton boardId={room.boardId} />}
      </div>
    </header>
  );
}
