import { mergeAttributes, Node } from '@tiptap/core';
import { isTeamPartKind } from '../vocabulary.ts';

/**
 * One of the four parts of a team section (Retro, Hang-over items, High
 * priority, Low priority / side quests), chosen by `kind`. Items and free
 * rich text may mix in any order, so a merge never produces invalid content.
 */
export const TeamPart = Node.create({
  name: 'teamPart',
  group: 'block',
  content: '(item | block)*',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      /** Which part this is; fixed when the team is created from the template. */
      kind: {
        default: 'retro',
        parseHTML: (el) => {
          const value = el.getAttribute('data-kind');
          return isTeamPartKind(value) ? value : 'retro';
        },
        renderHTML: (attrs) => ({ 'data-kind': attrs.kind }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-type="teamPart"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'teamPart' }), 0];
  },
});
