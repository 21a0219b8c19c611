import { SECTION_KEYS, SECTION_TITLES, type SectionKey } from '@sprintboard/plan';

const SHORT: Record<SectionKey, string> = {
  headline: 'Headline goals',
  retroOutcomes: 'Retro outcomes',
  retroDiscussion: 'Retro discussion',
  priorities: 'Priorities',
  proposedGoals: 'Proposed goals',
};

function isSectionKey(value: string): value is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(value);
}

/** A short name for an awareness `section` value: a section key or `team:<id>`. */
export function sectionName(
  section: string | null,
  teams: ReadonlyArray<{ id: string; name: string }>,
): string | null {
  if (!section) return null;
  if (isSectionKey(section)) return SHORT[section];
  if (section.startsWith('team:')) {
    const team = teams.find((t) => t.id === section.slice(5));
    return team ? `Team ${team.name}` : 'a team';
  }
  return SECTION_TITLES.teams;
}
