import type { PlanMeta, SprintInfo } from '../PlanDocument.ts';

/**
 * The first line of an exported plan: an HTML comment holding the board's
 * title and sprint as JSON. GitHub does not show it; it lets a plan that was
 * exported, edited as an issue and imported again keep its meta.
 */

const META = /^<!--\s*sprintboard\s+([\s\S]*?)\s*-->$/;

/** Marks the next list as free text (a note), not headline goals, goals or items. Invisible on GitHub. */
export const NOTE_MARKER = '<!-- sprintboard:note -->';

const NOTE = /^<!--\s*sprintboard:note\s*-->$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The meta comment for a plan. '<', '>' and '--' are JSON-escaped so no value can end the comment early. */
export function writeMetaComment(meta: Pick<PlanMeta, 'title' | 'sprint'>): string {
  const json = JSON.stringify({ title: meta.title, sprint: meta.sprint })
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/-(?=-)/g, '\\u002d');
  return `<!-- sprintboard ${json} -->`;
}

/** Whether an HTML node is the note marker. */
export function isNoteMarker(html: string): boolean {
  return NOTE.test(html.trim());
}

/** What a meta comment held; problems are for the report. */
export interface ReadMeta {
  title: string | null;
  sprint: SprintInfo;
  problems: string[];
}

/** Reads a meta comment; null when the HTML is not one. Never throws: bad JSON or fields become problems. */
export function readMetaComment(html: string): ReadMeta | null {
  const match = META.exec(html.trim());
  if (!match) return null;
  const out: ReadMeta = { title: null, sprint: { number: null, startsOn: null, endsOn: null }, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(match[1] ?? '');
  } catch {
    out.problems.push('The sprintboard comment is not valid JSON; title and sprint were not taken from it.');
    return out;
  }
  if (!isRecord(value)) {
    out.problems.push('The sprintboard comment holds no object; title and sprint were not taken from it.');
    return out;
  }
  if (typeof value.title === 'string') out.title = value.title;
  else if (value.title !== undefined) out.problems.push('The title in the sprintboard comment is not text.');
  const sprint = value.sprint;
  if (isRecord(sprint)) {
    const { number, startsOn, endsOn } = sprint;
    if (typeof number === 'number' && Number.isInteger(number)) out.sprint.number = number;
    else if (number !== null && number !== undefined)
      out.problems.push('The sprint number is not a whole number.');
    for (const [key, date] of [
      ['startsOn', startsOn],
      ['endsOn', endsOn],
    ] as const) {
      if (typeof date === 'string' && ISO_DATE.test(date)) out.sprint[key] = date;
      else if (date !== null && date !== undefined)
        out.problems.push(`The sprint's ${key} is not a YYYY-MM-DD date.`);
    }
  } else if (sprint !== undefined)
    out.problems.push('The sprint in the sprintboard comment is not an object.');
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
