import { useState } from 'react';
import type { Board, User } from '../api/apiSchemas.ts';
import { api } from '../api/endpoints.ts';
import { InviteDialog } from '../components/InviteDialog.tsx';
import { Link } from '../components/Link.tsx';
import { NewBoardDialog } from '../components/NewBoardDialog.tsx';
import { sprintLine } from '../components/sprintLine.ts';
import { TopBar } from '../components/TopBar.tsx';
import { toast, toastError } from '../components/toasts.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { hasRole } from '../session/session.ts';

/** / — every board, newest first; leads create boards and start next sprints. */
export function BoardsScreen(props: { user: User }) {
  const [version, setVersion] = useState(0);
  const boards = useAsync(() => api.boards(), String(version));
  const [creating, setCreating] = useState(false);
  const [inviting, setInviting] = useState(false);
  const isLead = hasRole(props.user.role, 'lead');
  const startNext = async (board: Board) => {
    try {
      const next = await api.nextSprint(board.id);
      toast(`${next.title} is ready.`);
      navigate(paths.board(next.id));
    } catch (error) {
      toastError(error);
    }
  };
  return (
    <>
      <TopBar user={props.user} />
      <main className="page">
        <header className="page__header">
          <div>
            <h1>Sprint boards</h1>
            <p className="muted">One board per sprint. Plan together, lock when the sprint starts.</p>
          </div>
          <div className="page__actions">
            {props.user.role === 'admin' && (
              <button type="button" className="btn" onClick={() => setInviting(true)}>
                Invite people
              </button>
            )}
            {isLead && (
              <button type="button" className="btn btn--primary" onClick={() => setCreating(true)}>
                New board
              </button>
            )}
          </div>
        </header>
        {boards.status === 'loading' && <p className="muted">Loading boards…</p>}
        {boards.status === 'failed' && <p className="form__error">{boards.error.message}</p>}
        {boards.status === 'done' && boards.value.length === 0 && (
          <div className="card empty">
            <h2>No boards yet</h2>
            <p className="muted">
              {isLead
                ? 'Create the first sprint’s board from the template, or import a planning issue.'
                : 'A lead creates the first board.'}
            </p>
          </div>
        )}
        {boards.status === 'done' && boards.value.length > 0 && (
          <ul className="board-list">
            {boards.value.map((board) => (
              <li key={board.id} className="board-row">
                <Link href={paths.board(board.id)} className="board-row__link">
                  <span className="board-row__sprint">{board.sprint.number ?? '–'}</span>
                  <span className="board-row__main">
                    <span className="board-row__title">{board.title}</span>
                    <span className="board-row__facts">{sprintLine(board.sprint) || 'No dates'}</span>
                  </span>
                  {board.locked ? (
                    <span
                      className="pill pill--locked"
                      title={board.lockedBy ? `Locked by @${board.lockedBy}` : undefined}
                    >
                      Locked
                    </span>
                  ) : (
                    <span className="pill pill--open">Planning</span>
                  )}
                </Link>
                {isLead && (
                  <button
                    type="button"
                    className="btn btn--ghost btn--small"
                    aria-label={`Start next sprint from ${board.title}`}
                    onClick={() => startNext(board)}
                  >
                    Next sprint →
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </main>
      {creating && (
        <NewBoardDialog
          onClose={() => {
            setCreating(false);
            setVersion((v) => v + 1);
          }}
        />
      )}
      {inviting && <InviteDialog onClose={() => setInviting(false)} />}
    </>
  );
}
