/**
 * The small closed vocabularies of a plan: statuses, hang-over decisions and
 * team part kinds. Shared by the schema, the typed view, Markdown and rules.
 */

/** Outcome of a goal, a 🎯 statement or an item: ✅ achieved, 🔁 carried over, ❌ dropped. */
export const STATUSES = ['achieved', 'carried', 'dropped'] as const;
export type Status = (typeof STATUSES)[number];

/** The emoji a status is written with in Markdown and shown with in the UI. */
export const STATUS_EMOJI: Record<Status, string> = {
  achieved: '✅',
  carried: '🔁',
  dropped: '❌',
};

/** Decision on a hang-over item carried in from the previous sprint. */
export const DECISIONS = ['prioritised', 'deprioritised'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The four parts of a team's section, in the order they are shown. */
export const TEAM_PART_KINDS = ['retro', 'hangOver', 'high', 'low'] as const;
export type TeamPartKind = (typeof TEAM_PART_KINDS)[number];

/** Headings of the team parts, as written in a planning issue. */
export const TEAM_PART_TITLES: Record<TeamPartKind, string> = {
  retro: 'Retro',
  hangOver: 'Hang over items from previous sprint',
  high: 'High priority',
  low: 'Low priority / side quests',
};

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function isDecision(value: unknown): value is Decision {
  return typeof value === 'string' && (DECISIONS as readonly string[]).includes(value);
}

export function isTeamPartKind(value: unknown): value is TeamPartKind {
  return typeof value === 'string' && (TEAM_PART_KINDS as readonly string[]).includes(value);
}
