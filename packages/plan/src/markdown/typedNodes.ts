import { newId } from '../ids.ts';
import type { RichNode } from '../richText.ts';
import { append } from './append.ts';
import type { ImportContext } from './ImportContext.ts';
import { Line } from './Line.ts';
import type { MdNode, MdOf } from './mdast.ts';
import { phrasingToLine } from './phrasingToLine.ts';
import { listToRich, toRichBlocks } from './toRichBlocks.ts';
import {
  type GoalPartLine,
  parseGoalLine,
  parseGoalPart,
  parseHeadlineLine,
  parseItemLine,
} from './typedLines.ts';

type ListItem = MdOf<'listItem'>;

/** Block types a goal may hold besides its parts (see GOAL_CONTENT). */
const GOAL_BLOCKS = new Set(['paragraph', 'bulletList', 'orderedList', 'codeBlock', 'blockquote']);

function firstLine(item: ListItem, ctx: ImportContext): Line | null {
  const first = item.children[0];
  return first?.type === 'paragraph' ? phrasingToLine(first.children, ctx) : null;
}

function inline(type: string, line: Line, attrs?: Record<string, unknown>): RichNode {
  const content = line.toRich();
  return { type, ...(attrs ? { attrs } : {}), ...(content.length ? { content } : {}) };
}

/**
 * Whether a list item is empty: the template's bare "-" (or one holding only
 * an HTML comment, which is reported). An item whose text is only a space
 * (written "&#32;") is an entry with no text yet, not empty.
 */
export function isEmptyItem(item: ListItem, ctx: ImportContext): boolean {
  if (item.children.length === 0) return true;
  const [only] = item.children;
  if (item.children.length > 1 || only?.type !== 'paragraph') return false;
  const empty = ctx.quietly(() => phrasingToLine(only.children, ctx)).runs.length === 0;
  if (empty) phrasingToLine(only.children, ctx);
  return empty;
}

/** Whether a list item reads as a goal: a goal-like first line, or nested 🎯 / Why? / Status: lines. */
export function looksLikeGoal(item: ListItem, ctx: ImportContext): boolean {
  return ctx.quietly(() => {
    const line = firstLine(item, ctx);
    if (line && parseGoalLine(line).recognised) return true;
    return item.children.some(
      (child) =>
        child.type === 'list' &&
        child.children.some((nested) => {
          const nestedLine = firstLine(nested, ctx);
          return nestedLine !== null && parseGoalPart(nestedLine) !== null;
        }),
    );
  });
}

/** A goal node from a list item that looksLikeGoal; every typed part gets a fresh id. */
export function goalFromListItem(item: ListItem, ctx: ImportContext): RichNode {
  const first = item.children[0];
  const hasLine = first?.type === 'paragraph';
  const head = parseGoalLine(hasLine ? phrasingToLine(first.children, ctx) : new Line([]));
  for (const repair of head.repairs) ctx.report('repaired', item, repair, ctx.markdownOf(first ?? item));
  const content: RichNode[] = [inline('goalTitle', head.title)];
  if (!head.summary.isBlank) content.push(inline('goalSummary', head.summary));
  for (const child of hasLine ? item.children.slice(1) : item.children) {
    if (child.type === 'list') append(content, goalChildren(child, ctx));
    else {
      ctx.report('unrecognised', child, 'Kept as free text inside the goal.');
      append(content, fitIntoGoal(toRichBlocks(child, ctx), child, ctx));
    }
  }
  return {
    type: 'goal',
    attrs: {
      id: newId(),
      owner: head.owner,
      status: head.status,
      fiftyFifty: head.fiftyFifty,
      collaborators: head.collaborators,
    },
    content,
  };
}

/** The nested list of a goal: parts in order; runs of other lines kept as a list of free text. */
function goalChildren(list: MdOf<'list'>, ctx: ImportContext): RichNode[] {
  const out: RichNode[] = [];
  let pending: ListItem[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const [firstPending] = pending;
    if (firstPending) ctx.report('unrecognised', firstPending, 'Kept as free text inside the goal.');
    out.push(listToRich(list, pending, ctx));
    pending = [];
  };
  for (const item of list.children) {
    const first = item.children[0];
    const part = ctx.quietly(() => {
      const line = firstLine(item, ctx);
      return line ? parseGoalPart(line) : null;
    });
    if (!part || first?.type !== 'paragraph') {
      pending.push(item);
      continue;
    }
    flush();
    const read = parseGoalPart(phrasingToLine(first.children, ctx)) ?? part;
    for (const repair of read.repairs) ctx.report('repaired', item, repair);
    out.push(partNode(read));
    for (const nested of item.children.slice(1)) {
      ctx.report('unrecognised', nested, 'Kept as free text inside the goal.');
      append(out, fitIntoGoal(toRichBlocks(nested, ctx), nested, ctx));
    }
  }
  flush();
  return out;
}

function partNode(part: GoalPartLine): RichNode {
  switch (part.type) {
    case 'statement':
      return inline('statement', part.text, { id: newId(), status: part.status });
    case 'subGoal':
      return inline('subGoal', part.text, { id: newId(), owner: part.owner });
    default:
      return inline(part.type, part.text);
  }
}

/** Blocks a goal cannot hold are made into ones it can: a heading into a paragraph, a rule left out. */
function fitIntoGoal(blocks: RichNode[], node: MdNode, ctx: ImportContext): RichNode[] {
  return blocks.flatMap((block) => {
    if (GOAL_BLOCKS.has(block.type)) return [block];
    if (block.type === 'heading')
      return [{ type: 'paragraph', ...(block.content ? { content: block.content } : {}) }];
    if (block.type === 'horizontalRule') {
      ctx.report('skipped', node, 'Horizontal rule inside a goal left out.', '');
      return [];
    }
    return [{ type: 'paragraph', content: block.content ?? [] }];
  });
}

/** A headline node and whatever else the list item held (kept as notes after it). */
export function headlineFromListItem(item: ListItem, ctx: ImportContext): RichNode[] {
  const first = item.children[0];
  if (first?.type !== 'paragraph') {
    ctx.report('unrecognised', item, 'Not a headline goal; kept as a note.');
    return [listToRich({ ordered: false }, [item], ctx)];
  }
  const { text, fiftyFifty } = parseHeadlineLine(phrasingToLine(first.children, ctx));
  const out = [inline('headline', text, { id: newId(), fiftyFifty })];
  for (const nested of item.children.slice(1)) {
    ctx.report('unrecognised', nested, 'Kept as a note after the headline goal.');
    append(out, toRichBlocks(nested, ctx));
  }
  return out;
}

/** A team item, or null for the template's placeholder; nested content is returned as notes. */
export function itemFromListItem(item: ListItem, ctx: ImportContext): RichNode[] {
  const first = item.children[0];
  if (first?.type !== 'paragraph') {
    ctx.report('unrecognised', item, 'Not an item; kept as free text.');
    return [listToRich({ ordered: false }, [item], ctx)];
  }
  const read = parseItemLine(phrasingToLine(first.children, ctx));
  if (read.placeholder && item.children.length === 1) {
    ctx.report('skipped', item, 'Template placeholder item left out.');
    return [];
  }
  for (const repair of read.repairs) ctx.report('repaired', item, repair);
  const attrs = { id: newId(), owner: read.owner, decision: read.decision, status: read.status };
  const out = [inline('item', read.text, attrs)];
  for (const nested of item.children.slice(1)) {
    ctx.report('unrecognised', nested, 'Kept as free text after the item.');
    append(out, toRichBlocks(nested, ctx));
  }
  return out;
}
