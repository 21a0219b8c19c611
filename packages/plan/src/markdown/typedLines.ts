import type { Decision, Status } from '../vocabulary.ts';
import {
  COLLABORATORS,
  DECISION_SUFFIX,
  decisionOfWord,
  FIFTY_FIFTY,
  FIFTY_GLOSS,
  HANDLE,
  INNER_SEPARATOR,
  NOBODY,
  OWNER_MARKER,
  PLACEHOLDER_ITEM,
  STATEMENT_PREFIX,
  STATUS_NOTE_PREFIX,
  STATUS_PREFIX,
  SUB_GOAL_PREFIX,
  SUMMARY_SEPARATOR,
  statusOfToken,
  TRAILING_HANDLE,
  WHOLE_HANDLE,
  WHY_PREFIX,
} from './conventions.ts';
import { Line } from './Line.ts';

/**
 * Readers of the one-line conventions of a planning issue: a goal line, a
 * goal's nested lines, a team item, a headline. Each takes the line apart
 * into typed values and the rich text that is left, and says what it had to
 * repair, for the report.
 */

/** A goal's first line: `✅ **Title** (Owner: @x) - summary (50:50) (@a @b)`. */
export interface GoalLine {
  title: Line;
  summary: Line;
  owner: string | null;
  collaborators: string[];
  status: Status | null;
  fiftyFifty: boolean;
  /** Whether anything marks it as a goal (bold title, status, owner, 50:50, collaborators). */
  recognised: boolean;
  repairs: string[];
}

const ALL_HANDLES = new RegExp(`@(${HANDLE})`, 'g');

interface Owners {
  owner: string | null;
  others: string[];
  repairs: string[];
}

/** The owner written inside an owner marker; extra handles are returned, not lost. */
function ownersOf(inner: string, closed: boolean): Owners {
  const repairs = closed ? [] : ['The owner marker had no closing parenthesis.'];
  const handles = [...inner.matchAll(ALL_HANDLES)].map((match) => match[1] ?? '').filter(Boolean);
  const word = inner.trim();
  if (handles.length === 0) {
    if (NOBODY.test(word)) return { owner: null, others: [], repairs };
    if (WHOLE_HANDLE.test(word)) {
      return { owner: word, others: [], repairs: [...repairs, `Owner "${word}" was written without @.`] };
    }
    return {
      owner: null,
      others: [],
      repairs: [...repairs, `Owner "${word}" is not a handle; left unowned.`],
    };
  }
  const [owner = null, ...others] = handles;
  if (others.length > 0) {
    repairs.push(
      `More than one owner: @${owner} kept as the owner, ${others.map((h) => `@${h}`).join(' ')} not.`,
    );
  }
  return { owner, others, repairs };
}

function cutOwner(line: Line): { line: Line; owners: Owners | null } {
  const cut = line.cut(OWNER_MARKER);
  if (!cut) return { line, owners: null };
  return { line: cut.rest, owners: ownersOf(line.group(cut.match, 1), cut.match[0].trimEnd().endsWith(')')) };
}

function cutStatus(line: Line): { line: Line; status: Status | null } {
  const cut = line.cut(STATUS_PREFIX);
  return cut ? { line: cut.rest, status: statusOfToken(line.group(cut.match, 1)) } : { line, status: null };
}

/** Reads a goal's first line. */
export function parseGoalLine(input: Line): GoalLine {
  const repairs: string[] = [];
  const { line: afterStatus, status } = cutStatus(input.trim());
  let line = afterStatus;
  let title: Line | null = null;
  const bold = line.leadingWithMark('bold');
  let unclosedBold = false;
  if (bold > 0) {
    title = line.slice(0, bold).withoutMark('bold').trim();
    line = line.slice(bold);
  } else if (/^(\*\*|__)/.test(line.masked)) {
    unclosedBold = true;
    line = line.slice(2);
    repairs.push('The bold goal title was not closed.');
  }
  const owner = cutOwner(line);
  line = owner.line;
  repairs.push(...(owner.owners?.repairs ?? []));
  const fifty = cutFiftyFifty(line);
  line = fifty.line;
  const collaborators: string[] = [...(owner.owners?.others ?? [])];
  const collab = line.cut(COLLABORATORS);
  if (collab) {
    collaborators.push(...[...collab.match[0].matchAll(ALL_HANDLES)].map((match) => match[1] ?? ''));
    line = collab.rest;
  }
  let summary: Line;
  if (title) {
    const separator = line.cut(SUMMARY_SEPARATOR);
    summary = (separator && separator.match.index === 0 ? separator.rest : line).trim();
  } else {
    const separator = INNER_SEPARATOR.exec(line.masked);
    title = (separator ? line.slice(0, separator.index) : line).trim();
    summary = separator ? line.slice(separator.index + separator[0].length).trim() : new Line([]);
  }
  const recognised = bold > 0 || unclosedBold || status !== null || !!owner.owners || fifty.flag || !!collab;
  if (recognised && bold === 0 && !unclosedBold && !title.isBlank)
    repairs.push('The goal title was not in bold.');
  return {
    title,
    summary,
    owner: owner.owners?.owner ?? null,
    collaborators: [...new Set(collaborators.filter(Boolean))],
    status,
    fiftyFifty: fifty.flag,
    recognised,
    repairs,
  };
}

/** One of a goal's nested lines. */
export type GoalPartLine =
  | { type: 'statement'; status: Status | null; text: Line; repairs: string[] }
  | { type: 'goalWhy' | 'statusNote'; text: Line; repairs: string[] }
  | { type: 'subGoal'; owner: string | null; text: Line; repairs: string[] };

/** Reads a nested line of a goal: 🎯 statement, Why?, Status:, or a sub-goal; null when it is none of them. */
export function parseGoalPart(input: Line): GoalPartLine | null {
  const line = input.trim();
  const statement = line.cut(STATEMENT_PREFIX);
  if (statement) {
    const token = line.group(statement.match, 1) || line.group(statement.match, 2);
    const status = token ? statusOfToken(token) : null;
    return { type: 'statement', status, text: statement.rest.trim(), repairs: [] };
  }
  const why = line.cut(WHY_PREFIX);
  if (why) return { type: 'goalWhy', text: why.rest.trim(), repairs: [] };
  const note = line.cut(STATUS_NOTE_PREFIX);
  if (note) return { type: 'statusNote', text: note.rest.trim(), repairs: [] };
  const sub = line.cut(SUB_GOAL_PREFIX);
  if (sub) {
    const inner = line.group(sub.match, 1);
    const owners = /^\s*\(\s*no\s+owner/i.test(sub.match[0]) ? null : ownersOf(inner, true);
    return {
      type: 'subGoal',
      owner: owners?.owner ?? null,
      text: unquote(sub.rest),
      repairs: owners?.repairs ?? [],
    };
  }
  const owned = cutOwner(line);
  if (owned.owners) {
    const repairs = [...owned.owners.repairs, 'Read as a sub-goal because it names an owner.'];
    return { type: 'subGoal', owner: owned.owners.owner, text: unquote(owned.line), repairs };
  }
  const status = cutStatus(line);
  if (status.status) {
    const repairs = ['Read as a 🎯 statement: it has a status but no 🎯.'];
    return { type: 'statement', status: status.status, text: status.line.trim(), repairs };
  }
  return null;
}

/** Without one pair of surrounding quotes. */
function unquote(input: Line): Line {
  const line = input.trim();
  const masked = line.masked;
  return masked.length >= 2 && /^["“”]/.test(masked) && /["“”]$/.test(masked)
    ? line.slice(1, masked.length - 1)
    : line;
}

/** A team item: `✅ text - prioritised (Owner: @x)`. */
export interface ItemLine {
  text: Line;
  owner: string | null;
  decision: Decision | null;
  status: Status | null;
  /** The team template's "Item 1. prioritised/deprioritise". */
  placeholder: boolean;
  repairs: string[];
}

/** Reads a team item line. */
export function parseItemLine(input: Line): ItemLine {
  const trimmed = input.trim();
  const placeholder = PLACEHOLDER_ITEM.test(trimmed.masked);
  const { line: afterStatus, status } = cutStatus(trimmed);
  let line = afterStatus;
  const owned = cutOwner(line);
  line = owned.line;
  const repairs = [...(owned.owners?.repairs ?? [])];
  let owner = owned.owners?.owner ?? null;
  if (!owned.owners) {
    const trailing = line.cut(TRAILING_HANDLE);
    if (trailing) {
      owner = line.group(trailing.match, 1);
      line = trailing.rest;
      repairs.push(`"(@${owner})" read as the owner.`);
    }
  }
  let decision: Decision | null = null;
  const decided = line.cut(DECISION_SUFFIX);
  if (decided) {
    decision = decisionOfWord(line.group(decided.match, 1));
    line = decided.rest;
  }
  const others = owned.owners?.others ?? [];
  if (others.length > 0) {
    // Items have one owner and no collaborators: the other names stay in the text.
    line = new Line([
      ...line.runs,
      { kind: 'text', text: ` (also ${others.map((h) => `@${h}`).join(' ')})`, marks: [], escaped: null },
    ]);
  }
  return { text: line.trim(), owner, decision, status, placeholder, repairs };
}

/** A headline goal: text, then "(50:50)" for a moonshot. */
export function parseHeadlineLine(input: Line): { text: Line; fiftyFifty: boolean } {
  const fifty = cutFiftyFifty(input.trim());
  return { text: fifty.line.trim(), fiftyFifty: fifty.flag };
}

/** Cuts the last "(50:50)" out as the flag, unless it glosses words like "even odds" before it. */
function cutFiftyFifty(line: Line): { line: Line; flag: boolean } {
  const masked = line.masked;
  const last = [...masked.matchAll(FIFTY_FIFTY)].at(-1);
  if (!last || FIFTY_GLOSS.test(masked.slice(0, last.index))) return { line, flag: false };
  return { line: line.remove(last.index, last.index + last[0].length), flag: true };
}
