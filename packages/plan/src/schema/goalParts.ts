import { type Attributes, mergeAttributes, Node } from '@tiptap/core';
import { idAttribute, ownerAttribute, statusAttribute } from './attributes.ts';

/** A one-line part of a goal, rendered as a div with its data-type. */
function goalLine(name: string, attributes: Attributes = {}) {
  return Node.create({
    name,
    group: 'goalPart',
    content: 'inline*',
    defining: true,
    addAttributes() {
      return attributes;
    },
    parseHTML() {
      return [{ tag: `div[data-type="${name}"]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return ['div', mergeAttributes(HTMLAttributes, { 'data-type': name }), 0];
    },
  });
}

/** The goal's title: the bold words at the start of a goal line. */
export const GoalTitle = goalLine('goalTitle');

/** One sentence after the title saying what the goal delivers. */
export const GoalSummary = goalLine('goalSummary');

/** "Why?": the reason the goal matters. */
export const GoalWhy = goalLine('goalWhy');

/** "Status:": notes on how a retro outcome went. */
export const StatusNote = goalLine('statusNote');

/** A 🎯 goal statement: measurable, with its own status. */
export const Statement = goalLine('statement', { id: idAttribute, status: statusAttribute });

/** A sub-goal with an owner of its own. */
export const SubGoal = goalLine('subGoal', { id: idAttribute, owner: ownerAttribute });
