import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Moves the node at `pos` before the previous (-1) or after the next (1)
 * sibling of the same type, as one undoable change. Returns false at an end.
 */
export function moveAmongSiblings(editor: Editor, pos: number, direction: 1 | -1): boolean {
  const { state } = editor;
  const $pos = state.doc.resolve(pos);
  const index = $pos.index();
  const parent = $pos.parent;
  const node = parent.maybeChild(index);
  if (!node) return false;
  let j = index + direction;
  while (j >= 0 && j < parent.childCount && parent.child(j).type !== node.type) j += direction;
  const other = parent.maybeChild(j);
  if (!other) return false;
  const otherPos = $pos.posAtIndex(j);
  const tr = state.tr.delete(pos, pos + node.nodeSize);
  const target = direction < 0 ? otherPos : otherPos + other.nodeSize - node.nodeSize;
  tr.insert(target, node);
  tr.setSelection(TextSelection.near(tr.doc.resolve(target + 1)));
  editor.view.dispatch(tr.scrollIntoView());
  return true;
}

/** Removes the node at `pos`. */
export function removeNodeAt(editor: Editor, pos: number): void {
  const node = editor.state.doc.nodeAt(pos);
  if (node) editor.view.dispatch(editor.state.tr.delete(pos, pos + node.nodeSize));
}

/**
 * Inserts `json` inside the node at `parentPos`: after its last child of
 * type `after` (or at `fallbackIndex` when it has none), then puts the caret
 * in it.
 */
export function insertChild(
  editor: Editor,
  parentPos: number,
  json: Record<string, unknown>,
  after: readonly string[],
  fallbackIndex: number,
): void {
  const { state } = editor;
  const parent = state.doc.nodeAt(parentPos);
  if (!parent) return;
  let index = -1;
  parent.forEach((child: PMNode, _offset: number, i: number) => {
    if (after.includes(child.type.name)) index = i;
  });
  const at = index >= 0 ? index + 1 : Math.min(fallbackIndex, parent.childCount);
  let pos = parentPos + 1;
  for (let i = 0; i < at; i++) pos += parent.child(i).nodeSize;
  const node = state.schema.nodeFromJSON(json);
  const tr = state.tr.insert(pos, node);
  tr.setSelection(TextSelection.near(tr.doc.resolve(pos + 1)));
  editor.view.dispatch(tr.scrollIntoView());
  editor.view.focus();
}
