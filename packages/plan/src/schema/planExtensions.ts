import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Goal } from './Goal.ts';
import { GoalSummary, GoalTitle, GoalWhy, Statement, StatusNote, SubGoal } from './goalParts.ts';
import { Headline } from './Headline.ts';
import { Item } from './Item.ts';
import { Mention } from './Mention.ts';
import { TeamPart } from './TeamPart.ts';

/** The typed nodes of a sprint plan, on top of the rich-text basics. */
export const planNodes: AnyExtension[] = [
  Goal,
  GoalTitle,
  GoalSummary,
  GoalWhy,
  Statement,
  SubGoal,
  StatusNote,
  Headline,
  Item,
  TeamPart,
  Mention,
];

/**
 * Every extension that defines the schema, usable headless on the server and
 * in the browser: both sides share one schema. Undo/redo is off because the
 * Collaboration extension brings its own (per-user) undo manager.
 */
export function planExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({ undoRedo: false, trailingNode: false, link: { openOnClick: false } }),
    ...planNodes,
  ];
}
