import type { ImportContext } from './ImportContext.ts';
import { MarkdownImportError } from './MarkdownImportError.ts';

/** Control characters other than tab, line feed and carriage return: never meant, often pasted from terminals. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point.
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Deeper than this many nested quotes or list items on one line, the rest of
 * the markers are kept as text: the parser's time grows with the square of
 * the depth, and no plan nests this deep.
 */
export const MAX_CONTAINER_DEPTH = 24;

/** Leading indentation beyond this many columns is cut, for the same reason. */
export const MAX_INDENT = 96;

const CONTAINER_MARKER = /^( {0,3})(>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/**
 * The source made safe to parse: refuses binary input, drops a byte-order
 * mark, strips control characters and tames pathological nesting, reporting
 * every change with its line. Never adds or removes a line, so reported line
 * numbers match the file the person has.
 */
export function prepareSource(raw: string, ctx: ImportContext): string {
  const nul = raw.indexOf('\u0000');
  if (nul >= 0) {
    const line = raw.slice(0, nul).split('\n').length;
    throw new MarkdownImportError(
      'markdown-binary',
      `This file is not Markdown text: it holds binary data (a NUL byte on line ${line}).`,
    );
  }
  const lines = raw.replace(/^\uFEFF/, '').split('\n');
  let stripped = 0;
  let firstStripped = 0;
  const out = lines.map((line, index) => {
    let text = line;
    const controls = text.match(CONTROL);
    if (controls) {
      stripped += controls.length;
      firstStripped ||= index + 1;
      text = text.replace(CONTROL, '');
    }
    return tameNesting(text, index + 1, ctx);
  });
  if (stripped > 0) {
    ctx.report(
      'repaired',
      firstStripped,
      `Removed ${stripped} invisible control character${stripped === 1 ? '' : 's'} (first on line ${firstStripped}).`,
    );
  }
  return out.join('\n');
}

function tameNesting(line: string, lineNumber: number, ctx: ImportContext): string {
  let text = line;
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const columns = [...indent].reduce((sum, char) => sum + (char === '\t' ? 4 - (sum % 4) : 1), 0);
  if (columns > MAX_INDENT) {
    text = ' '.repeat(MAX_INDENT) + text.slice(indent.length);
    ctx.report('repaired', lineNumber, `Indentation deeper than ${MAX_INDENT} columns was reduced.`);
  }
  let rest = text;
  let consumed = 0;
  for (let depth = 0; ; depth++) {
    const marker = CONTAINER_MARKER.exec(rest);
    if (!marker) return text;
    if (depth === MAX_CONTAINER_DEPTH) {
      const [, spaces = '', token = ''] = marker;
      // Escaping the marker's punctuation turns it, and everything after it, into text.
      const at = consumed + spaces.length + (/^\d/.test(token) ? token.length - 1 : 0);
      ctx.report(
        'repaired',
        lineNumber,
        `Nesting deeper than ${MAX_CONTAINER_DEPTH} levels was kept as text.`,
      );
      return `${text.slice(0, at)}\\${text.slice(at)}`;
    }
    consumed += marker[0].length;
    rest = rest.slice(marker[0].length);
  }
}
