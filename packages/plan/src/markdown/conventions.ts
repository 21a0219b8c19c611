import type { Decision, Status } from '../vocabulary.ts';

/**
 * The text conventions of a planning issue ("(Owner: @x)", "(50:50)", "🎯
 * Goal:", "- prioritised", …), written once so the exporter writes exactly
 * what the importer reads, and the exporter can escape user text that
 * would otherwise be read back as one of them.
 */

/** A person's handle as written after '@' (GitHub style; dots allowed for other directories). */
export const HANDLE = '[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?';

/** A whole handle, to decide whether a mention can be written as '@handle'. */
export const WHOLE_HANDLE = new RegExp(`^${HANDLE}$`);

/** An '@handle' in running text; the lookbehind keeps e-mail addresses and paths out. */
export const MENTION = new RegExp(`(?<![\\w@/.\\\\])@(${HANDLE})`, 'g');

/** The spellings of each status at the start of a line: emoji, with or without variation selector, or GitHub shortcodes. */
const STATUS_TOKENS: Array<[string, Status]> = [
  ['✅', 'achieved'],
  ['✔', 'achieved'],
  ['☑', 'achieved'],
  [':white_check_mark:', 'achieved'],
  [':heavy_check_mark:', 'achieved'],
  ['🔁', 'carried'],
  ['🔄', 'carried'],
  [':repeat:', 'carried'],
  [':arrows_counterclockwise:', 'carried'],
  ['❌', 'dropped'],
  ['✖', 'dropped'],
  [':x:', 'dropped'],
];

const STATUS_ALTERNATIVES = STATUS_TOKENS.map(([token]) => token).join('|');

/** A status at the start of a line; group 1 is the token. */
export const STATUS_PREFIX = new RegExp(`^\\s*(${STATUS_ALTERNATIVES})\\uFE0F?\\s*`, 'di');

/** The status a STATUS_PREFIX token stands for. */
export function statusOfToken(token: string): Status {
  const lower = token.toLowerCase();
  return STATUS_TOKENS.find(([spelling]) => spelling === lower)?.[1] ?? 'achieved';
}

/** The 🎯 that starts a goal statement. */
const TARGET = '(?:🎯|:dart:)\\uFE0F?';

/**
 * A 🎯 statement prefix: optional status, 🎯 (or a bare "Goal:"), optional
 * status after the target, optional "Goal:". Groups: 1 status before, 2
 * status after.
 */
export const STATEMENT_PREFIX = new RegExp(
  `^\\s*(?:(${STATUS_ALTERNATIVES})\\uFE0F?\\s*)?(?:${TARGET}\\s*(?:(${STATUS_ALTERNATIVES})\\uFE0F?\\s*)?(?:goal\\s*:)?|goal\\s*:)\\s*`,
  'di',
);

/** "Why?" / "Why:" at the start of a goal part. */
export const WHY_PREFIX = /^\s*why\s*[?:][?:]?\s*/i;

/** "Status:" at the start of a goal part. */
export const STATUS_NOTE_PREFIX = /^\s*status\s*:\s*/i;

/**
 * An owner marker, "(Owner: @x)", tolerating stray spaces, "Owners", a
 * missing colon or '@', and a missing closing parenthesis at the end of the
 * line. Group 1 is what was written inside.
 */
export const OWNER_MARKER = /\(\s*owners?\b\s*:?\s*([^()]*?)\s*(?:\)|$)/di;

/** "(No owner)", written for a sub-goal nobody owns yet. */
export const NO_OWNER = '(No owner)';

/** The sub-goal prefix: an owner marker or "(No owner)", then an optional colon. Group 1: inside of the marker. */
export const SUB_GOAL_PREFIX = /^\s*\(\s*(?:owners?\b\s*:?\s*([^()]*?)|no\s+owner)\s*\)\s*:?\s*/di;

/** The 50:50 flag. */
export const FIFTY_FIFTY = /\(\s*50\s*[:/]\s*50\s*\)/g;

/**
 * Words that say the odds are even. A "(50:50)" right after them glosses
 * them (the template's "goal that we only have even odds of hitting
 * (50:50)") rather than flagging a moonshot.
 */
export const FIFTY_GLOSS_WORDS =
  '(?:\\b(?:even|equal)|\\b50\\s*[-/:]\\s*50)\\s+(?:odds|chances?)(?:\\s+(?:of|to)\\s+[\\w-]+)?|\\bcoin[\\s-]?(?:flip|toss)';

/** FIFTY_GLOSS_WORDS at the end of a text. */
export const FIFTY_GLOSS = new RegExp(`(?:${FIFTY_GLOSS_WORDS})\\s*$`, 'i');

/** Collaborators, "(@a @b)", optionally labelled. */
export const COLLABORATORS = new RegExp(
  `\\(\\s*(?:(?:collaborators?|with|helpers?)\\s*:?\\s*)?@${HANDLE}(?:\\s*[,;&]?\\s*(?:and\\s+)?@${HANDLE})*\\s*\\)`,
  'i',
);

/** One '@handle' inside a marker; group 1 the handle. */
export const HANDLE_IN_MARKER = new RegExp(`@?(${HANDLE})`, 'g');

/** A hang-over decision at the end of an item: " - prioritised", "(deprioritised)". Group 1: the word. */
export const DECISION_SUFFIX = /(?:\s[-–—:]\s*|\s*[([]\s*)((?:de)?prioriti[sz]e?d?)\s*[)\]]?\s*\.?\s*$/di;

/** The decision a DECISION_SUFFIX word stands for. */
export function decisionOfWord(word: string): Decision {
  return word.toLowerCase().startsWith('de') ? 'deprioritised' : 'prioritised';
}

/** A single trailing "(@x)" on an item: a common way of naming the one owner. Group 1: the handle. */
export const TRAILING_HANDLE = new RegExp(`\\(\\s*@(${HANDLE})\\s*\\)\\s*$`, 'd');

/** The separator between a goal's title (and owner) and its summary. */
export const SUMMARY_SEPARATOR = /^\s*[-–—:]\s*/;

/** A separator inside a goal line whose title is not bold. */
export const INNER_SEPARATOR = /\s[-–—]\s|^\s*[-–—]\s/;

/** Words that say "nobody yet" inside an owner marker. */
export const NOBODY = /^(?:|tbd|tba|none|nobody|n\/a|-+|_+|\?+|…|\.\.\.)$/i;

/** Placeholder items of the team template, e.g. "Item 1. prioritised/deprioritise". */
export const PLACEHOLDER_ITEM =
  /^item\s*\d*\s*[.:)-]?\s*(?:de)?prioriti[sz]e?d?\s*\/\s*(?:de)?prioriti[sz]e?d?$/i;

/** Placeholder team names of the template: "Team ___", "Team <name>", … */
export const PLACEHOLDER_TEAM_NAME =
  /^(?:_+|-+|\.{2,}|…|x+|\?+|<[^>]*>|\[[^\]]*\]|\{[^}]*\}|name|team name)$/i;

/** Template instructions that are not plan content ("copy this template into a comment below"). */
export const TEMPLATE_HINT = /copy this template/i;
