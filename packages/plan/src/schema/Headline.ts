import { mergeAttributes, Node } from '@tiptap/core';
import { fiftyFiftyAttribute, idAttribute } from './attributes.ts';

/** A headline goal of the whole sprint: one line, optionally a 50:50 moonshot. */
export const Headline = Node.create({
  name: 'headline',
  group: 'block',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return { id: idAttribute, fiftyFifty: fiftyFiftyAttribute };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="headline"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'headline' }), 0];
  },
});
