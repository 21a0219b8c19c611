/**
 * Who is who, as far as plan health is concerned. The roster is supplied by
 * the workspace (not stored in the plan), so the same plan can be checked
 * against this week's support rota.
 */

/** The kinds of work a person does; only engineers may own goals and items. */
export const DISCIPLINES = ['engineering', 'design', 'product', 'other'] as const;
/** One of DISCIPLINES. */
export type Discipline = (typeof DISCIPLINES)[number];

/** One person on the roster. */
export interface RosterPerson {
  /** Handle as written in mentions and owner fields, with or without '@'. */
  handle: string;
  discipline: Discipline;
  /** On support duty this sprint: owns no product work (rule PH3). */
  supportHero?: boolean;
}

/** The people a plan is checked against. */
export interface Roster {
  people: RosterPerson[];
}

/**
 * A handle in the form rules compare: without '@', trimmed, lower case.
 * Handles are GitHub-style and case-insensitive, and an owner typed as
 * "@Ana" in one place and "ana" in another is the same person.
 */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase();
}

/** Looks people up by normalized handle; the first entry wins if the roster repeats a handle. */
export function rosterLookup(roster: Roster): (handle: string) => RosterPerson | undefined {
  const byHandle = new Map<string, RosterPerson>();
  for (const person of roster.people) {
    const key = normalizeHandle(person.handle);
    if (key && !byHandle.has(key)) byHandle.set(key, person);
  }
  return (handle) => byHandle.get(normalizeHandle(handle));
}
