import { FIFTY_GLOSS_WORDS } from './conventions.ts';

/**
 * Where user text would be read back as a convention, and which character
 * to escape so it is not: each pattern (flags d and g) captures that
 * character in its first matching group. The exporter escapes it with a
 * backslash or an entity; the importer sees it was escaped and leaves it.
 * They mirror the patterns in conventions.ts that read each place.
 */
export type Guards = readonly RegExp[];

/** A "(50:50)" that would be read as the flag; one glossing "even odds" is read as text anyway. */
const FIFTY = new RegExp(`(?<!(?:${FIFTY_GLOSS_WORDS})\\s*)(\\()\\s*50\\s*[:/]\\s*50\\s*\\)`, 'dgi');
const OWNER = /(\()\s*owners?\b/dgi;
const NO_OWNER = /^\s*(\()\s*no\s+owner\s*\)/dgi;
const COLLABORATORS = /(\()\s*(?:(?:collaborators?|with|helpers?)\s*:?\s*)?@/dgi;
const DECISION = /(?:\s([-–—:])\s*|([([])\s*)(?:de)?prioriti[sz]e?d?\s*[)\]]?\s*\.?\s*$/dgi;
const STATUS_START = /^\s*(✅|✔|☑|🔁|🔄|❌|✖)/dgu;
const SHORTCODE_START =
  /^\s*(:)(?:white_check_mark|heavy_check_mark|repeat|arrows_counterclockwise|x|dart):/dgi;
const TARGET_START = /^\s*(🎯)/dgu;
const WHY_START = /^\s*why\s*([?:])/dgi;
const STATUS_NOTE_START = /^\s*status\s*(:)/dgi;
const GOAL_START = /^\s*goal\s*(:)/dgi;
const PLACEHOLDER = /^\s*(i)tem\s*\d*\s*[.:)-]?\s*(?:de)?prioriti[sz]e?d?\s*\/\s*(?:de)?prioriti[sz]e?d?$/dgi;

/** A headline's text: "(50:50)" is the flag. */
export const HEADLINE_GUARDS: Guards = [FIFTY];

/** A goal's summary: the owner marker, the flag and collaborators may stand anywhere in it. */
export const SUMMARY_GUARDS: Guards = [OWNER, FIFTY, COLLABORATORS];

/** An item's text: status first, owner anywhere, "(@x)" and the decision at the end, the template placeholder. */
export const ITEM_GUARDS: Guards = [
  STATUS_START,
  SHORTCODE_START,
  OWNER,
  COLLABORATORS,
  DECISION,
  PLACEHOLDER,
];

/** Free text inside a goal: would otherwise be read as a 🎯 statement, Why?, Status: or a sub-goal. */
export const GOAL_EXTRA_GUARDS: Guards = [
  STATUS_START,
  SHORTCODE_START,
  TARGET_START,
  WHY_START,
  STATUS_NOTE_START,
  GOAL_START,
  OWNER,
  NO_OWNER,
];

/** Offsets of the characters to escape in `plain`. */
export function guardedPositions(plain: string, guards: Guards): Set<number> {
  const positions = new Set<number>();
  for (const guard of guards) {
    guard.lastIndex = 0;
    for (const match of plain.matchAll(guard)) {
      const range = match.indices?.slice(1).find((indices) => indices !== undefined);
      if (range) positions.add(range[0]);
    }
  }
  return positions;
}
