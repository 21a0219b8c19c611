import { type FormEvent, useState } from 'react';
import { teamActions } from '../room/teamActions.ts';
import { useBoard } from './BoardContext.tsx';

/** Adds a team section from the template. */
export function AddTeam() {
  const { room, canEdit } = useBoard();
  const [name, setName] = useState('');
  if (!canEdit) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = teamActions.add(room, name.trim() || 'New team');
    // Without a name the team is "New team": put the caret in its name to rename it.
    if (!name.trim()) {
      requestAnimationFrame(() => {
        const input = document.getElementById(`team:${id}-title`)?.querySelector('input');
        input?.focus();
        input?.select();
      });
    }
    setName('');
  };
  return (
    <form className="add-team" onSubmit={submit}>
      <input
        className="input"
        aria-label="New team name"
        placeholder="Team name, e.g. Search"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="btn">
        Add team
      </button>
    </form>
  );
}
