import { paragraph, type RichNode, text } from '../richText.ts';
import type { ImportContext } from './ImportContext.ts';
import type { MdNode, MdOf } from './mdast.ts';
import { flatText, phrasingToLine } from './phrasingToLine.ts';

/** Deeper block nesting than this is kept as plain text (see MAX_CONTAINER_DEPTH for why it is bounded). */
const MAX_BLOCK_DEPTH = 48;

const COMMENT = /^\s*<!--[\s\S]*-->\s*$/;

/**
 * An mdast block as our rich-text blocks (StarterKit's paragraph, heading,
 * lists, code block, blockquote, horizontal rule). What the schema has no
 * node for is kept as text and reported: tables as one paragraph per row,
 * raw HTML as its source, footnotes as "[^1]: …". HTML comments are left out
 * and reported, as GitHub does not show them.
 */
export function toRichBlocks(node: MdNode, ctx: ImportContext, depth = 0): RichNode[] {
  if (depth > MAX_BLOCK_DEPTH) {
    ctx.report('repaired', node, `Nesting deeper than ${MAX_BLOCK_DEPTH} levels was kept as plain text.`, '');
    return [paragraph([text(flatText(node))])];
  }
  switch (node.type) {
    case 'paragraph': {
      const line = phrasingToLine(node.children, ctx);
      return line.runs.length === 0 ? [] : [line.toParagraph()];
    }
    case 'heading': {
      const content = phrasingToLine(node.children, ctx).toRich();
      return [{ type: 'heading', attrs: { level: node.depth }, ...(content.length ? { content } : {}) }];
    }
    case 'thematicBreak':
      return [{ type: 'horizontalRule' }];
    case 'blockquote': {
      const content = node.children.flatMap((child) => toRichBlocks(child, ctx, depth + 1));
      return [{ type: 'blockquote', content: content.length ? content : [paragraph()] }];
    }
    case 'list':
      return [listToRich(node, node.children, ctx, depth)];
    case 'listItem':
      return [listToRich({ ordered: false, start: null }, [node], ctx, depth)];
    case 'code': {
      const language = [node.lang, node.meta].filter(Boolean).join(' ') || null;
      return [
        { type: 'codeBlock', attrs: { language }, ...(node.value ? { content: [text(node.value)] } : {}) },
      ];
    }
    case 'html':
      if (COMMENT.test(node.value)) {
        ctx.report('skipped', node, 'HTML comment left out: GitHub does not show it either.');
        return [];
      }
      ctx.report('unrecognised', node, 'HTML kept as text: the board shows no raw HTML.');
      return [paragraph([text(node.value)])];
    case 'table':
      ctx.report(
        'unrecognised',
        node,
        'Table kept as one line of text per row: the board has no tables.',
        '',
      );
      return node.children.map((row) =>
        paragraph(
          row.children.flatMap((cell, index) => [
            ...(index > 0 ? [text(' | ')] : []),
            ...phrasingToLine(cell.children, ctx).toRich(),
          ]),
        ),
      );
    case 'footnoteDefinition': {
      ctx.report('unrecognised', node, 'Footnote kept as text.', '');
      const blocks = node.children.flatMap((child) => toRichBlocks(child, ctx, depth + 1));
      return [paragraph([text(`[^${node.label ?? node.identifier}]:`)]), ...blocks];
    }
    case 'definition':
      // Used by the reference links that point to it; GitHub shows nothing for it.
      return [];
    default:
      if ('children' in node) return node.children.flatMap((child) => toRichBlocks(child, ctx, depth + 1));
      return 'value' in node && node.value ? [paragraph([text(node.value)])] : [];
  }
}

/** A bulletList or orderedList node from list items (used also for runs of items cut out of a typed list). */
export function listToRich(
  list: { ordered?: boolean | null; start?: number | null },
  items: readonly MdOf<'listItem'>[],
  ctx: ImportContext,
  depth = 0,
): RichNode {
  const content = items.map((item) => listItemToRich(item, ctx, depth + 1));
  return list.ordered
    ? { type: 'orderedList', attrs: { start: list.start ?? 1 }, content }
    : { type: 'bulletList', content };
}

function listItemToRich(item: MdOf<'listItem'>, ctx: ImportContext, depth: number): RichNode {
  const blocks = item.children.flatMap((child) => toRichBlocks(child, ctx, depth + 1));
  if (blocks[0]?.type !== 'paragraph') blocks.unshift(paragraph());
  if (typeof item.checked === 'boolean') {
    // The board has no task lists; the box stays visible as text.
    const first = blocks[0] ?? paragraph();
    first.content = [text(item.checked ? '[x] ' : '[ ] '), ...(first.content ?? [])];
    ctx.report('repaired', item, 'Task list checkbox kept as text.', '');
  }
  return { type: 'listItem', content: blocks };
}
