import { useState } from 'react';
import { ROLES, type Role } from '../api/apiSchemas.ts';
import { api } from '../api/endpoints.ts';
import { Dialog } from './Dialog.tsx';
import { toast, toastError } from './toasts.ts';

/** Admins: a single-use invite link for a role. */
export function InviteDialog(props: { onClose: () => void }) {
  const [role, setRole] = useState<Role>('member');
  const [url, setUrl] = useState<string | null>(null);
  const create = async () => {
    try {
      const invite = await api.createInvite(role);
      // The server builds links from its public URL; show one for the address this browser uses.
      const path = new URL(invite.url).pathname;
      setUrl(`${window.location.origin}${path}`);
    } catch (error) {
      toastError(error);
    }
  };
  return (
    <Dialog title="Invite people" onClose={props.onClose}>
      <div className="form">
        <label className="field">
          <span>Role</span>
          <select
            className="input"
            value={role}
            onChange={(e) => setRole(ROLES.find((r) => r === e.target.value) ?? 'member')}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        {url ? (
          <div className="share-box">
            <input
              className="input"
              readOnly
              value={url}
              aria-label="Invite link"
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="btn"
              onClick={() =>
                navigator.clipboard.writeText(url).then(() => toast('Invite link copied.'), toastError)
              }
            >
              Copy link
            </button>
          </div>
        ) : (
          <p className="muted">The link works once, for seven days.</p>
        )}
        <div className="dialog__actions">
          <button type="button" className="btn btn--primary" onClick={create}>
            Create invite link
          </button>
        </div>
      </div>
    </Dialog>
  );
}
