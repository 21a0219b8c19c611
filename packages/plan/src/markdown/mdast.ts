import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { splitTopLevel } from './splitTopLevel.ts';

/**
 * The mdast node types we read, derived from the parser's own return type so
 * the package needs no direct dependency on @types/mdast.
 */
export type MdRoot = ReturnType<typeof fromMarkdown>;
/** Any node below the root. */
export type MdNode = MdRoot['children'][number];
/** A node of the given mdast type. */
export type MdOf<T extends MdNode['type']> = Extract<MdNode, { type: T }>;
/** Inline (phrasing) content of a paragraph or heading. */
export type MdPhrasing = MdOf<'paragraph'>['children'][number];

/**
 * GFM without its tree transforms: the autolink-literal transform links
 * "https://…", "www.…" and e-mail addresses in decoded text, so it would
 * link text the exporter escaped (`https\://`); the parser's own literal
 * autolinks, which respect escapes, stay.
 */
const MDAST_EXTENSIONS = gfmFromMarkdown().map((extension) => ({ ...extension, transforms: [] }));

const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;

/**
 * Parses GitHub-flavoured Markdown into an mdast tree with positions into
 * `source`. The parser slows down more than linearly with the number of
 * blocks in one document (a page of alternating lists and paragraphs takes
 * minutes), so the source is parsed in pieces cut at top-level block
 * boundaries, which give the same tree. Link definitions are appended to
 * every piece so reference links resolve wherever they are defined.
 */
export function parseMarkdown(source: string): MdRoot {
  const definitions = source.match(LINK_DEFINITION) ?? [];
  const suffix = definitions.length > 0 ? `\n\n${definitions.join('\n')}\n` : '';
  const root: MdRoot = { type: 'root', children: [] };
  for (const chunk of splitTopLevel(source)) {
    const tree = fromMarkdown(chunk.text + suffix, {
      extensions: [gfm()],
      mdastExtensions: MDAST_EXTENSIONS,
    });
    tree.children.forEach((node, index) => {
      // Nodes of the appended definitions lie past the piece; the real ones are already in the tree.
      if ((node.position?.start.offset ?? 0) >= chunk.text.length) return;
      shiftPositions(node, chunk.offset, chunk.line - 1);
      const previous = root.children.at(-1);
      if (index === 0 && chunk.continuesList && previous?.type === 'list' && node.type === 'list') {
        joinLists(previous, node);
      } else root.children.push(node);
    });
  }
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: source.split('\n').length, column: 1, offset: source.length },
  };
  return root;
}

/** Appends the items of a list cut off by splitTopLevel to the list it belongs to. */
function joinLists(list: MdOf<'list'>, rest: MdOf<'list'>): void {
  for (const item of rest.children) list.children.push(item);
  list.spread = Boolean(list.spread || rest.spread);
  if (list.position && rest.position) list.position.end = rest.position.end;
}

/** Moves every position below a node by the piece's place in the whole source (iteratively: trees can be deep). */
function shiftPositions(node: MdNode, offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return;
  const seen = new Set<object>();
  const stack: MdNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) continue;
    for (const point of [next.position?.start, next.position?.end]) {
      if (!point || seen.has(point)) continue;
      seen.add(point);
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
    if ('children' in next) for (const child of next.children) stack.push(child);
  }
}
