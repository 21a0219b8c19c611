import { useState } from 'react';
import type { Person } from '../api/apiSchemas.ts';
import { matchPeople } from '../editor/suggestionMenu.ts';
import { Avatar } from './Avatar.tsx';

/** A searchable list of people from the roster; picking one calls onPick. */
export function PersonPicker(props: {
  people: readonly Person[];
  onPick: (handle: string) => void;
  onClear?: () => void;
  clearLabel?: string;
  selected?: readonly string[];
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = matchPeople(props.people, query, 8);
  const pick = (handle: string | undefined) => {
    if (handle) props.onPick(handle);
  };
  return (
    <div className="picker">
      <input
        className="picker__search"
        // biome-ignore lint/a11y/noAutofocus: the picker opens because the user asked to choose someone
        autoFocus
        aria-label="Search people"
        placeholder="Search people…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, matches.length - 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Enter') pick(matches[active]?.handle);
          else return;
          event.preventDefault();
        }}
      />
      <ul className="picker__list">
        {matches.map((person, i) => (
          <li key={person.handle}>
            <button
              type="button"
              className={`picker__option${i === active ? ' is-active' : ''}`}
              aria-pressed={props.selected?.includes(person.handle) ?? false}
              onClick={() => pick(person.handle)}
            >
              <Avatar handle={person.handle} name={person.name} size="sm" />
              <span className="picker__name">{person.name}</span>
              <span className="picker__handle">@{person.handle}</span>
              {person.discipline !== 'engineering' && <span className="tag">{person.discipline}</span>}
              {person.supportHero && <span className="tag tag--warn">support hero</span>}
            </button>
          </li>
        ))}
        {matches.length === 0 && <li className="picker__empty">Nobody on the roster matches.</li>}
      </ul>
      {props.onClear && (
        <button type="button" className="picker__clear" onClick={props.onClear}>
          {props.clearLabel ?? 'Clear'}
        </button>
      )}
    </div>
  );
}
