import { paragraph, type RichMark, type RichNode, text } from '../richText.ts';
import { MENTION } from './conventions.ts';

/** One piece of imported inline text: text with marks, or a hard break. */
export type Run =
  | {
      kind: 'text';
      text: string;
      marks: RichMark[];
      /** Per character: written escaped (backslash or entity), so never part of a convention. */
      escaped: readonly boolean[] | null;
    }
  | { kind: 'break' };

/** Stands in for a character that conventions must not see (escaped, or inside code). */
export const HIDDEN = '\uE000';

function hasMark(marks: RichMark[], type: string): boolean {
  return marks.some((mark) => mark.type === type);
}

function runLength(run: Run): number {
  return run.kind === 'text' ? run.text.length : 1;
}

/**
 * A line of imported inline text, kept with its marks while the conventions
 * of a goal or item line are cut out of it. Offsets are into `text`; the
 * conventions are matched on `masked`, where escaped and code characters are
 * hidden, so `\(Owner: @x)` or `` `(50:50)` `` stay text. Mentions are made
 * last, by toRich(), so a marker's '@owner' is still plain text when it is cut.
 */
export class Line {
  /** The pieces, without empty texts. */
  readonly runs: readonly Run[];

  constructor(runs: readonly Run[]) {
    this.runs = runs.filter((run) => run.kind === 'break' || run.text.length > 0);
  }

  /** The text, hard breaks as '\n'. */
  get text(): string {
    return this.runs.map((run) => (run.kind === 'text' ? run.text : '\n')).join('');
  }

  /** The text with escaped characters and code hidden (same length as `text`). */
  get masked(): string {
    return this.runs
      .map((run) => {
        if (run.kind === 'break') return '\n';
        if (hasMark(run.marks, 'code')) return HIDDEN.repeat(run.text.length);
        const escaped = run.escaped;
        if (!escaped) return run.text;
        // By UTF-16 unit, as the mask is: an emoji must keep both halves.
        return run.text
          .split('')
          .map((unit, i) => (escaped[i] ? HIDDEN : unit))
          .join('');
      })
      .join('');
  }

  /** Whether there is nothing but whitespace. */
  get isBlank(): boolean {
    return this.text.trim().length === 0;
  }

  /** The part between two offsets of `text`. */
  slice(from: number, to: number = this.text.length): Line {
    const out: Run[] = [];
    let offset = 0;
    for (const run of this.runs) {
      const length = runLength(run);
      const start = Math.max(from, offset);
      const end = Math.min(to, offset + length);
      if (start < end) {
        if (run.kind === 'break') out.push(run);
        else {
          const a = start - offset;
          const b = end - offset;
          out.push({ ...run, text: run.text.slice(a, b), escaped: run.escaped?.slice(a, b) ?? null });
        }
      }
      offset += length;
    }
    return new Line(out);
  }

  /** Without leading and trailing whitespace (breaks count as whitespace). */
  trim(): Line {
    const value = this.text;
    const start = value.length - value.trimStart().length;
    const end = value.trimEnd().length;
    return start >= end ? new Line([]) : this.slice(start, end);
  }

  /** Without the given range; one space is left where it joined two words. */
  remove(from: number, to: number): Line {
    const before = this.slice(0, from);
    const after = this.slice(to);
    const joinsWords = /\S$/.test(before.text) && /^\S/.test(after.text);
    const beforeTrimmed = /\s$/.test(before.text) && /^\s/.test(after.text) ? before.trimEnd() : before;
    return new Line([
      ...beforeTrimmed.runs,
      ...(joinsWords ? [{ kind: 'text' as const, text: ' ', marks: [], escaped: null }] : []),
      ...after.runs,
    ]);
  }

  /** Without trailing whitespace. */
  trimEnd(): Line {
    return this.slice(0, this.text.trimEnd().length);
  }

  /** How many leading characters carry the mark (whole runs only). */
  leadingWithMark(type: string): number {
    let length = 0;
    for (const run of this.runs) {
      if (run.kind === 'break' || !hasMark(run.marks, type)) break;
      length += run.text.length;
    }
    return length;
  }

  /** The same text with one mark type removed. */
  withoutMark(type: string): Line {
    return new Line(
      this.runs.map((run) =>
        run.kind === 'text' ? { ...run, marks: run.marks.filter((mark) => mark.type !== type) } : run,
      ),
    );
  }

  /** The line after the first match of `pattern` on `masked`, with the match; null when it does not match. */
  cut(pattern: RegExp): { match: RegExpExecArray; rest: Line } | null {
    const match = pattern.exec(this.masked);
    if (!match) return null;
    return { match, rest: this.remove(match.index, match.index + match[0].length) };
  }

  /** The original text of a match group (the match was made on `masked` with a /d pattern). */
  group(match: RegExpExecArray, index: number): string {
    const range = match.indices?.[index];
    return range ? this.text.slice(range[0], range[1]) : '';
  }

  /** Rich inline nodes: runs with equal marks merged, '@handle' in plain text made into mentions. */
  toRich(): RichNode[] {
    const out: RichNode[] = [];
    const full = this.text;
    let offset = 0;
    for (const run of this.runs) {
      if (run.kind === 'break') {
        out.push({ type: 'hardBreak' });
        offset += 1;
        continue;
      }
      pushWithMentions(out, run, full, offset);
      offset += run.text.length;
    }
    return mergeText(out);
  }

  /** A paragraph of this line. */
  toParagraph(): RichNode {
    return paragraph(this.toRich());
  }
}

function pushWithMentions(
  out: RichNode[],
  run: Extract<Run, { kind: 'text' }>,
  full: string,
  offset: number,
) {
  const marks = run.marks;
  if (hasMark(marks, 'code')) {
    // The code mark excludes every other mark in our schema.
    out.push(text(run.text, [{ type: 'code' }]));
    return;
  }
  if (hasMark(marks, 'link')) {
    out.push(text(run.text, marks));
    return;
  }
  let last = 0;
  for (const match of run.text.matchAll(MENTION)) {
    const at = match.index;
    // The lookbehind only sees this run; a word character ending the previous run also rules it out.
    const before = full[offset + at - 1];
    if (run.escaped?.[at] || (at === 0 && before !== undefined && /[\w@/.\\]/.test(before))) continue;
    if (at > last) out.push(text(run.text.slice(last, at), marks));
    const mention: RichNode = { type: 'mention', attrs: { handle: match[1] ?? '' } };
    if (marks.length > 0) mention.marks = marks;
    out.push(mention);
    last = at + match[0].length;
  }
  if (last < run.text.length) out.push(text(run.text.slice(last), marks));
}

function sameMarks(a: RichMark[] | undefined, b: RichMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

function mergeText(nodes: RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  for (const node of nodes) {
    const previous = out.at(-1);
    if (previous?.type === 'text' && node.type === 'text' && sameMarks(previous.marks, node.marks)) {
      out[out.length - 1] = text(`${previous.text ?? ''}${node.text ?? ''}`, node.marks);
    } else out.push(node);
  }
  return out;
}
