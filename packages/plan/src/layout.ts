import * as Y from 'yjs';

/**
 * The layout of one board's Y.Doc. Top-level shared types, by name:
 *
 * - `meta` (Y.Map): title, sprint number and dates, schema version.
 * - `section:<key>` (Y.XmlFragment) for each of SECTION_KEYS: the rich text
 *   of that section, edited by one Tiptap editor, holding typed nodes
 *   (headline, goal with its parts) beside ordinary blocks.
 * - `teams` (Y.Map of Y.Map): one entry per team section, keyed by team id;
 *   each entry has `name`, `order` and `body` (a Y.XmlFragment of four
 *   teamPart nodes). A map, not an array, so teams can be reordered by
 *   changing `order` without copying (Yjs cannot move a nested type) and two
 *   peers adding teams at once never collide.
 */

/** The rich-text sections of a plan, in the order PRODUCT.md lists them (teams come last). */
export const SECTION_KEYS = [
  'headline',
  'retroOutcomes',
  'retroDiscussion',
  'priorities',
  'proposedGoals',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Human titles of the sections, as shown and exported. */
export const SECTION_TITLES: Record<SectionKey | 'teams', string> = {
  headline: 'Global Sprint Planning',
  retroOutcomes: 'Retro: Status of Outcomes from Previous Sprint',
  retroDiscussion: 'Retro: What can we do better next sprint?',
  priorities: 'Sprint priorities',
  proposedGoals: 'Plan: Proposed Goals for Next Sprint',
  teams: 'Team sprint planning',
};

/** Keys of the `meta` map. */
export const META = {
  /** Board title, e.g. "Sprint 24 planning". Any member may edit it while unlocked. */
  title: 'title',
  /** Sprint number (integer) or absent. */
  sprintNumber: 'sprintNumber',
  /** First day of the sprint, ISO date (YYYY-MM-DD), or absent. */
  startsOn: 'startsOn',
  /** Last day of the sprint, ISO date, or absent. */
  endsOn: 'endsOn',
  /**
   * Schema version the doc was last migrated to. Written only by migrate(),
   * which raises it after each migration in the same transaction; a client
   * seeing a higher version than it knows must reload.
   */
  schemaVersion: 'schemaVersion',
} as const;

/** Keys of one team's Y.Map inside `teams`. */
export const TEAM = {
  /** The team's name, e.g. "Search" (shown as "Team Search"). */
  name: 'name',
  /** Position among teams: teams are shown by ascending order, ties broken by id. */
  order: 'order',
  /** Y.XmlFragment with the team's teamPart nodes. */
  body: 'body',
} as const;

/** The fragment of a section. */
export function sectionFragment(doc: Y.Doc, key: SectionKey): Y.XmlFragment {
  return doc.getXmlFragment(`section:${key}`);
}

/** The meta map. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

/** The teams map (team id → team map). */
export function teamsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('teams');
}

/** The body fragment of one team, if the team exists and has one. */
export function teamBody(team: Y.Map<unknown>): Y.XmlFragment | undefined {
  const body = team.get(TEAM.body);
  return body instanceof Y.XmlFragment ? body : undefined;
}

/** Teams as [id, map] pairs in display order. */
export function orderedTeams(doc: Y.Doc): Array<[string, Y.Map<unknown>]> {
  const entries = [...teamsMap(doc).entries()].filter(
    (entry): entry is [string, Y.Map<unknown>] => entry[1] instanceof Y.Map,
  );
  return entries.sort(([idA, a], [idB, b]) => {
    const diff = orderOf(a) - orderOf(b);
    return diff !== 0 ? diff : idA < idB ? -1 : idA > idB ? 1 : 0;
  });
}

function orderOf(team: Y.Map<unknown>): number {
  const order = team.get(TEAM.order);
  return typeof order === 'number' && Number.isFinite(order) ? order : 0;
}

/** Every rich-text fragment of the doc: the sections, then each team's body. */
export function allFragments(doc: Y.Doc): Y.XmlFragment[] {
  const fragments = SECTION_KEYS.map((key) => sectionFragment(doc, key));
  for (const [, team] of orderedTeams(doc)) {
    const body = teamBody(team);
    if (body) fragments.push(body);
  }
  return fragments;
}
