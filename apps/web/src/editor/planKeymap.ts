import { newId } from '@sprintboard/plan';
import { type Editor, Extension } from '@tiptap/core';
import type { NodeType } from '@tiptap/pm/model';
import { focusNextEditor } from './focusNavigation.ts';

/** Fresh attributes of a line that Enter starts after a typed line of the same kind. */
const NEXT_LINE: Record<string, () => Record<string, unknown>> = {
  item: () => ({ id: newId(), owner: null, decision: null, status: null }),
  statement: () => ({ id: newId(), status: null }),
  subGoal: () => ({ id: newId(), owner: null }),
  headline: () => ({ id: newId(), fiftyFifty: false }),
};

/** Goal parts after which Enter starts free text inside the goal rather than a second title. */
const FREE_TEXT_AFTER = new Set(['goalTitle', 'goalSummary', 'goalWhy', 'statusNote']);

function splitTyped(editor: Editor): boolean {
  const { state } = editor;
  const { $from, empty } = state.selection;
  const parent = $from.parent;
  const name = parent.type.name;
  const paragraph = state.schema.nodes.paragraph as NodeType;
  const fresh = NEXT_LINE[name];
  if (!fresh && !FREE_TEXT_AFTER.has(name)) return false;
  if (!$from.sameParent(state.selection.$to)) return false;
  // Enter on an empty typed line ends the list: the line becomes free text.
  if (fresh && empty && parent.content.size === 0) {
    return editor.commands.command(({ tr }) => {
      tr.setBlockType($from.pos, $from.pos, paragraph);
      return true;
    });
  }
  return editor.commands.command(({ tr }) => {
    tr.deleteSelection();
    const pos = tr.selection.from;
    const type = fresh ? parent.type : paragraph;
    tr.split(pos, 1, [{ type, attrs: fresh ? fresh() : {} }]);
    tr.scrollIntoView();
    return true;
  });
}

/**
 * Enter inside an item, 🎯 statement, sub-goal or headline starts a new one
 * with a fresh id (no owner, no status); Enter on an empty one ends the
 * list. Above the core keymap, whose splitBlock would copy the id.
 */
export const PlanEnter = Extension.create({
  name: 'planEnter',
  priority: 1000,
  addKeyboardShortcuts() {
    return { Enter: ({ editor }) => splitTyped(editor) };
  },
});

/**
 * Tab and Shift-Tab move to the next or previous section editor, as
 * everywhere else on the page (above the list extensions, which would use
 * Tab to indent); lists indent with Mod-] and outdent with Mod-[ instead.
 */
export const PlanTab = Extension.create({
  name: 'planTab',
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Tab: ({ editor }) => focusNextEditor(editor.view.dom, 1),
      'Shift-Tab': ({ editor }) => focusNextEditor(editor.view.dom, -1),
      'Mod-]': ({ editor }) => editor.commands.sinkListItem('listItem'),
      'Mod-[': ({ editor }) => editor.commands.liftListItem('listItem'),
    };
  },
});
