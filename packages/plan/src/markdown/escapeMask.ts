/**
 * Which characters of a parsed text node were written escaped in the source
 * (`\(`, `&#40;`, `&amp;`). mdast decodes escapes away; the exporter escapes
 * user text that looks like a convention ("(Owner: @x)", "Why?", "🎯"), so
 * the importer must know which characters were escaped to read it back as
 * text. Works by walking the node's source slice beside its value.
 */

/** ASCII punctuation: the characters a backslash can escape (CommonMark). */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|[A-Za-z][A-Za-z0-9]{1,31});/;

/** Characters that may sit in the source between two lines of one text value (indent, quote markers). */
const LINE_PREFIX = /[ \t>\r]/;

/**
 * A mask the length of `value` (true: that character was escaped), or null
 * when nothing was escaped or the source cannot be lined up with the value,
 * in which case nothing is treated as escaped.
 */
export function escapeMask(source: string, value: string, start: number, end: number): boolean[] | null {
  const slice = source.slice(start, end);
  if (!slice.includes('\\') && !slice.includes('&')) return null;
  const mask = new Array<boolean>(value.length).fill(false);
  let any = false;
  let i = 0;
  let j = 0;
  while (j < value.length) {
    const char = slice[i];
    if (char === undefined) return null;
    const next = slice[i + 1];
    if (char === '\\' && next !== undefined && ESCAPABLE.test(next) && next === value[j]) {
      mask[j] = true;
      any = true;
      i += 2;
      j += 1;
      continue;
    }
    if (char === '&') {
      const entity = ENTITY.exec(slice.slice(i, i + 40));
      if (entity) {
        const width = decodedWidth(entity, value, j);
        if (width > 0) {
          for (let k = 0; k < width; k++) mask[j + k] = true;
          any = true;
          i += entity[0].length;
          j += width;
          continue;
        }
      }
    }
    if (char === value[j]) {
      i += 1;
      j += 1;
      continue;
    }
    // Between lines the source holds indentation and '>' markers the value does not.
    if (LINE_PREFIX.test(char)) {
      i += 1;
      continue;
    }
    return null;
  }
  return any ? mask : null;
}

/** How many UTF-16 units of `value` at `at` the entity decoded to (0: it was not decoded). */
function decodedWidth(entity: RegExpExecArray, value: string, at: number): number {
  const [, decimal, hex] = entity;
  if (decimal !== undefined || hex !== undefined) {
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '0', 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    const decoded = valid ? String.fromCodePoint(code) : '\uFFFD';
    return value.startsWith(decoded, at) ? decoded.length : 0;
  }
  // A named entity: unknown names stay as written ('&' in the value); known ones decode to one or two units.
  if (value[at] === '&') return 0;
  const code = value.codePointAt(at) ?? 0;
  return code > 0xffff ? 2 : 1;
}
