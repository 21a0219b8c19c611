import { useEffect, useMemo, useState } from 'react';
import type { User } from '../api/apiSchemas.ts';
import { api } from '../api/endpoints.ts';
import { BoardContext, type BoardContextValue } from '../components/BoardContext.tsx';
import { BoardDocument } from '../components/BoardDocument.tsx';
import { BoardHeader } from '../components/BoardHeader.tsx';
import { ConnectionBadge } from '../components/ConnectionBadge.tsx';
import { HealthSummary } from '../components/HealthSummary.tsx';
import { LockBanner } from '../components/LockBanner.tsx';
import { PresenceBar } from '../components/PresenceBar.tsx';
import { SnapshotsPanel } from '../components/SnapshotsPanel.tsx';
import { SuggestionMenuView } from '../components/SuggestionMenuView.tsx';
import { TopBar } from '../components/TopBar.tsx';
import { HealthStore } from '../health/findingsStore.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useCanWrite } from '../hooks/useCanWrite.ts';
import { useHealth } from '../hooks/useHealth.ts';
import { usePlanView } from '../hooks/usePlanView.ts';
import { useRoom } from '../hooks/useRoom.ts';
import { useRoster } from '../hooks/useRoster.ts';
import type { Room } from '../room/Room.ts';
import { hasRole } from '../session/session.ts';
import { ErrorPage } from './ErrorPage.tsx';

/** /b/:id — the live board: every section, edited together. */
export function BoardScreen(props: { boardId: string; user: User }) {
  const room = useRoom(props.boardId, props.user);
  const board = useAsync(() => api.board(props.boardId), props.boardId);
  useEffect(() => {
    if (room && board.status === 'done') {
      const { locked, lockedBy, lockedAt } = board.value;
      room.applyBoardRow({ locked, by: lockedBy, at: lockedAt, snapshotId: null });
    }
  }, [room, board]);
  if (board.status === 'failed') return <ErrorPage user={props.user} error={board.error} />;
  if (!room) return <TopBar user={props.user} />;
  return <LiveBoard room={room} user={props.user} />;
}

function LiveBoard(props: { room: Room; user: User }) {
  const { room, user } = props;
  const people = useRoster();
  const view = usePlanView(room);
  const [health] = useState(() => new HealthStore());
  const { findings } = useHealth(health);
  useEffect(() => {
    if (view) health.check(view, people);
  }, [health, view, people]);
  const canEdit = useCanWrite(room, hasRole(user.role, 'member'));
  const isLead = hasRole(user.role, 'lead');
  const context = useMemo<BoardContextValue>(
    () => ({ room, user, people, health, canEdit, isLead }),
    [room, user, people, health, canEdit, isLead],
  );
  return (
    <BoardContext.Provider value={context}>
      <TopBar user={user}>
        <div className="topbar__board">
          <PresenceBar room={room} />
          <ConnectionBadge room={room} />
        </div>
      </TopBar>
      <div className={`board${canEdit ? '' : ' board--readonly'}`}>
        <BoardHeader room={room} user={user} />
        <LockBanner room={room} />
        <div className="board__layout">
          <BoardDocument view={view} />
          <aside className="board__aside" aria-label="Plan health and snapshots">
            <HealthSummary findings={findings} />
            <SnapshotsPanel room={room} canSnapshot={hasRole(user.role, 'member')} />
          </aside>
        </div>
      </div>
      <SuggestionMenuView />
    </BoardContext.Provider>
  );
}
