import { useState } from 'react';
import type { SnapshotInfo } from '../api/apiSchemas.ts';
import { api } from '../api/endpoints.ts';
import { useAsync } from '../hooks/useAsync.ts';

const KIND_CLASS: Record<string, string> = { added: 'diff--added', removed: 'diff--removed' };

function toneOf(kind: string): string {
  const suffix = kind.split('-').at(-1) ?? '';
  return KIND_CLASS[suffix] ?? 'diff--changed';
}

/** What changed from this snapshot to the live board or another snapshot. */
export function DiffPanel(props: { snapshotId: string; others: readonly SnapshotInfo[] }) {
  const [against, setAgainst] = useState('live');
  const changes = useAsync(() => api.diff(props.snapshotId, against), `${props.snapshotId}:${against}`);
  return (
    <section className="diff" aria-labelledby="diff-title">
      <h2 className="panel-title" id="diff-title">
        Changes since this snapshot
      </h2>
      <label className="field field--inline">
        <span>Compare with</span>
        <select
          className="input"
          value={against}
          onChange={(e) => setAgainst(e.target.value)}
          aria-label="Compare with"
        >
          <option value="live">The live board</option>
          {props.others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label} ({new Date(s.createdAt).toLocaleString()})
            </option>
          ))}
        </select>
      </label>
      {changes.status === 'loading' && <p className="muted">Comparing…</p>}
      {changes.status === 'failed' && <p className="form__error">{changes.error.message}</p>}
      {changes.status === 'done' && changes.value.length === 0 && <p className="muted">No changes.</p>}
      {changes.status === 'done' && changes.value.length > 0 && (
        <ul className="diff__list" aria-label="Changes">
          {changes.value.map((change, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a diff is recomputed whole, never edited
            <li key={i} className={toneOf(change.kind)}>
              {change.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
