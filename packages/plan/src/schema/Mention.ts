import { mergeAttributes, Node } from '@tiptap/core';

/** An @mention of a person in running text; `handle` is without '@'. */
export const Mention = Node.create({
  name: 'mention',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: false,

  addAttributes() {
    return {
      handle: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-handle') ?? '',
        renderHTML: (attrs) => ({ 'data-handle': attrs.handle }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="mention"]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-type': 'mention' }),
      `@${String(node.attrs.handle)}`,
    ];
  },

  renderText({ node }) {
    return `@${String(node.attrs.handle)}`;
  },
});
