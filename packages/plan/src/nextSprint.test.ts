import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { nextSprint } from './nextSprint.ts';
import { type PlanDocument, readPlanDocument, writePlanDocument } from './PlanDocument.ts';
import type { PlanView } from './PlanView.ts';
import { paragraph, type RichNode, text } from './richText.ts';
import { planTemplate } from './templates.ts';
import { toPlanView } from './toPlanView.ts';
import { addGoal, addHeadline, addItem, addTeam, setSectionBlocks, setStatus } from './writes/planWrites.ts';

/** Sprint 24 as two teams left it: goals with statuses, finished and unfinished items. */
function sprint24(): PlanDocument {
  const doc = new Y.Doc();
  writePlanDocument(
    doc,
    planTemplate('Sprint 24 planning', { number: 24, startsOn: '2025-03-03', endsOn: '2025-03-14' }),
  );
  addHeadline(doc, { text: 'Every customer can self-serve an export', fiftyFifty: true });
  addGoal(doc, 'retroOutcomes', { title: 'Billing v2', owner: 'ana', status: 'achieved' });
  setSectionBlocks(doc, 'retroDiscussion', [paragraph([text('Ask for compute early')])]);
  setSectionBlocks(doc, 'priorities', [paragraph([text('Check resources on day one')])]);
  addGoal(doc, 'proposedGoals', {
    title: 'Self-serve data export',
    summary: 'Any admin can export all workspace data',
    owner: 'ana',
    collaborators: ['ana', 'marek'],
    fiftyFifty: true,
    status: 'carried',
    why: 'Three enterprise deals are blocked on it',
    statements: [
      { text: 'A 1 GB export finishes in under 10 minutes', status: 'achieved' },
      { text: '', status: null },
    ],
    subGoals: [{ text: 'Idempotent export jobs', owner: 'marek' }],
  });
  addGoal(doc, 'proposedGoals', {
    title: 'Search relevance',
    owner: 'tomasz',
    statements: [{ text: 'CTR +10% for all users', status: 'dropped' }],
  });
  const search = addTeam(doc, 'Search');
  const ship = addItem(doc, search, 'high', { text: 'Ship ranking v3', owner: 'tomasz' });
  setStatus(doc, ship, 'achieved');
  addItem(doc, search, 'high', { text: 'Dashboards per query class', owner: 'li' });
  addItem(doc, search, 'low', { text: 'Spell-correction experiment', owner: 'tomasz' });
  addItem(doc, search, 'hangOver', { text: 'Synonyms', decision: 'prioritised' });
  const billing = addTeam(doc, 'Billing');
  addItem(doc, billing, 'high', { text: 'Idempotency keys', owner: 'marek', status: 'carried' });
  addItem(doc, billing, 'high', { text: 'Late events', owner: 'ana', status: 'dropped' });
  addItem(doc, billing, 'high', { text: 'Proration', owner: 'marek', status: 'achieved' });
  return readPlanDocument(doc);
}

/** The plan as the new board shows it, after the server has written it into a fresh Y.Doc. */
function seededView(plan: PlanDocument): PlanView {
  const doc = new Y.Doc();
  writePlanDocument(doc, plan);
  return toPlanView(readPlanDocument(doc));
}

const allIds = (view: PlanView): string[] => [
  ...view.headlineGoals.map((h) => h.id),
  ...[...view.retroOutcomes, ...view.proposedGoals].flatMap((g) => [
    g.id,
    ...g.statements.map((s) => s.id),
    ...g.subGoals.map((s) => s.id),
  ]),
  ...view.teams.flatMap((t) => [t.id, ...[...t.hangOver, ...t.high, ...t.low].map((i) => i.id)]),
];

describe('nextSprint', () => {
  it('titles and dates the next sprint', () => {
    const next = nextSprint(sprint24());
    expect(next.meta.title).toBe('Sprint 25 planning');
    expect(next.meta.sprint).toEqual({ number: 25, startsOn: '2025-03-15', endsOn: '2025-03-26' });
  });

  it('lists this sprint’s proposed goals as retro outcomes, statuses left to fill in', () => {
    const view = seededView(nextSprint(sprint24()));
    expect(view.retroOutcomes).toMatchObject([
      {
        title: 'Self-serve data export',
        summary: 'Any admin can export all workspace data',
        owner: 'ana',
        collaborators: ['ana', 'marek'],
        fiftyFifty: true,
        status: null,
        why: '',
        subGoals: [],
        statements: [{ text: 'A 1 GB export finishes in under 10 minutes', status: null }],
      },
      {
        title: 'Search relevance',
        owner: 'tomasz',
        statements: [{ text: 'CTR +10% for all users', status: null }],
      },
    ]);
  });

  it('carries each team’s unfinished high-priority items over as undecided hang-over items', () => {
    const view = seededView(nextSprint(sprint24()));
    expect(view.teams.map((t) => t.name)).toEqual(['Search', 'Billing']);
    const hangOver = view.teams.map((t) => t.hangOver.map((i) => [i.text, i.owner, i.decision, i.status]));
    expect(hangOver).toEqual([
      [['Dashboards per query class', 'li', null, null]],
      [
        ['Idempotency keys', 'marek', null, null],
        ['Late events', 'ana', null, null],
      ],
    ]);
    for (const team of view.teams) {
      // The retro is the template's one empty paragraph, ready to type in.
      expect([team.high, team.low, team.retro]).toEqual([[], [], [paragraph()]]);
    }
  });

  it('starts the headline, discussion, priorities and proposed goals empty', () => {
    const next = nextSprint(sprint24());
    for (const key of ['headline', 'retroDiscussion', 'priorities', 'proposedGoals'] as const) {
      expect(next.sections[key].content).toEqual([paragraph()]);
    }
    expect(seededView(next).headlineGoals).toEqual([]);
  });

  it('gives every node a fresh id', () => {
    const before = sprint24();
    const beforeIds = new Set(allIds(toPlanView(before)));
    const ids = allIds(seededView(nextSprint(before)));
    expect(ids.length).toBe(9);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => beforeIds.has(id) || id === '')).toEqual([]);
  });

  it('keeps marks and mentions in copied text, without sharing objects with the source', () => {
    const plan = planTemplate('Sprint 7 planning', { number: 7 });
    const bold = text('Billing', [{ type: 'bold' }]);
    const mention: RichNode = { type: 'mention', attrs: { handle: 'marek' } };
    plan.sections.proposedGoals.content = [
      {
        type: 'goal',
        attrs: { id: 'g1', owner: 'ana' },
        content: [
          { type: 'goalTitle', content: [bold] },
          { type: 'statement', attrs: { id: 's1', status: 'achieved' }, content: [text('Ask '), mention] },
        ],
      },
    ];
    const [goal] = nextSprint(plan).sections.retroOutcomes.content ?? [];
    expect(goal?.content?.[0]).toEqual({ type: 'goalTitle', content: [bold] });
    expect(goal?.content?.[1]?.content).toEqual([text('Ask '), mention]);
    expect(goal?.content?.[0]?.content?.[0]).not.toBe(bold);
  });

  it('leaves unknown dates empty and honours a given title and sprint', () => {
    const plan = planTemplate('Planning', { startsOn: '2025-02-30', endsOn: '2025-03-14' });
    expect(nextSprint(plan).meta).toMatchObject({
      title: 'Next sprint planning',
      sprint: { number: null, startsOn: null, endsOn: null },
    });
    const sprint = { number: 3, startsOn: '2025-01-06', endsOn: '2025-01-17' };
    expect(nextSprint(plan, { title: 'Q1 sprint 3', sprint }).meta).toMatchObject({
      title: 'Q1 sprint 3',
      sprint,
    });
    expect(nextSprint(plan).sections.retroOutcomes.content).toEqual([paragraph()]);
  });
});
