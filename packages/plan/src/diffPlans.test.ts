import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffPlans, PLAN_CHANGE_KINDS, type PlanChange } from './diffPlans.ts';
import { readPlanDocument, writeMeta, writePlanDocument } from './PlanDocument.ts';
import type { PlanView } from './PlanView.ts';
import { paragraph, text } from './richText.ts';
import { planTemplate } from './templates.ts';
import { toPlanView } from './toPlanView.ts';
import * as w from './writes/planWrites.ts';

/** Ids of the nodes of the base plan, for edits and expected locations. */
interface Ids {
  headline: string;
  outcome: string;
  goal: string;
  sub: string;
  statement: string;
  search: string;
  billing: string;
  hang: string;
  high: string;
}

function basePlan(): { doc: Y.Doc; ids: Ids } {
  const doc = new Y.Doc();
  writePlanDocument(
    doc,
    planTemplate('Sprint 24 planning', { number: 24, startsOn: '2025-03-03', endsOn: '2025-03-14' }),
  );
  const headline = w.addHeadline(doc, { text: 'Self-serve export', fiftyFifty: true });
  const outcome = w.addGoal(doc, 'retroOutcomes', {
    title: 'Billing v2',
    owner: 'ana',
    statements: ['Invoices match'],
  });
  const goal = w.addGoal(doc, 'proposedGoals', {
    title: 'Data export',
    owner: 'ana',
    collaborators: ['marek'],
  });
  const sub = w.addSubGoal(doc, goal, 'Idempotent jobs', 'marek');
  const statement = w.addStatement(doc, goal, '1 GB in 10 minutes');
  const search = w.addTeam(doc, 'Search');
  const billing = w.addTeam(doc, 'Billing');
  const hang = w.addItem(doc, search, 'hangOver', { text: 'Synonyms', owner: 'li' });
  const high = w.addItem(doc, search, 'high', { text: 'Ship v3', owner: 'tomasz' });
  return { doc, ids: { headline, outcome, goal, sub, statement, search, billing, hang, high } };
}

const view = (doc: Y.Doc): PlanView => toPlanView(readPlanDocument(doc));

/** One base plan for the whole file, so every test knows its ids. */
const base = basePlan();
const ids = base.ids;

/** The changes an edit makes to the base plan, made on a replica as a peer would. */
function changesOf(edit: (doc: Y.Doc, ids: Ids) => void): PlanChange[] {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(base.doc));
  edit(replica, ids);
  return diffPlans(view(base.doc), view(replica));
}

const brief = (changes: PlanChange[]) => changes.map(({ kind, before, after }) => ({ kind, before, after }));

describe('diffPlans', () => {
  it('reports nothing for the same plan, or one only reordered', () => {
    expect(diffPlans(view(base.doc), view(base.doc))).toEqual([]);
    expect(
      changesOf((d, i) => {
        w.moveTeam(d, i.billing, 0);
        w.moveNode(d, i.high, 1);
      }),
    ).toEqual([]);
  });

  it('meta-changed: title, sprint number and dates', () => {
    const changes = changesOf((d) =>
      writeMeta(d, { title: 'Sprint 24', sprint: { number: 25, endsOn: null } }),
    );
    expect(changes).toEqual([
      {
        kind: 'meta-changed',
        where: { section: 'meta' },
        before: 'Sprint 24 planning',
        after: 'Sprint 24',
        message: 'Title changed from "Sprint 24 planning" to "Sprint 24".',
      },
      {
        kind: 'meta-changed',
        where: { section: 'meta' },
        before: '24',
        after: '25',
        message: 'Sprint number changed from "24" to "25".',
      },
      {
        kind: 'meta-changed',
        where: { section: 'meta' },
        before: '2025-03-14',
        after: null,
        message: 'End date changed from "2025-03-14" to (none).',
      },
    ]);
  });

  it('headline-added, headline-removed, fifty-fifty-changed and text-changed on headlines', () => {
    expect(brief(changesOf((d, i) => w.removeNode(d, i.headline)))).toEqual([
      { kind: 'headline-removed', before: 'Self-serve export', after: undefined },
    ]);
    const changes = changesOf((d, i) => {
      w.setLineText(d, i.headline, 'Self-serve export for all');
      w.setFiftyFifty(d, i.headline, false);
      w.addHeadline(d, { text: 'Zero downtime' });
    });
    expect(changes.map((c) => c.message)).toEqual([
      'Headline goal "Self-serve export" changed to "Self-serve export for all".',
      'Headline goal "Self-serve export for all" no longer flagged 50:50.',
      'Headline goal "Zero downtime" added.',
    ]);
    expect(changes[0]?.where).toEqual({ section: 'headline', headlineId: ids.headline });
  });

  it('goal-added and goal-removed in both goal sections', () => {
    const changes = changesOf((d, i) => {
      w.removeNode(d, i.outcome);
      w.addGoal(d, 'proposedGoals', { title: 'Search v3', owner: 'tomasz' }, { index: 0 });
    });
    expect(changes.map((c) => [c.kind, c.where.section, c.message])).toEqual([
      ['goal-removed', 'retroOutcomes', 'Retro outcome "Billing v2" removed.'],
      ['goal-added', 'proposedGoals', 'Proposed goal "Search v3" added (owner @tomasz).'],
    ]);
  });

  it('owner-changed, status-changed, fifty-fifty-changed and collaborators-changed on a goal', () => {
    const changes = changesOf((d, i) => {
      w.setOwner(d, i.goal, 'marek');
      w.setStatus(d, i.outcome, 'carried');
      w.setFiftyFifty(d, i.goal, true);
      w.setCollaborators(d, i.goal, ['ana']);
    });
    expect(changes.map((c) => c.message)).toEqual([
      'Status of retro outcome "Billing v2" changed from open to 🔁 carried.',
      'Owner of proposed goal "Data export" changed from @ana to @marek.',
      'Collaborators of proposed goal "Data export" changed from @marek to @ana.',
      'Proposed goal "Data export" flagged 50:50.',
    ]);
    expect(brief(changes)[1]).toEqual({ kind: 'owner-changed', before: 'ana', after: 'marek' });
  });

  it('statement-added, statement-removed, and status and text of a statement', () => {
    const changes = changesOf((d, i) => {
      w.setStatus(d, i.statement, 'achieved');
      w.setLineText(d, i.statement, '1 GB in 5 minutes');
      w.addStatement(d, i.goal, 'Zero failed exports');
      w.removeNode(d, statementOf(d, i.outcome));
    });
    expect(changes.map((c) => [c.kind, c.message])).toEqual([
      ['statement-removed', '🎯 "Invoices match" of retro outcome "Billing v2" removed.'],
      [
        'text-changed',
        '🎯 "1 GB in 10 minutes" of proposed goal "Data export" changed to "1 GB in 5 minutes".',
      ],
      [
        'status-changed',
        'Status of 🎯 "1 GB in 5 minutes" of proposed goal "Data export" changed from open to ✅ achieved.',
      ],
      ['statement-added', '🎯 "Zero failed exports" of proposed goal "Data export" added.'],
    ]);
    expect(changes[1]?.where).toEqual({ section: 'proposedGoals', goalId: ids.goal, partId: ids.statement });
  });

  it('sub-goal-added, sub-goal-removed and a sub-goal’s owner', () => {
    const changes = changesOf((d, i) => {
      w.setOwner(d, i.sub, 'li');
      w.addSubGoal(d, i.goal, 'Export UI', null);
    });
    expect(changes.map((c) => c.message)).toEqual([
      'Owner of sub-goal "Idempotent jobs" of proposed goal "Data export" changed from @marek to @li.',
      'Sub-goal "Export UI" of proposed goal "Data export" added.',
    ]);
    expect(brief(changesOf((d, i) => w.removeNode(d, i.sub)))).toEqual([
      { kind: 'sub-goal-removed', before: 'Idempotent jobs', after: undefined },
    ]);
  });

  it('text-changed per typed node: title, summary and Why? of a goal', () => {
    const before = view(base.doc);
    const after = structuredClone(before);
    const goal = after.proposedGoals[0];
    if (!goal) throw new Error('no goal');
    Object.assign(goal, { title: 'Data export v2', summary: 'CSV and JSON', why: 'Deals are blocked' });
    expect(brief(diffPlans(before, after))).toEqual([
      { kind: 'text-changed', before: 'Data export', after: 'Data export v2' },
      { kind: 'text-changed', before: null, after: 'CSV and JSON' },
      { kind: 'text-changed', before: null, after: 'Deals are blocked' },
    ]);
    expect(diffPlans(before, after)[0]?.where).toEqual({ section: 'proposedGoals', goalId: ids.goal });
  });

  it('text-changed per free section: retro discussion and priorities, compared as plain text', () => {
    const changes = changesOf((d) =>
      w.setSectionBlocks(d, 'retroDiscussion', [paragraph([text('Ask early')])]),
    );
    expect(changes).toEqual([
      {
        kind: 'text-changed',
        where: { section: 'retroDiscussion' },
        before: null,
        after: 'Ask early',
        message: 'The retro discussion changed.',
      },
    ]);
    const before = view(base.doc);
    const after = structuredClone(before);
    before.priorities = { type: 'doc', content: [paragraph([text('Plan compute')])] };
    after.priorities = { type: 'doc', content: [paragraph([text('Plan compute', [{ type: 'bold' }])])] };
    expect(diffPlans(before, after)).toEqual([]);
    after.priorities.content?.push(paragraph([text('Pair on labelling')]));
    expect(brief(diffPlans(before, after))).toEqual([
      { kind: 'text-changed', before: 'Plan compute', after: 'Plan compute\nPair on labelling' },
    ]);
  });

  it('text-changed for free text: a team retro, and text between the proposed goals', () => {
    const before = view(base.doc);
    const after = structuredClone(before);
    const search = after.teams[0];
    if (!search) throw new Error('no team');
    search.retro = [paragraph([text('Went well: evaluation tooling')])];
    after.notes.proposedGoals = [paragraph([text('Each goal has a single owner.')])];
    expect(diffPlans(before, after).map((c) => [c.where, c.after, c.message])).toEqual([
      [
        { section: 'proposedGoals', goalId: '' },
        'Each goal has a single owner.',
        'Free text of the proposed goals changed.',
      ],
      [
        { section: 'teams', teamId: ids.search, part: 'retro' },
        'Went well: evaluation tooling',
        'Retro of team Search changed.',
      ],
    ]);
  });

  it('team-added, team-removed and team-renamed', () => {
    const changes = changesOf((d, i) => {
      w.renameTeam(d, i.search, 'Search & Ranking');
      w.removeTeam(d, i.billing);
      w.addTeam(d, 'Mobile');
    });
    expect(changes.map((c) => [c.kind, c.message])).toEqual([
      ['team-renamed', 'Team Search renamed to Search & Ranking.'],
      ['team-removed', 'Team Billing removed.'],
      ['team-added', 'Team Mobile added.'],
    ]);
  });

  it('item-added, item-removed, decision-changed and an item’s owner, status and text', () => {
    const changes = changesOf((d, i) => {
      w.setDecision(d, i.hang, 'prioritised');
      w.setOwner(d, i.high, null);
      w.setStatus(d, i.high, 'dropped');
      w.setLineText(d, i.high, 'Ship v3 to all');
      w.addItem(d, i.billing, 'low', { text: 'Remove PDF renderer', owner: 'marek' });
    });
    expect(changes.map((c) => [c.kind, c.message])).toEqual([
      ['decision-changed', 'Hang-over item "Synonyms" of team Search changed from undecided to prioritised.'],
      ['text-changed', 'High-priority item "Ship v3" of team Search changed to "Ship v3 to all".'],
      [
        'owner-changed',
        'Owner of high-priority item "Ship v3 to all" of team Search changed from @tomasz to nobody.',
      ],
      [
        'status-changed',
        'Status of high-priority item "Ship v3 to all" of team Search changed from open to ❌ dropped.',
      ],
      ['item-added', 'Low-priority item "Remove PDF renderer" of team Billing added (owner @marek).'],
    ]);
    expect(changes[0]?.where).toEqual({
      section: 'teams',
      teamId: ids.search,
      part: 'hangOver',
      itemId: ids.hang,
    });
    expect(brief(changesOf((d, i) => w.removeNode(d, i.high)))).toEqual([
      { kind: 'item-removed', before: 'Ship v3', after: undefined },
    ]);
  });

  it('reports changes in document order, a removed node where it was', () => {
    const changes = changesOf((d, i) => {
      w.addItem(d, i.search, 'high', { text: 'Dashboards' });
      w.setSectionBlocks(d, 'priorities', [paragraph([text('Plan compute')])]);
      w.removeNode(d, i.high);
      w.setOwner(d, i.goal, null);
      writeMeta(d, { title: 'Sprint 24' });
    });
    expect(changes.map((c) => c.kind)).toEqual([
      'meta-changed',
      'text-changed',
      'owner-changed',
      'item-removed',
      'item-added',
    ]);
    expect(changes.every((c) => PLAN_CHANGE_KINDS.includes(c.kind))).toBe(true);
  });
});

function statementOf(doc: Y.Doc, goalId: string): string {
  return view(doc).retroOutcomes.find((g) => g.id === goalId)?.statements[0]?.id ?? '';
}
