import { useEffect, useState } from 'react';
import { teamActions } from '../room/teamActions.ts';
import { useBoard } from './BoardContext.tsx';
import { SectionPresence } from './SectionPresence.tsx';

/** A team's name (edited in place) and its move and remove controls. */
export function TeamHeader(props: { teamId: string; name: string; index: number; count: number }) {
  const { room, canEdit } = useBoard();
  const [name, setName] = useState(props.name);
  useEffect(() => setName(props.name), [props.name]);
  const id = `team:${props.teamId}-title`;
  const commit = () => {
    if (name.trim() && name.trim() !== props.name) teamActions.rename(room, props.teamId, name);
    else setName(props.name);
  };
  const remove = () => {
    if (window.confirm(`Remove team ${props.name} and everything in its section?`)) {
      teamActions.remove(room, props.teamId);
    }
  };
  return (
    <header className="team__header">
      <h3 className="team__title" id={id}>
        <span className="team__prefix">Team</span>
        {canEdit ? (
          <input
            className="team__name"
            aria-label={`Team name of ${props.name}`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
              if (event.key === 'Escape') {
                setName(props.name);
                event.currentTarget.blur();
              }
            }}
          />
        ) : (
          <span className="team__name">{props.name}</span>
        )}
      </h3>
      <SectionPresence room={room} section={`team:${props.teamId}`} />
      {canEdit && (
        <span className="team__actions">
          <button
            type="button"
            className="icon-btn"
            aria-label={`Move team ${props.name} up`}
            disabled={props.index === 0}
            onClick={() => teamActions.move(room, props.teamId, props.index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label={`Move team ${props.name} down`}
            disabled={props.index >= props.count - 1}
            onClick={() => teamActions.move(room, props.teamId, props.index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            aria-label={`Remove team ${props.name}`}
            onClick={remove}
          >
            ×
          </button>
        </span>
      )}
    </header>
  );
}
