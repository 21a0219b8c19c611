import { plainText, type RichNode } from '../richText.ts';
import { looksStructural } from './classifyHeading.ts';
import type { Guards } from './guards.ts';
import { inlineToMarkdown } from './inlineToMarkdown.ts';

/** How a run of free blocks is written. */
export interface BlockOptions {
  /** Guards for every paragraph (free text inside a goal must not read as a goal part). */
  guards?: Guards;
  /**
   * Bullet for bullet lists: '-', or '*' where '-' lists of typed entries
   * stand near. A second list right after the first gets the next bullet
   * ('*' after '-', '+' after '*') so the two stay two lists when read back.
   */
  bullet?: '-' | '*' | '+';
}

const INLINE = new Set(['text', 'mention', 'hardBreak']);

/** Indents every non-empty line but the first by `width` spaces. */
export function indentRest(value: string, width: number): string {
  const pad = ' '.repeat(width);
  return value
    .split('\n')
    .map((line, index) => (index === 0 || line === '' ? line : pad + line))
    .join('\n');
}

/** Indents every non-empty line by `width` spaces. */
export function indentAll(value: string, width: number): string {
  return value
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(width) + line))
    .join('\n');
}

/**
 * Free rich-text blocks as Markdown, one string per block (to be joined by
 * blank lines); blocks Markdown cannot hold (empty paragraphs) are left
 * out. Two lists in a row get different bullets (or ordered delimiters) so
 * they stay two lists when read back.
 */
export function blocksToMarkdown(
  blocks: readonly RichNode[] | undefined,
  options: BlockOptions = {},
): string[] {
  return writtenBlocks(blocks, options).map((block) => block.value);
}

/** Like blocksToMarkdown, with the type of each written block. */
function writtenBlocks(
  blocks: readonly RichNode[] | undefined,
  options: BlockOptions,
): Array<{ value: string; type: string }> {
  const out: Array<{ value: string; type: string }> = [];
  let previous: string | null = null;
  for (const block of blocks ?? []) {
    let bullet = options.bullet ?? '-';
    let delimiter: '.' | ')' = '.';
    if (previous === 'bulletList' && block.type === 'bulletList') bullet = bullet === '-' ? '*' : '+';
    if (previous === 'orderedList' && block.type === 'orderedList') delimiter = ')';
    const value = blockToMarkdown(block, { ...options, bullet }, delimiter);
    if (value === null) continue;
    out.push({ value, type: block.type });
    // After a list written with the alternate marker, the next list returns to the default one.
    previous = block.type === previous ? null : block.type;
  }
  return out;
}

function blockToMarkdown(node: RichNode, options: BlockOptions, delimiter: '.' | ')'): string | null {
  switch (node.type) {
    case 'paragraph': {
      const value = inlineToMarkdown(node.content, { guards: options.guards });
      return value === '' ? null : value;
    }
    case 'heading':
      return heading(node);
    case 'bulletList':
    case 'orderedList':
      return list(node, options, delimiter);
    case 'codeBlock':
      return codeBlock(node);
    case 'blockquote': {
      const inner = blocksToMarkdown(node.content, options).join('\n\n');
      return inner
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    }
    case 'horizontalRule':
      // Not "---": between teams that line separates team sections.
      return '***';
    default: {
      // A typed node out of its place (after a merge) or a node from a newer schema: keep its text.
      const content = node.content ?? [];
      if (content.length === 0) return null;
      if (content.every((child) => INLINE.has(child.type))) {
        const value = inlineToMarkdown(content, { guards: options.guards });
        return value === '' ? null : value;
      }
      const inner = blocksToMarkdown(content, options);
      return inner.length > 0 ? inner.join('\n\n') : null;
    }
  }
}

function heading(node: RichNode): string {
  const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
  const plain = plainText(node);
  // A free heading that reads like a section or team heading would restructure the plan on import.
  const first = plain.search(/[\p{L}\p{N}]/u);
  const forced = looksStructural(plain) && first >= 0 ? [first] : [];
  const text = inlineToMarkdown(node.content, { heading: true, forced });
  return text ? `${'#'.repeat(level)} ${text}` : '#'.repeat(level);
}

function list(node: RichNode, options: BlockOptions, delimiter: '.' | ')'): string | null {
  const items = (node.content ?? []).filter((item) => item.type === 'listItem' || item.content);
  if (items.length === 0) return null;
  const start = Number(node.attrs?.start);
  const first = Number.isInteger(start) && start >= 0 ? start : 1;
  return items
    .map((item, index) => {
      const marker = node.type === 'orderedList' ? `${first + index}${delimiter}` : (options.bullet ?? '-');
      return listItem(item, marker, options);
    })
    .join('\n');
}

function listItem(item: RichNode, marker: string, options: BlockOptions): string {
  const width = marker.length + 1;
  const [head, ...rest] = item.content ?? [];
  let firstLine = '';
  let body = item.content ?? [];
  if (head?.type === 'paragraph') {
    firstLine = inlineToMarkdown(head.content, { guards: options.guards });
    body = rest;
  }
  let out = firstLine ? `${marker} ${indentRest(firstLine, width)}` : marker;
  // Nested lists follow their line directly (a tight list); other blocks need a blank line.
  let previous = head?.type === 'paragraph' ? 'paragraph' : null;
  for (const block of writtenBlocks(body, { ...options, bullet: '-' })) {
    // An item with no text of its own must go straight on: a marker then a blank line is an empty item.
    const tight = out === marker || (previous === 'paragraph' && canInterrupt(block.value));
    out += `${tight ? '\n' : '\n\n'}${indentAll(block.value, width)}`;
    previous = block.type;
  }
  return out;
}

/**
 * Whether a written list can follow a paragraph line directly. CommonMark
 * lets a list interrupt a paragraph only when its first item has text and,
 * if numbered, starts at 1; otherwise "3. x" or "-" would continue the line
 * (or underline it as a heading).
 */
function canInterrupt(list: string): boolean {
  return /^(?:[-*+] |1[.)] )\S/.test(list);
}

function codeBlock(node: RichNode): string {
  const value = plainText(node);
  const language = typeof node.attrs?.language === 'string' ? node.attrs.language : '';
  const char = language.includes('`') ? '~' : '`';
  const runs = value.match(char === '`' ? /`+/g : /~+/g) ?? [];
  const fence = char.repeat(runs.reduce((longest, run) => Math.max(longest, run.length + 1), 3));
  return value ? `${fence}${language}\n${value}\n${fence}` : `${fence}${language}\n${fence}`;
}
