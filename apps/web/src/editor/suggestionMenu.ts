import { Store } from '../room/Store.ts';

/** A person the `@` menu offers. */
export interface MenuPerson {
  handle: string;
  name: string;
}

/** The open `@` menu: what it offers, where, and what choosing does. */
export interface SuggestionMenuState {
  people: MenuPerson[];
  selected: number;
  /** Screen rectangle of the typed `@query`, to place the menu under. */
  rect: DOMRect | null;
  /** What choosing sets: an owner, or a mention in the text. */
  mode: 'owner' | 'mention';
  choose: (person: MenuPerson) => void;
}

/** The one `@` menu of the page (only one editor has the caret at a time). */
export const suggestionMenu = new Store<SuggestionMenuState | null>(null);

/** Handles a key while the menu is open; true when the menu used it. */
export function menuKeyDown(event: KeyboardEvent): boolean {
  const menu = suggestionMenu.get();
  if (!menu || menu.people.length === 0) return false;
  const count = menu.people.length;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const step = event.key === 'ArrowDown' ? 1 : -1;
    suggestionMenu.set({ ...menu, selected: (menu.selected + step + count) % count });
    return true;
  }
  if (event.key === 'Enter' || event.key === 'Tab') {
    const person = menu.people[menu.selected];
    if (person) menu.choose(person);
    return true;
  }
  if (event.key === 'Escape') {
    suggestionMenu.set(null);
    return true;
  }
  return false;
}

/** People whose handle or name matches what was typed after `@`, best first. */
export function matchPeople<T extends MenuPerson>(people: readonly T[], query: string, limit = 8): T[] {
  const q = query.trim().toLowerCase();
  if (!q) return people.slice(0, limit);
  const scored = people
    .map((person) => {
      const handle = person.handle.toLowerCase();
      const name = person.name.toLowerCase();
      const score = handle.startsWith(q)
        ? 0
        : name.startsWith(q) || name.includes(` ${q}`)
          ? 1
          : handle.includes(q) || name.includes(q)
            ? 2
            : -1;
      return { person, score };
    })
    .filter((entry) => entry.score >= 0);
  scored.sort((a, b) => a.score - b.score || a.person.handle.localeCompare(b.person.handle));
  return scored.slice(0, limit).map((entry) => entry.person);
}
