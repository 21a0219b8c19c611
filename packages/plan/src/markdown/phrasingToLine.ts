import type { RichMark } from '../richText.ts';
import { escapeMask } from './escapeMask.ts';
import type { ImportContext } from './ImportContext.ts';
import { Line, type Run } from './Line.ts';
import type { MdNode, MdPhrasing } from './mdast.ts';

/** Deeper inline nesting than this is kept as plain text: no plan needs it, and recursion must stay bounded. */
const MAX_INLINE_DEPTH = 32;

/** Inline HTML tags GitHub renders as formatting, and the mark each stands for. */
const HTML_MARKS: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
  u: 'underline',
  ins: 'underline',
};

const HTML_OPEN = /^<([a-z]+)(?:\s[^>]*)?>$/i;
const HTML_CLOSE = /^<\/([a-z]+)\s*>$/i;
const HTML_BREAK = /^<br\s*\/?>$/i;
const HTML_COMMENT = /^<!--[\s\S]*-->$/;

/** URL schemes a link may keep; others (javascript:, data:) are dropped so an import cannot plant one. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The inline content of a paragraph or heading as a Line: marks from
 * emphasis, strong, strikethrough, code, links and the HTML tags GitHub
 * renders (<u>, <b>, …); hard breaks; images and footnote references kept as
 * text. Escaped characters are recorded so conventions skip them.
 */
export function phrasingToLine(nodes: readonly MdPhrasing[], ctx: ImportContext): Line {
  const runs: Run[] = [];
  walk(nodes, [], runs, ctx, 0);
  return new Line(runs);
}

function walk(nodes: readonly MdNode[], marks: RichMark[], runs: Run[], ctx: ImportContext, depth: number) {
  // Inline HTML tags open and close marks for the siblings that follow them.
  let local = marks;
  for (const node of nodes) {
    if (depth > MAX_INLINE_DEPTH) {
      pushText(runs, flatText(node), local, null);
      continue;
    }
    switch (node.type) {
      case 'text':
        pushText(runs, node.value, local, maskOf(ctx, node));
        break;
      case 'strong':
        walk(node.children, withMark(local, { type: 'bold' }), runs, ctx, depth + 1);
        break;
      case 'emphasis':
        walk(node.children, withMark(local, { type: 'italic' }), runs, ctx, depth + 1);
        break;
      case 'delete':
        walk(node.children, withMark(local, { type: 'strike' }), runs, ctx, depth + 1);
        break;
      case 'inlineCode':
        // Outer marks stay on the run so a bold title holding code is still seen as bold; toRich drops them.
        pushText(runs, node.value, [...local, { type: 'code' }], null);
        break;
      case 'break':
        runs.push({ kind: 'break' });
        break;
      case 'link':
        walk(node.children, linked(local, node.url, node.title ?? null, node, ctx), runs, ctx, depth + 1);
        break;
      case 'linkReference': {
        const definition = ctx.definitions.get(node.identifier);
        const inner = definition ? linked(local, definition.url, definition.title, node, ctx) : local;
        walk(node.children, inner, runs, ctx, depth + 1);
        break;
      }
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : (ctx.definitions.get(node.identifier)?.url ?? '');
        ctx.report('repaired', node, 'Image kept as a link: the board does not show images.');
        pushText(runs, node.alt || url, url ? linked(local, url, null, node, ctx) : local, null);
        break;
      }
      case 'footnoteReference':
        pushText(runs, `[^${node.label ?? node.identifier}]`, local, null);
        break;
      case 'html':
        local = inlineHtml(node, local, runs, ctx);
        break;
      default:
        if ('children' in node) walk(node.children, local, runs, ctx, depth + 1);
        else if ('value' in node) pushText(runs, node.value, local, null);
    }
  }
}

function maskOf(ctx: ImportContext, node: MdNode & { value: string }): boolean[] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : escapeMask(ctx.source, node.value, start, end);
}

/** Adds a text run; soft line breaks become spaces, as they render. */
function pushText(runs: Run[], value: string, marks: RichMark[], mask: boolean[] | null) {
  let textValue = '';
  const escaped: boolean[] = [];
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (char === '\r' && value[i + 1] === '\n') continue;
    textValue += char === '\n' || char === '\r' ? ' ' : char;
    escaped.push(mask?.[i] ?? false);
  }
  if (textValue) runs.push({ kind: 'text', text: textValue, marks, escaped: mask ? escaped : null });
}

function withMark(marks: RichMark[], mark: RichMark): RichMark[] {
  return [...marks.filter((m) => m.type !== mark.type), mark];
}

function linked(marks: RichMark[], url: string, title: string | null, node: MdNode, ctx: ImportContext) {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
  if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) {
    ctx.report('repaired', node, `Link with a ${scheme}: address kept as text without the link.`);
    return marks;
  }
  const attrs: Record<string, unknown> = { href: url };
  if (title) attrs.title = title;
  return withMark(marks, { type: 'link', attrs });
}

function inlineHtml(node: MdNode & { value: string }, marks: RichMark[], runs: Run[], ctx: ImportContext) {
  const value = node.value.trim();
  if (HTML_COMMENT.test(value)) {
    ctx.report('skipped', node, 'HTML comment left out: GitHub does not show it either.');
    return marks;
  }
  if (HTML_BREAK.test(value)) {
    runs.push({ kind: 'break' });
    return marks;
  }
  const open = HTML_OPEN.exec(value)?.[1]?.toLowerCase();
  const openMark = open === undefined ? undefined : HTML_MARKS[open];
  if (openMark) return withMark(marks, { type: openMark });
  const close = HTML_CLOSE.exec(value)?.[1]?.toLowerCase();
  const closeMark = close === undefined ? undefined : HTML_MARKS[close];
  if (closeMark) return marks.filter((mark) => mark.type !== closeMark);
  ctx.report('unrecognised', node, 'Inline HTML kept as text.');
  pushText(runs, node.value, marks, null);
  return marks;
}

/** The text of a subtree without recursion (for input nested too deep to walk). */
export function flatText(node: MdNode): string {
  const parts: string[] = [];
  const stack: MdNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) continue;
    if ('value' in next && typeof next.value === 'string') parts.push(next.value);
    if ('children' in next) for (const child of [...next.children].reverse()) stack.push(child);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
