import { suggestionMenu } from '../editor/suggestionMenu.ts';
import { useStore } from '../hooks/useStore.ts';
import { Avatar } from './Avatar.tsx';

/** The `@` menu, under the typed `@query` of whichever editor opened it. */
export function SuggestionMenuView() {
  const menu = useStore(suggestionMenu);
  if (!menu?.rect) return null;
  const style = { left: menu.rect.left, top: menu.rect.bottom + 6 };
  return (
    <div
      className="suggestion"
      style={style}
      role="listbox"
      aria-label={menu.mode === 'owner' ? 'Choose owner' : 'Mention someone'}
    >
      <div className="suggestion__hint">{menu.mode === 'owner' ? 'Set owner' : 'Mention'}</div>
      {menu.people.length === 0 && <div className="suggestion__empty">Nobody matches</div>}
      {menu.people.map((person, i) => (
        <button
          key={person.handle}
          type="button"
          role="option"
          aria-selected={i === menu.selected}
          className={`suggestion__option${i === menu.selected ? ' is-active' : ''}`}
          onMouseDown={(event) => {
            // Keep the editor's selection: choose before it blurs.
            event.preventDefault();
            menu.choose(person);
          }}
        >
          <Avatar handle={person.handle} name={person.name} size="sm" />
          <span>{person.name}</span>
          <span className="muted">@{person.handle}</span>
        </button>
      ))}
    </div>
  );
}
