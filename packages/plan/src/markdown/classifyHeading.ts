import type { SectionKey } from '../layout.ts';
import type { TeamPartKind } from '../vocabulary.ts';
import { HIDDEN } from './Line.ts';

/** What a heading starts, by its text. */
export type HeadingRole =
  | { kind: 'section'; key: SectionKey }
  | { kind: 'teams' }
  | { kind: 'team'; name: string }
  | { kind: 'part'; part: TeamPartKind | 'planning' };

const SEP = '\\s*[:\\-–—]?\\s*';

/** Section headings, matched on lower-case text without leading emoji or numbering. */
const SECTIONS: Array<[RegExp, SectionKey | 'teams']> = [
  [/^global sprint planning\b|^headline goals?\b|^global planning\b/, 'headline'],
  [new RegExp(`^(?:retro${SEP})?status of (?:the )?outcomes\\b|^retro${SEP}outcomes\\b`), 'retroOutcomes'],
  [
    new RegExp(`^(?:retro${SEP})?what (?:can|could|should) we do better\\b|^retro${SEP}discussion\\b`),
    'retroDiscussion',
  ],
  [/^(?:sprint )?priorities\b/, 'priorities'],
  [new RegExp(`^(?:plan${SEP})?proposed goals\\b`), 'proposedGoals'],
  [/^team sprint planning\b|^team planning$|^teams$/, 'teams'],
];

/** Headings of a team's parts (only meaningful inside a team). */
const PARTS: Array<[RegExp, TeamPartKind | 'planning']> = [
  [/^retro(?:spective)?$/, 'retro'],
  [/^(?:hang[\s-]*over|carr(?:y|ied)[\s-]*over)\b/, 'hangOver'],
  [/^planning$/, 'planning'],
  [/^high(?:[\s-]*priority)?\b/, 'high'],
  [/^low(?:[\s-]*priority)?\b|^side[\s-]*quests?\b/, 'low'],
];

const TEAM = new RegExp(`^team(?:${SEP}(.*))?$`, 'is');

/**
 * The role of a heading, from its text (`masked`: escaped characters
 * hidden, so a heading the exporter escaped is never structural), at any
 * level and in any case. Team part headings count only inside a team.
 */
export function classifyHeading(masked: string, plain: string, inTeam: boolean): HeadingRole | null {
  const lead = /^[^\p{L}\p{N}\uE000]*/u.exec(masked)?.[0].length ?? 0;
  const normal = masked
    .slice(lead)
    .replace(/\s+/g, ' ')
    .replace(/[\s:]+$/, '')
    .toLowerCase();
  if (normal.startsWith(HIDDEN)) return null;
  for (const [pattern, key] of SECTIONS) {
    if (pattern.test(normal)) return key === 'teams' ? { kind: 'teams' } : { kind: 'section', key };
  }
  if (inTeam) {
    for (const [pattern, part] of PARTS) if (pattern.test(normal)) return { kind: 'part', part };
  }
  if (/^team\b/.test(normal)) {
    const name = TEAM.exec(plain.slice(lead).trim())?.[1] ?? '';
    return { kind: 'team', name: name.replace(/:\s*$/, '').trim() };
  }
  return null;
}

/** Whether a heading with this text would be read as structure in some place; the exporter escapes such free headings. */
export function looksStructural(plain: string): boolean {
  return classifyHeading(plain, plain, true) !== null;
}
