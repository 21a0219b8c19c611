/** Where a run of text stands in its line, which decides what must be escaped. */
export interface TextPlace {
  /** The text starts a line (of a paragraph, list item or after a hard break). */
  lineStart: boolean;
  /** The text ends a line: trailing whitespace would be dropped. */
  lineEnd: boolean;
  /** Inside a heading: '#' could close it. */
  heading: boolean;
  /** Offsets (into the text) that must be escaped whatever they are (see guards.ts). */
  forced: ReadonlySet<number>;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** Escaped wherever they stand: they open inline syntax (emphasis, code, links, HTML, tables, strikethrough). */
const ALWAYS = new Set(['\\', '`', '*', '[', ']', '<', '|', '~']);
/** Escaped at the start of a line, where they start a block (heading, quote, list, setext underline, table row). */
const LINE_START = new Set(['#', '>', '-', '+', '=', ':']);
const ENTITY_LIKE = /^&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Plain text as Markdown that parses back to exactly that text: syntax
 * characters get a backslash, whitespace that Markdown would drop at either
 * end of a line becomes an entity, "@" is escaped so it is not read as a
 * mention (mentions are written by the caller), and GFM autolinks are
 * broken up so plain URLs stay plain text.
 */
export function escapeText(value: string, place: TextPlace): string {
  const leading = place.lineStart ? (/^[ \t]*/.exec(value)?.[0].length ?? 0) : 0;
  const trailingFrom = place.lineEnd ? value.trimEnd().length : value.length;
  let out = '';
  let i = 0;
  for (const char of value) {
    out += escapeChar(value, i, char, place, leading, trailingFrom);
    i += char.length;
  }
  return out;
}

function entity(char: string): string {
  return `&#${char.codePointAt(0) ?? 0};`;
}

function escapeChar(
  value: string,
  i: number,
  char: string,
  place: TextPlace,
  leading: number,
  trailingFrom: number,
): string {
  if (place.forced.has(i)) return ASCII_PUNCTUATION.test(char) ? `\\${char}` : entity(char);
  if ((i < leading || i >= trailingFrom) && (char === ' ' || char === '\t')) return entity(char);
  if (ALWAYS.has(char)) return `\\${char}`;
  const first = place.lineStart && i === leading;
  if (LINE_START.has(char) && first) return `\\${char}`;
  switch (char) {
    case '_': {
      // Inside a word an underscore cannot emphasise: snake_case stays readable.
      const inWord = ALNUM.test(value[i - 1] ?? '') && ALNUM.test(value[i + 1] ?? '');
      return inWord ? char : '\\_';
    }
    case '@':
      return '\\@';
    case '!':
      // Before a link, "!" would make it an image.
      return i === value.length - 1 ? '\\!' : char;
    case '&':
      return ENTITY_LIKE.test(value.slice(i, i + 40)) ? '\\&' : char;
    case '#':
      return place.heading ? '\\#' : char;
    case '.':
    case ')':
      // "1." at the start of a line would start an ordered list.
      if (place.lineStart && i - leading <= 9 && /^\d{1,9}$/.test(value.slice(leading, i)))
        return `\\${char}`;
      return char === '.' && endsWith(value, i, ['www']) ? '\\.' : char;
    case ':':
      return endsWith(value, i, ['http', 'https', 'ftp']) ? '\\:' : char;
    default:
      return char;
  }
}

/** Whether one of the words ends at `end` (GFM links "3http://x" too, so no word boundary is required). */
function endsWith(value: string, end: number, words: string[]): boolean {
  return words.some(
    (word) => end >= word.length && value.slice(end - word.length, end).toLowerCase() === word,
  );
}
