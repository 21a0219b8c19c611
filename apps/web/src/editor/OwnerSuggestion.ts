import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import Suggestion, { type SuggestionProps } from '@tiptap/suggestion';
import { ownerTargetAt } from './ownerTarget.ts';
import { type MenuPerson, matchPeople, menuKeyDown, suggestionMenu } from './suggestionMenu.ts';

/** Where the typed `@query` is on screen: the decoration's box, else the caret's. */
function rectOf(props: SuggestionProps<MenuPerson, MenuPerson>): DOMRect | null {
  const rect = props.clientRect?.();
  if (rect && (rect.width > 0 || rect.height > 0)) return rect;
  try {
    const coords = props.editor.view.coordsAtPos(props.range.from);
    return new DOMRect(coords.left, coords.top, 1, coords.bottom - coords.top);
  } catch {
    return null;
  }
}

/** Options of OwnerSuggestion. */
export interface OwnerSuggestionOptions {
  /** The roster to offer, read when the menu opens or the query changes. */
  people: () => readonly MenuPerson[];
}

/**
 * Typing `@` offers people from the roster. In an item, a sub-goal or a
 * goal's title, choosing one sets that line's owner (the typed `@query`
 * goes away); anywhere else it inserts an @mention.
 */
export const OwnerSuggestion = Extension.create<OwnerSuggestionOptions>({
  name: 'ownerSuggestion',
  // Above the Enter keymap, so Enter picks from an open menu.
  priority: 1100,
  addOptions() {
    return { people: () => [] };
  },
  addProseMirrorPlugins() {
    const editor = this.editor;
    const options = this.options;
    return [
      Suggestion<MenuPerson, MenuPerson>({
        editor,
        pluginKey: new PluginKey(`ownerSuggestion-${Math.random().toString(36).slice(2)}`),
        char: '@',
        allowSpaces: false,
        allow: ({ editor: e }) => e.isEditable,
        items: ({ query }) => matchPeople(options.people(), query),
        command: ({ editor: e, range, props: person }) => {
          const target = ownerTargetAt(e.state.doc, range.from);
          if (target) {
            e.chain()
              .focus()
              .deleteRange(range)
              .command(({ tr }) => {
                tr.setNodeAttribute(target.pos, 'owner', person.handle);
                return true;
              })
              .run();
          } else {
            e.chain()
              .focus()
              .insertContentAt(range, [
                { type: 'mention', attrs: { handle: person.handle } },
                { type: 'text', text: ' ' },
              ])
              .run();
          }
        },
        render: () => ({
          onStart: (props) => {
            suggestionMenu.set({
              people: props.items,
              selected: 0,
              rect: rectOf(props),
              mode: ownerTargetAt(props.editor.state.doc, props.range.from) ? 'owner' : 'mention',
              choose: (person) => props.command(person),
            });
          },
          onUpdate: (props) => {
            const current = suggestionMenu.get();
            suggestionMenu.set({
              people: props.items,
              selected: Math.min(current?.selected ?? 0, Math.max(0, props.items.length - 1)),
              rect: rectOf(props),
              mode: ownerTargetAt(props.editor.state.doc, props.range.from) ? 'owner' : 'mention',
              choose: (person) => props.command(person),
            });
          },
          onKeyDown: ({ event }) => menuKeyDown(event),
          onExit: () => suggestionMenu.set(null),
        }),
      }),
    ];
  },
});
