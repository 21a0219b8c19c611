import { goalNode, newId } from '@sprintboard/plan';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

function insertAtEnd(editor: Editor, json: Record<string, unknown>): void {
  const { state } = editor;
  const node = state.schema.nodeFromJSON(json);
  // Before a trailing empty paragraph, so the free line under the goals stays last.
  const last = state.doc.lastChild;
  const end = state.doc.content.size;
  const at = last && last.type.name === 'paragraph' && last.content.size === 0 ? end - last.nodeSize : end;
  const tr = state.tr.insert(at, node);
  // The first place to type inside the new block: its own line, or a goal's title.
  tr.setSelection(TextSelection.near(tr.doc.resolve(at + 1)));
  editor.view.dispatch(tr.scrollIntoView());
  editor.view.focus();
}

/** Adds an empty goal (title line and one 🎯 statement) at the end of a goal section. */
export function addGoalTo(editor: Editor): void {
  insertAtEnd(editor, { ...goalNode({ title: '', statements: [''] }) });
}

/** Adds an empty headline goal. */
export function addHeadlineTo(editor: Editor): void {
  insertAtEnd(editor, { type: 'headline', attrs: { id: newId(), fiftyFifty: false } });
}
