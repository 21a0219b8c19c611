import {
  type GoalView,
  type ItemView,
  type PlanView,
  SECTION_TITLES,
  STATUS_EMOJI,
  TEAM_PART_TITLES,
} from '@sprintboard/plan';
import type { ReactNode } from 'react';
import { RichBlocks } from './RichText.tsx';

function Owner(props: { handle: string | null }) {
  return props.handle ? (
    <span className="chip">@{props.handle}</span>
  ) : (
    <span className="chip chip--empty">No owner</span>
  );
}

function Status(props: { status: GoalView['status'] }) {
  return props.status ? <span className="status-badge">{STATUS_EMOJI[props.status]}</span> : null;
}

function Goal({ goal }: { goal: GoalView }) {
  return (
    <section className="goal" data-status={goal.status ?? undefined} aria-label={`Goal ${goal.title}`}>
      <div className="goal__bar">
        <Owner handle={goal.owner} />
        {goal.collaborators.length > 0 && (
          <span className="muted">with {goal.collaborators.map((c) => `@${c}`).join(', ')}</span>
        )}
        {goal.fiftyFifty && <span className="pill pill--moon">50:50</span>}
        <Status status={goal.status} />
      </div>
      <div className="goal__body">
        <div data-type="goalTitle">{goal.title}</div>
        {goal.summary && <div data-type="goalSummary">{goal.summary}</div>}
        {goal.subGoals.map((s) => (
          <div key={s.id} className="line line--subgoal">
            <span className="line__mark">↳</span>
            <span className="line__text">{s.text}</span>
            <span className="line__meta">
              <Owner handle={s.owner} />
            </span>
          </div>
        ))}
        {goal.why && <div data-type="goalWhy">{goal.why}</div>}
        {goal.statements.map((s) => (
          <div key={s.id} className="line line--statement" data-status={s.status ?? undefined}>
            <span className="line__mark">🎯</span>
            <span className="line__text">{s.text}</span>
            <span className="line__meta">
              <Status status={s.status} />
            </span>
          </div>
        ))}
        {goal.statusNotes.map((note, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: notes have no ids and never move in a snapshot
          <div key={i} data-type="statusNote">
            {note}
          </div>
        ))}
        <RichBlocks nodes={goal.extra} />
      </div>
    </section>
  );
}

function Item({ item }: { item: ItemView }) {
  return (
    <div className="item" data-status={item.status ?? undefined} data-decision={item.decision ?? undefined}>
      <span className="item__bullet" aria-hidden="true" />
      <span className="item__text">{item.text}</span>
      <span className="item__meta">
        {item.decision && <span className={`pill pill--${item.decision}`}>{item.decision}</span>}
        <Status status={item.status} />
        <Owner handle={item.owner} />
      </span>
    </div>
  );
}

function Section(props: { n: number; title: string; children: ReactNode }) {
  return (
    <section className="doc-section">
      <h2 className="doc-section__title">
        <span className="doc-section__number">{props.n}</span>
        {props.title}
      </h2>
      <div className="doc">{props.children}</div>
    </section>
  );
}

/** A plan's typed view rendered read-only as the same document the board shows (snapshots, shared links). */
export function PlanViewDocument({ plan }: { plan: PlanView }) {
  return (
    <article className="document document--static">
      <Section n={1} title={SECTION_TITLES.headline}>
        {plan.headlineGoals.map((h) => (
          <div key={h.id} className="headline">
            <span className="headline__mark">★</span>
            <span className="headline__text">{h.text}</span>
            {h.fiftyFifty && <span className="pill pill--moon">50:50</span>}
          </div>
        ))}
        <RichBlocks nodes={plan.notes.headline} />
      </Section>
      <Section n={2} title={SECTION_TITLES.retroOutcomes}>
        {plan.retroOutcomes.map((g) => (
          <Goal key={g.id} goal={g} />
        ))}
        <RichBlocks nodes={plan.notes.retroOutcomes} />
      </Section>
      <Section n={3} title={SECTION_TITLES.retroDiscussion}>
        <RichBlocks nodes={plan.retroDiscussion.content ?? []} />
      </Section>
      <Section n={4} title={SECTION_TITLES.priorities}>
        <RichBlocks nodes={plan.priorities.content ?? []} />
      </Section>
      <Section n={5} title={SECTION_TITLES.proposedGoals}>
        {plan.proposedGoals.map((g) => (
          <Goal key={g.id} goal={g} />
        ))}
        <RichBlocks nodes={plan.notes.proposedGoals} />
      </Section>
      <Section n={6} title={SECTION_TITLES.teams}>
        {plan.teams.map((team) => (
          <section key={team.id} className="team">
            <header className="team__header">
              <h3 className="team__title">
                <span className="team__prefix">Team</span>
                <span className="team__name">{team.name}</span>
              </h3>
            </header>
            <section className="team-part">
              <h4 className="team-part__title">{TEAM_PART_TITLES.retro}</h4>
              <RichBlocks nodes={team.retro} />
            </section>
            {(['hangOver', 'high', 'low'] as const).map((kind) => (
              <section key={kind} className="team-part">
                <h4 className="team-part__title">{TEAM_PART_TITLES[kind]}</h4>
                {team[kind].map((item) => (
                  <Item key={item.id} item={item} />
                ))}
                <RichBlocks nodes={team.notes[kind]} />
              </section>
            ))}
          </section>
        ))}
      </Section>
    </article>
  );
}
