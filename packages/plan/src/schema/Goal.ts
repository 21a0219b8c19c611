import { mergeAttributes, Node } from '@tiptap/core';
import { fiftyFiftyAttribute, idAttribute, ownerAttribute, statusAttribute } from './attributes.ts';

/**
 * Content a goal may hold. Deliberately permissive: a CRDT merge can put any
 * part in any order, and y-prosemirror deletes a node whose content does not
 * match its schema, so a strict order here would turn a merge into data loss.
 * The typed view takes the first goalTitle as the title.
 */
export const GOAL_CONTENT =
  '(goalTitle | goalSummary | goalWhy | statement | subGoal | statusNote | paragraph | bulletList | orderedList | codeBlock | blockquote)+';

/**
 * A goal: a headline-sized piece of work with exactly one owner. Used for the
 * proposed goals and for the retro outcomes of the previous sprint (which
 * carry a status). Collaborators, 50:50 and status are attributes; title,
 * summary, Why?, 🎯 statements, sub-goals and status notes are child blocks,
 * so writing a goal feels like writing the issue.
 */
export const Goal = Node.create({
  name: 'goal',
  group: 'block',
  content: GOAL_CONTENT,
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      id: idAttribute,
      owner: ownerAttribute,
      status: statusAttribute,
      fiftyFifty: fiftyFiftyAttribute,
      /** Handles (without '@') of the people helping the owner. */
      collaborators: {
        default: [],
        parseHTML: (el) => (el.getAttribute('data-collaborators') ?? '').split(' ').filter(Boolean),
        renderHTML: (attrs) =>
          Array.isArray(attrs.collaborators) && attrs.collaborators.length > 0
            ? { 'data-collaborators': attrs.collaborators.join(' ') }
            : {},
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-type="goal"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'goal' }), 0];
  },
});
