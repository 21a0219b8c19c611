import type { Node as PMNode } from '@tiptap/pm/model';

/** The typed node whose owner an `@name` typed at a position sets. */
export interface OwnerTarget {
  /** Position of the node (before its opening token). */
  pos: number;
  type: 'item' | 'goal' | 'subGoal';
}

/**
 * Where an `@` picks an owner rather than writing a mention: typed in an
 * item or a sub-goal it owns that line; typed in a goal's title it owns the
 * goal. Anywhere else (Why?, free text) it is a mention. Pure.
 */
export function ownerTargetAt(doc: PMNode, pos: number): OwnerTarget | null {
  const $pos = doc.resolve(pos);
  const parent = $pos.parent;
  const name = parent.type.name;
  if ((name === 'item' || name === 'subGoal') && $pos.depth >= 1) {
    return { pos: $pos.before($pos.depth), type: name };
  }
  if (name === 'goalTitle' && $pos.depth >= 2 && $pos.node($pos.depth - 1).type.name === 'goal') {
    return { pos: $pos.before($pos.depth - 1), type: 'goal' };
  }
  return null;
}
