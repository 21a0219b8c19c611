/** A piece of the source that parses on its own to the same blocks. */
export interface SourceChunk {
  text: string;
  /** Offset of the piece in the whole source. */
  offset: number;
  /** 1-based line the piece starts on. */
  line: number;
  /**
   * The piece starts with the next item of a list the piece before ends
   * with: the two parsed lists are one list and must be joined again.
   */
  continuesList: boolean;
}

/** Pieces are cut no smaller than this, so a normal plan is parsed in a few calls. */
const MIN_CHUNK = 8 * 1024;

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r?\n|$)/;
/** A list item with text at column 0; group 1 is its kind (bullet, or the ordered delimiter). */
const ITEM_WITH_TEXT = /^(?:([-+*])|\d{1,9}([.)]))[ \t]+\S/;
const FENCE = /^ {0,3}(`{3,}|~{3,})([^\n]*)/;
/** HTML blocks that may hold blank lines (CommonMark kinds 1–5) and what ends each. */
const HTML_BLOCKS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Cuts the source before top-level blocks: a line at column 0 after a blank
 * line, outside fenced code and multi-line HTML, that is not a list item.
 * Such a line cannot continue anything before it, so each piece parses to
 * the blocks it held in the whole document. A long list (the parser is
 * slowest there) is also cut before one of its items: a column-0 item of the
 * same kind as the list is always the next item, never a continuation; the
 * piece is marked so the two halves are joined again.
 */
export function splitTopLevel(source: string): SourceChunk[] {
  const chunks: SourceChunk[] = [];
  let start = 0;
  let startLine = 1;
  let continuesList = false;
  let line = 1;
  let offset = 0;
  let previousBlank = true;
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  /** The kind of the top-level list being read, or null outside one. */
  let list: string | null = null;
  for (const text of source.split(/(?<=\n)/)) {
    const blank = text.trim().length === 0;
    const outside = !fence && !htmlEnd;
    const item = outside ? ITEM_WITH_TEXT.exec(text) : null;
    const kind = item ? (item[1] ?? item[2] ?? null) : null;
    const block = previousBlank && outside && /^\S/.test(text) && !LIST_MARKER.test(text);
    const nextItem = kind !== null && kind === list;
    if ((block || nextItem) && offset - start >= MIN_CHUNK) {
      chunks.push({ text: source.slice(start, offset), offset: start, line: startLine, continuesList });
      start = offset;
      startLine = line;
      continuesList = nextItem;
    }
    if (outside && /^\S/.test(text)) {
      // A list starts after a blank line; other text after a blank line ends it (lazy lines do not).
      // An item of another kind right after a line may be lazy text: stop cutting until the next blank line.
      if (kind !== null) list = previousBlank || kind === list ? kind : null;
      else if (previousBlank) list = null;
    }
    if (fence) {
      const close = FENCE.exec(text);
      if (close?.[1]?.[0] === fence.char && close[1].length >= fence.length && !close[2]?.trim())
        fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(text)) htmlEnd = null;
    } else {
      const open = FENCE.exec(text);
      if (open?.[1] && !(open[1][0] === '`' && open[2]?.includes('`'))) {
        fence = { char: open[1][0] ?? '`', length: open[1].length };
      } else {
        const html = HTML_BLOCKS.find(([opening]) => opening.test(text));
        if (html && !html[1].test(text.replace(html[0], ''))) htmlEnd = html[1];
      }
    }
    previousBlank = blank;
    offset += text.length;
    line += 1;
  }
  if (offset > start || chunks.length === 0) {
    chunks.push({ text: source.slice(start), offset: start, line: startLine, continuesList });
  }
  return chunks;
}
