import * as Y from 'yjs';
import {
  META,
  metaMap,
  orderedTeams,
  SECTION_KEYS,
  type SectionKey,
  sectionFragment,
  TEAM,
  teamBody,
  teamsMap,
} from './layout.ts';
import { emptyDoc, type RichDoc } from './richText.ts';
import { fragmentToRich, replaceFragment } from './yxml.ts';

/**
 * A whole plan as plain JSON: meta plus the rich text of every fragment.
 * The lossless plain form of a board: Markdown export, the typed view and
 * snapshots are made from it, and import and next-sprint produce one that
 * is then written into a fresh Y.Doc on the server.
 */
export interface PlanDocument {
  meta: PlanMeta;
  sections: Record<SectionKey, RichDoc>;
  teams: TeamDocument[];
}

/** Board-level facts kept in the doc's `meta` map. */
export interface PlanMeta {
  title: string;
  sprint: SprintInfo;
  /** Version of the doc layout (see migrations). */
  schemaVersion: number;
}

/** Sprint number and dates; each may be unknown. */
export interface SprintInfo {
  number: number | null;
  /** ISO date, YYYY-MM-DD. */
  startsOn: string | null;
  /** ISO date, YYYY-MM-DD. */
  endsOn: string | null;
}

/** One team section: its name and body (teamPart nodes). */
export interface TeamDocument {
  id: string;
  name: string;
  body: RichDoc;
}

/** An empty plan document with the given title. */
export function emptyPlanDocument(title = ''): PlanDocument {
  const sections = Object.fromEntries(SECTION_KEYS.map((key) => [key, emptyDoc()])) as Record<
    SectionKey,
    RichDoc
  >;
  return {
    meta: { title, sprint: { number: null, startsOn: null, endsOn: null }, schemaVersion: 0 },
    sections,
    teams: [],
  };
}

/** Reads the meta map, tolerating missing or mistyped fields. */
export function readMeta(doc: Y.Doc): PlanMeta {
  const meta = metaMap(doc);
  const str = (key: string) => {
    const value = meta.get(key);
    return typeof value === 'string' ? value : null;
  };
  const num = (key: string) => {
    const value = meta.get(key);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  return {
    title: str(META.title) ?? '',
    sprint: { number: num(META.sprintNumber), startsOn: str(META.startsOn), endsOn: str(META.endsOn) },
    schemaVersion: num(META.schemaVersion) ?? 0,
  };
}

/** The whole doc as a PlanDocument. A pure read. */
export function readPlanDocument(doc: Y.Doc): PlanDocument {
  const sections = Object.fromEntries(
    SECTION_KEYS.map((key) => [key, fragmentToRich(sectionFragment(doc, key))]),
  ) as Record<SectionKey, RichDoc>;
  const teams = orderedTeams(doc).map(([id, team]) => {
    const name = team.get(TEAM.name);
    const body = teamBody(team);
    return { id, name: typeof name === 'string' ? name : '', body: body ? fragmentToRich(body) : emptyDoc() };
  });
  return { meta: readMeta(doc), sections, teams };
}

/**
 * Writes a PlanDocument into a doc, replacing what was there, in one
 * transaction. The schema version is not written here: migrate() owns it.
 * Used on the server only, to seed a new board once.
 */
export function writePlanDocument(doc: Y.Doc, plan: PlanDocument, origin?: unknown): void {
  doc.transact(() => {
    writeMeta(doc, { title: plan.meta.title, sprint: plan.meta.sprint });
    for (const key of SECTION_KEYS) {
      replaceFragment(sectionFragment(doc, key), plan.sections[key].content ?? []);
    }
    const teams = teamsMap(doc);
    for (const id of [...teams.keys()]) teams.delete(id);
    plan.teams.forEach((team, index) => {
      const entry = new Y.Map<unknown>();
      const body = new Y.XmlFragment();
      entry.set(TEAM.name, team.name);
      entry.set(TEAM.order, index + 1);
      entry.set(TEAM.body, body);
      teams.set(team.id, entry);
      replaceFragment(body, team.body.content ?? []);
    });
  }, origin);
}

/** Sets the title and/or sprint facts, in one transaction. */
export function writeMeta(
  doc: Y.Doc,
  change: { title?: string; sprint?: Partial<SprintInfo> },
  origin?: unknown,
): void {
  const meta = metaMap(doc);
  const setOrDelete = (key: string, value: string | number | null | undefined) => {
    if (value === undefined) return;
    if (value === null) meta.delete(key);
    else if (meta.get(key) !== value) meta.set(key, value);
  };
  doc.transact(() => {
    setOrDelete(META.title, change.title);
    setOrDelete(META.sprintNumber, change.sprint?.number);
    setOrDelete(META.startsOn, change.sprint?.startsOn);
    setOrDelete(META.endsOn, change.sprint?.endsOn);
  }, origin);
}
