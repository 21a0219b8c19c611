import { type FormEvent, useState } from 'react';
import type { Board } from '../api/apiSchemas.ts';
import { api, type SprintInput } from '../api/endpoints.ts';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { Dialog } from './Dialog.tsx';
import { ImportReport } from './ImportReport.tsx';
import { toastError } from './toasts.ts';

function sprintOf(number: string, startsOn: string, endsOn: string): SprintInput | undefined {
  const n = Number.parseInt(number, 10);
  return Number.isFinite(n) && startsOn && endsOn ? { number: n, startsOn, endsOn } : undefined;
}

/** New board: from the template, or by pasting the Markdown of a planning issue. */
export function NewBoardDialog(props: { onClose: () => void }) {
  const [mode, setMode] = useState<'template' | 'import'>('template');
  const [title, setTitle] = useState('');
  const [number, setNumber] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [markdown, setMarkdown] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ board: Board; report: Array<Record<string, unknown>> } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const sprint = sprintOf(number, startsOn, endsOn);
      const result = await api.createBoard({
        title: title.trim() || (number ? `Sprint ${number} planning` : 'Sprint planning'),
        ...(sprint ? { sprint } : {}),
        ...(mode === 'import' ? { markdown } : {}),
      });
      if (mode === 'import') setDone(result);
      else navigate(paths.board(result.board.id));
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Dialog title="Imported" onClose={props.onClose} wide>
        <ImportReport report={done.report} />
        <div className="dialog__actions">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => navigate(paths.board(done.board.id))}
          >
            Open board
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="New board" onClose={props.onClose} wide={mode === 'import'}>
      <div className="tabs" role="tablist" aria-label="How to start">
        <button
          type="button"
          role="tab"
          aria-selected={mode === 'template'}
          onClick={() => setMode('template')}
        >
          From the template
        </button>
        <button type="button" role="tab" aria-selected={mode === 'import'} onClick={() => setMode('import')}>
          Paste a planning issue
        </button>
      </div>
      <form className="form" onSubmit={submit}>
        <label className="field">
          <span>Title</span>
          <input
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="Sprint 24 planning"
            maxLength={200}
          />
        </label>
        <div className="field-row">
          <label className="field">
            <span>Sprint number</span>
            <input
              className="input"
              type="number"
              min={0}
              value={number}
              onChange={(e) => setNumber(e.target.value)}
            />
          </label>
          <label className="field">
            <span>Starts</span>
            <input
              className="input"
              type="date"
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
            />
          </label>
          <label className="field">
            <span>Ends</span>
            <input
              className="input"
              type="date"
              value={endsOn}
              min={startsOn || undefined}
              onChange={(e) => setEndsOn(e.target.value)}
            />
          </label>
        </div>
        {mode === 'import' && (
          <label className="field">
            <span>Markdown of the planning issue</span>
            <textarea
              className="input markdown-in"
              value={markdown}
              onChange={(e) => setMarkdown(e.target.value)}
              placeholder="# Sprint 23 planning…"
              required
            />
          </label>
        )}
        <div className="dialog__actions">
          <button type="button" className="btn" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {mode === 'import' ? 'Import' : 'Create board'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
