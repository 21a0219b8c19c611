import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import { toast, toastError } from './toasts.ts';

/** Leads: create (or replace) and revoke a snapshot's public read-only link. */
export function ShareControls(props: { snapshotId: string; shared: boolean }) {
  const [url, setUrl] = useState<string | null>(null);
  const [shared, setShared] = useState(props.shared);
  const [busy, setBusy] = useState(false);
  const share = async () => {
    setBusy(true);
    try {
      const link = await api.share(props.snapshotId);
      setUrl(`${window.location.origin}/s/${encodeURIComponent(link.token)}`);
      setShared(true);
      await navigator.clipboard
        ?.writeText(`${window.location.origin}/s/${encodeURIComponent(link.token)}`)
        .then(
          () => toast('Share link created and copied.'),
          () => toast('Share link created.'),
        );
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  };
  const revoke = async () => {
    setBusy(true);
    try {
      await api.revokeShare(props.snapshotId);
      setUrl(null);
      setShared(false);
      toast('The share link no longer works.');
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 className="panel-title" id="share-title">
        Public link
      </h2>
      <p className="muted">
        {shared
          ? 'Anyone with the link can read this snapshot, without an account.'
          : 'Create a link anyone can open without an account, read-only.'}
      </p>
      {url && (
        <input
          className="input"
          readOnly
          value={url}
          aria-label="Share link"
          onFocus={(e) => e.target.select()}
        />
      )}
      <div className="share__actions">
        <button type="button" className="btn btn--primary" disabled={busy} onClick={share}>
          Share
        </button>
        {shared && (
          <button type="button" className="btn btn--danger" disabled={busy} onClick={revoke}>
            Revoke link
          </button>
        )}
      </div>
    </section>
  );
}
