import { useState } from 'react';
import { api } from '../api/endpoints.ts';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { toast, toastError } from './toasts.ts';

/**
 * "Start next sprint" (leads): creates the next board pre-filled from this
 * one (retro from the proposed goals, hang-over items from unfinished
 * high-priority items, same teams) and opens it. Nothing is lost here, so
 * no confirmation.
 */
export function NextSprintButton(props: { boardId: string }) {
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const board = await api.nextSprint(props.boardId);
      toast(`${board.title} is ready.`);
      navigate(paths.board(board.id));
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="btn"
      disabled={busy}
      onClick={start}
      title="Create the next sprint’s board, pre-filled from this one"
    >
      Start next sprint
    </button>
  );
}
