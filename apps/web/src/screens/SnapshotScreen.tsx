import type { User } from '../api/apiSchemas.ts';
import { api } from '../api/endpoints.ts';
import { DiffPanel } from '../components/DiffPanel.tsx';
import { ExportMarkdown } from '../components/ExportMarkdown.tsx';
import { Link } from '../components/Link.tsx';
import { PlanViewDocument } from '../components/PlanViewDocument.tsx';
import { ShareControls } from '../components/ShareControls.tsx';
import { sprintLine } from '../components/sprintLine.ts';
import { TopBar } from '../components/TopBar.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { paths } from '../router/routes.ts';
import { hasRole } from '../session/session.ts';
import { ErrorPage } from './ErrorPage.tsx';

/** /b/:id/s/:snapshotId — a snapshot, read-only, with its diff, export and share link. */
export function SnapshotScreen(props: { boardId: string; snapshotId: string; user: User }) {
  const snapshot = useAsync(() => api.snapshot(props.snapshotId), props.snapshotId);
  const others = useAsync(() => api.snapshots(props.boardId), props.boardId);
  if (snapshot.status === 'failed') return <ErrorPage user={props.user} error={snapshot.error} />;
  if (snapshot.status === 'loading') return <TopBar user={props.user} />;
  const s = snapshot.value;
  const siblings = others.status === 'done' ? others.value.filter((o) => o.id !== s.id) : [];
  return (
    <>
      <TopBar user={props.user} />
      <div className="board">
        <header className="board-header">
          <div className="board-header__main">
            <p className="crumbs">
              <Link href={paths.board(s.boardId)}>← {s.plan.title || 'Board'}</Link>
            </p>
            <h1 className="board-header__title">{s.label}</h1>
            <p className="board-header__facts">
              <span className="pill pill--snapshot">Snapshot · read-only</span>
              {new Date(s.createdAt).toLocaleString()} by @{s.createdBy}
              {sprintLine(s.plan.sprint) && ` · ${sprintLine(s.plan.sprint)}`}
            </p>
          </div>
          <div className="board-header__actions">
            <ExportMarkdown
              load={() => api.snapshotMarkdown(s.id)}
              fileName={`${s.plan.title || 'sprint-plan'} - ${s.label}.md`}
            />
          </div>
        </header>
        <div className="board__layout">
          <PlanViewDocument plan={s.plan} />
          <aside className="board__aside">
            {hasRole(props.user.role, 'lead') && <ShareControls snapshotId={s.id} shared={s.shared} />}
            <DiffPanel snapshotId={s.id} others={siblings} />
          </aside>
        </div>
      </div>
    </>
  );
}
