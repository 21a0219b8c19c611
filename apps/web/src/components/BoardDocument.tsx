import { type PlanView, SECTION_KEYS, SECTION_TITLES } from '@sprintboard/plan';
import { memo, useMemo } from 'react';
import { useTeams } from '../hooks/useTeams.ts';
import { sectionFragmentOf } from '../room/fragments.ts';
import { AddTeam } from './AddTeam.tsx';
import { useBoard } from './BoardContext.tsx';
import { SectionEditor } from './SectionEditor.tsx';
import { SectionFooter } from './SectionFooter.tsx';
import { SectionPresence } from './SectionPresence.tsx';
import { TeamSection } from './TeamSection.tsx';

/** Boards with more teams than this mount team editors only near the viewport. */
const EAGER_TEAMS = 6;

const HINTS: Record<(typeof SECTION_KEYS)[number], string> = {
  headline: 'One or more huge goals that push ambition.',
  retroOutcomes: 'Last sprint’s goals: what came of each 🎯 statement.',
  retroDiscussion: 'What can we do better? Group by topic; say who raised each point.',
  priorities: 'A numbered list of lessons and priorities.',
  proposedGoals: 'Each goal: one owner, why it matters, and measurable 🎯 statements.',
};

/**
 * The whole plan as one document: the five sections, then one section per
 * team. Memoized: the page re-renders on connection ticks, the document only
 * when the plan's typed view changes.
 */
export const BoardDocument = memo(function BoardDocument(props: { view: PlanView | null }) {
  const { room } = useBoard();
  const teams = useTeams(room);
  const teamViews = useMemo(() => new Map(props.view?.teams.map((t) => [t.id, t]) ?? []), [props.view]);
  return (
    <article className="document">
      {SECTION_KEYS.map((key, index) => (
        <section key={key} className="doc-section" id={`section-${key}`} aria-labelledby={`title-${key}`}>
          <h2 className="doc-section__title" id={`title-${key}`}>
            <span className="doc-section__number">{index + 1}</span>
            {SECTION_TITLES[key]}
            <SectionPresence room={room} section={key} />
          </h2>
          <p className="doc-section__hint">{HINTS[key]}</p>
          <SectionEditor
            fragment={sectionFragmentOf(room, key)}
            section={key}
            label={SECTION_TITLES[key]}
            footer={(editor) => <SectionFooter section={key} editor={editor} />}
          />
        </section>
      ))}
      <section className="doc-section" id="section-teams" aria-labelledby="title-teams">
        <h2 className="doc-section__title" id="title-teams">
          <span className="doc-section__number">6</span>
          {SECTION_TITLES.teams}
        </h2>
        <p className="doc-section__hint">
          One section per team: retro, hang-over items, and this sprint’s work.
        </p>
        {teams.map((team, index) => (
          <TeamSection
            key={team.id}
            teamId={team.id}
            name={team.name}
            index={index}
            count={teams.length}
            lazy={teams.length > EAGER_TEAMS}
            view={teamViews.get(team.id)}
          />
        ))}
        {teams.length === 0 && <p className="muted empty-note">No teams yet.</p>}
        <AddTeam />
      </section>
    </article>
  );
});
