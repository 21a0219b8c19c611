import { api } from '../api/endpoints.ts';
import { ExportMarkdown } from '../components/ExportMarkdown.tsx';
import { PlanViewDocument } from '../components/PlanViewDocument.tsx';
import { sprintLine } from '../components/sprintLine.ts';
import { useAsync } from '../hooks/useAsync.ts';

/** /s/:token — a shared snapshot, for anyone with the link (no account). */
export function SharedScreen(props: { token: string }) {
  const snapshot = useAsync(() => api.shared(props.token), props.token);
  return (
    <>
      <header className="topbar">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Sprintboard
        </span>
      </header>
      {snapshot.status === 'loading' && <p className="center-page muted">Loading…</p>}
      {snapshot.status === 'failed' && (
        <main className="center-page">
          <div className="card card--narrow">
            <h1>This link does not work</h1>
            <p className="muted">It may have been revoked. Ask whoever shared it for a new one.</p>
          </div>
        </main>
      )}
      {snapshot.status === 'done' && (
        <div className="board board--shared">
          <header className="board-header">
            <div className="board-header__main">
              <h1 className="board-header__title">{snapshot.value.plan.title}</h1>
              <p className="board-header__facts">
                <span className="pill pill--snapshot">Read-only snapshot</span>
                {snapshot.value.label} · {new Date(snapshot.value.createdAt).toLocaleString()}
                {sprintLine(snapshot.value.plan.sprint) && ` · ${sprintLine(snapshot.value.plan.sprint)}`}
              </p>
            </div>
            <div className="board-header__actions">
              <ExportMarkdown
                load={() => api.sharedMarkdown(props.token)}
                fileName={`${snapshot.value.plan.title || 'sprint-plan'}.md`}
              />
            </div>
          </header>
          <div className="board__layout board__layout--single">
            <PlanViewDocument plan={snapshot.value.plan} />
          </div>
        </div>
      )}
    </>
  );
}
