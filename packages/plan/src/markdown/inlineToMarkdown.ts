import { plainText, type RichMark, type RichNode } from '../richText.ts';
import { append } from './append.ts';
import { WHOLE_HANDLE } from './conventions.ts';
import { escapeText } from './escapeText.ts';
import { type Guards, guardedPositions } from './guards.ts';

/** How a line of inline content is written. */
export interface InlineOptions {
  /** Conventions the text must not be read back as (see guards.ts). */
  guards?: Guards;
  /** Further offsets (into the plain line) to escape. */
  forced?: readonly number[];
  /** Inside a heading: hard breaks are written as <br> and '#' is escaped. */
  heading?: boolean;
}

type Item =
  | { kind: 'text'; text: string; marks: RichMark[] }
  | { kind: 'mention'; handle: string; marks: RichMark[] }
  | { kind: 'break' };

type Token = { kind: 'chunk'; value: string } | { kind: 'open' | 'close'; mark: RichMark; pair: number };

/** Marks written as delimiters, outermost first. Code is written as a code span around its text. */
const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'underline'];

/**
 * Inline rich text (text with marks, mentions, hard breaks) as one line of
 * GFM; hard breaks become "\" + newline and the caller indents what follows.
 * Marks become **, _ or *, ~~, <u> and [](), falling back to HTML tags where
 * CommonMark's flanking rules would not read the delimiters back; whitespace
 * at the edge of a mark is moved outside it for the same reason.
 */
export function inlineToMarkdown(
  nodes: readonly RichNode[] | undefined,
  options: InlineOptions = {},
): string {
  const items = trimSpans(flatten(nodes ?? []));
  const plain = items.map((item) => plainOf(item)).join('');
  const forced = guardedPositions(plain, options.guards ?? []);
  for (const offset of options.forced ?? []) forced.add(offset);
  return render(tokenize(items, forced, options.heading === true));
}

function plainOf(item: Item): string {
  return item.kind === 'text' ? item.text : item.kind === 'mention' ? `@${item.handle}` : '\n';
}

function flatten(nodes: readonly RichNode[]): Item[] {
  const items: Item[] = [];
  for (const node of nodes) {
    const marks = normalMarks(node.marks);
    if (node.type === 'text') {
      if (node.text) items.push({ kind: 'text', text: node.text.replace(/\r?\n|\r/g, ' '), marks });
    } else if (node.type === 'mention') {
      items.push({ kind: 'mention', handle: String(node.attrs?.handle ?? ''), marks });
    } else if (node.type === 'hardBreak') {
      items.push({ kind: 'break' });
    } else {
      const value = plainText(node).replace(/\s+/g, ' ');
      if (value) items.push({ kind: 'text', text: value, marks: [] });
    }
  }
  // Markdown cannot end a paragraph with a hard break.
  while (items.at(-1)?.kind === 'break') items.pop();
  return mergeText(items);
}

/** Joins neighbouring texts with the same marks: two code spans side by side would fuse their fences. */
function mergeText(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const previous = out.at(-1);
    if (
      previous?.kind === 'text' &&
      item.kind === 'text' &&
      previous.marks.map(markKey).join() === item.marks.map(markKey).join()
    ) {
      out[out.length - 1] = { ...previous, text: previous.text + item.text };
    } else out.push(item);
  }
  return out;
}

function normalMarks(marks: RichMark[] | undefined): RichMark[] {
  const known = (marks ?? []).filter((mark) => mark.type === 'code' || MARK_ORDER.includes(mark.type));
  const unique = known.filter(
    (mark, index) => known.findIndex((other) => other.type === mark.type) === index,
  );
  return unique.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

function markKey(mark: RichMark): string {
  return mark.type === 'link'
    ? `link ${String(mark.attrs?.href ?? '')} ${String(mark.attrs?.title ?? '')}`
    : mark.type;
}

/** Moves whitespace at the edges of each mark's spans outside the mark. */
function trimSpans(input: Item[]): Item[] {
  let items = input;
  for (const type of MARK_ORDER) {
    const out: Item[] = [];
    let span: Item[] = [];
    let spanKey: string | null = null;
    const flush = () => {
      if (spanKey !== null) append(out, trimSpan(span, spanKey));
      span = [];
      spanKey = null;
    };
    for (const item of items) {
      const mark = item.kind === 'break' ? undefined : item.marks.find((m) => m.type === type);
      const key = mark ? markKey(mark) : null;
      if (key !== spanKey) flush();
      if (key === null) out.push(item);
      else {
        spanKey = key;
        span.push(item);
      }
    }
    flush();
    items = out;
  }
  return items;
}

function isCode(item: Item): boolean {
  return item.kind === 'text' && item.marks.some((mark) => mark.type === 'code');
}

function trimSpan(span: Item[], key: string): Item[] {
  const before: Item[] = [];
  const after: Item[] = [];
  const inner = [...span];
  for (let first = inner[0]; first; first = inner[0]) {
    if (first.kind !== 'text' || isCode(first) || !/^\s/.test(first.text)) break;
    const kept = first.text.trimStart();
    const marks = first.marks.filter((m) => markKey(m) !== key);
    before.push({ kind: 'text', text: first.text.slice(0, first.text.length - kept.length), marks });
    if (kept) inner[0] = { ...first, text: kept };
    else inner.shift();
  }
  for (let last = inner.at(-1); last; last = inner.at(-1)) {
    if (last.kind !== 'text' || isCode(last) || !/\s$/.test(last.text)) break;
    const kept = last.text.trimEnd();
    const marks = last.marks.filter((m) => markKey(m) !== key);
    after.unshift({ kind: 'text', text: last.text.slice(kept.length), marks });
    if (kept) inner[inner.length - 1] = { ...last, text: kept };
    else inner.pop();
  }
  return [...before, ...inner, ...after];
}

function tokenize(items: Item[], forced: ReadonlySet<number>, heading: boolean): Token[] {
  const tokens: Token[] = [];
  const open: Array<{ key: string; token: number }> = [];
  const close = (index: number) => {
    const entry = tokens[index];
    if (entry && entry.kind === 'open') {
      entry.pair = tokens.length;
      tokens.push({ kind: 'close', mark: entry.mark, pair: index });
    }
  };
  let offset = 0;
  items.forEach((item, index) => {
    const marks = item.kind === 'break' ? [] : item.marks.filter((mark) => mark.type !== 'code');
    const keys = marks.map(markKey);
    let keep = 0;
    while (keep < open.length && keys.includes(open[keep]?.key ?? '')) keep++;
    while (open.length > keep) close(open.pop()?.token ?? -1);
    for (const mark of marks) {
      const key = markKey(mark);
      if (open.some((entry) => entry.key === key)) continue;
      open.push({ key, token: tokens.length });
      tokens.push({ kind: 'open', mark, pair: -1 });
    }
    const previous = items[index - 1];
    const next = items[index + 1];
    const place = {
      lineStart: offset === 0 || previous?.kind === 'break',
      lineEnd: next === undefined || next.kind === 'break',
      heading,
      forced: localPositions(forced, offset, plainOf(item).length),
    };
    tokens.push({ kind: 'chunk', value: chunkOf(item, place) });
    offset += plainOf(item).length;
  });
  while (open.length > 0) close(open.pop()?.token ?? -1);
  return tokens;
}

function localPositions(forced: ReadonlySet<number>, offset: number, length: number): Set<number> {
  const local = new Set<number>();
  for (const position of forced)
    if (position >= offset && position < offset + length) local.add(position - offset);
  return local;
}

function chunkOf(item: Item, place: Parameters<typeof escapeText>[1]): string {
  // A heading is one line: its breaks are written as the HTML GitHub renders.
  if (item.kind === 'break') return place.heading ? '<br>' : '\\\n';
  if (item.kind === 'mention') {
    return WHOLE_HANDLE.test(item.handle) ? `@${item.handle}` : escapeText(`@${item.handle}`, place);
  }
  return isCode(item) ? codeSpan(item.text) : escapeText(item.text, place);
}

/** A code span holding `value` exactly: a longer backtick fence than any inside, padded where CommonMark strips. */
function codeSpan(value: string): string {
  const longest = (value.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(value) || (/^ /.test(value) && / $/.test(value) && value.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

function leftFlanking(before: string, first: string): boolean {
  return (
    !WHITESPACE.test(first) &&
    (!PUNCTUATION.test(first) || WHITESPACE.test(before) || PUNCTUATION.test(before))
  );
}

function rightFlanking(last: string, after: string): boolean {
  return (
    !WHITESPACE.test(last) && (!PUNCTUATION.test(last) || WHITESPACE.test(after) || PUNCTUATION.test(after))
  );
}

/** The delimiters of one mark, given the characters around its opening and closing. */
function delimiters(
  mark: RichMark,
  before: string,
  first: string,
  last: string,
  after: string,
): [string, string] {
  const open = leftFlanking(before, first);
  const close = rightFlanking(last, after);
  switch (mark.type) {
    case 'link':
      return ['[', `](${destination(mark)})`];
    case 'bold':
      return open && close ? ['**', '**'] : ['<strong>', '</strong>'];
    case 'italic': {
      const underscoreOpen = open && (!rightFlanking(before, first) || PUNCTUATION.test(before));
      const underscoreClose = close && (!leftFlanking(last, after) || PUNCTUATION.test(after));
      if (underscoreOpen && underscoreClose) return ['_', '_'];
      return open && close ? ['*', '*'] : ['<em>', '</em>'];
    }
    case 'strike':
      return open && close ? ['~~', '~~'] : ['<del>', '</del>'];
    default:
      return ['<u>', '</u>'];
  }
}

function destination(mark: RichMark): string {
  const href = String(mark.attrs?.href ?? '');
  const title = typeof mark.attrs?.title === 'string' && mark.attrs.title ? mark.attrs.title : null;
  const url =
    href === '' || /[\s<>]/.test(href)
      ? `<${href.replace(/\\/g, '\\\\').replace(/</g, '%3C').replace(/>/g, '%3E')}>`
      : href.replace(/[\\()]/g, (char) => `\\${char}`);
  return title ? `${url} "${title.replace(/["\\]/g, (char) => `\\${char}`)}"` : url;
}

function render(tokens: Token[]): string {
  let out = '';
  const chosen = new Map<number, string>();
  const firstOf = (index: number) => {
    const token = tokens[index];
    return !token ? ' ' : token.kind === 'chunk' ? (token.value[0] ?? ' ') : '*';
  };
  const lastOf = (index: number) => {
    const token = tokens[index];
    return !token ? ' ' : token.kind === 'chunk' ? (token.value.at(-1) ?? ' ') : '*';
  };
  tokens.forEach((token, index) => {
    if (token.kind === 'chunk') {
      out += token.value;
    } else if (token.kind === 'open') {
      const [open, close] = delimiters(
        token.mark,
        out.at(-1) ?? ' ',
        firstOf(index + 1),
        lastOf(token.pair - 1),
        firstOf(token.pair + 1),
      );
      chosen.set(token.pair, close);
      out += open;
    } else {
      out += chosen.get(index) ?? '';
    }
  });
  return out;
}
