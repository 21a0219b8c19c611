import { mergeAttributes, Node } from '@tiptap/core';
import { decisionAttribute, idAttribute, ownerAttribute, statusAttribute } from './attributes.ts';

/**
 * A team's work item: one line with one owner. In the hang-over part it
 * carries a prioritised/deprioritised decision; its status says whether it
 * was finished (unfinished high-priority items carry over to the next sprint).
 * Lives only inside a teamPart.
 */
export const Item = Node.create({
  name: 'item',
  group: 'teamBlock',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      id: idAttribute,
      owner: ownerAttribute,
      decision: decisionAttribute,
      status: statusAttribute,
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="item"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'item' }), 0];
  },
});
