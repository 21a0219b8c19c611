import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readPlanDocument, writePlanDocument } from '../PlanDocument.ts';
import type { PlanView } from '../PlanView.ts';
import { planTemplate } from '../templates.ts';
import { toPlanView } from '../toPlanView.ts';
import { addGoal, addItem, addStatement, addSubGoal, addTeam } from '../writes/planWrites.ts';
import { checkPlan } from './checkPlan.ts';
import type { Roster } from './Roster.ts';
import { RULE_IDS, RULES, type RuleId } from './RULES.ts';

const roster: Roster = {
  people: [
    { handle: 'ana', discipline: 'engineering' },
    { handle: 'marek', discipline: 'engineering' },
    { handle: 'tomasz', discipline: 'engineering' },
    { handle: 'grace', discipline: 'engineering', supportHero: true },
    { handle: 'dana', discipline: 'design' },
    { handle: 'priya', discipline: 'product' },
  ],
};

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  writePlanDocument(doc, planTemplate('Sprint 24 planning', { number: 24 }));
  return doc;
}

const view = (doc: Y.Doc): PlanView => toPlanView(readPlanDocument(doc));

/** A plan that breaks no rule: owned, measurable goals and items, the support hero free. */
function healthyPlan(): Y.Doc {
  const doc = seeded();
  const export_ = addGoal(doc, 'proposedGoals', {
    title: 'Self-serve export',
    owner: 'ana',
    collaborators: ['dana', 'grace'],
    statements: ['A 1 GB export finishes in 10 minutes'],
  });
  addSubGoal(doc, export_, 'Idempotent jobs', 'marek');
  addGoal(doc, 'proposedGoals', { title: 'Search v3', owner: 'tomasz', statements: ['CTR +10%'] });
  addGoal(doc, 'retroOutcomes', { title: 'Billing v2', owner: null, status: 'achieved' });
  const search = addTeam(doc, 'Search');
  addItem(doc, search, 'high', { text: 'Ship v3', owner: 'tomasz' });
  addItem(doc, search, 'low', { text: 'Spell check', owner: 'marek' });
  addItem(doc, search, 'hangOver', { text: 'Synonyms', decision: 'deprioritised' });
  return doc;
}

const rulesOf = (plan: PlanView, rule: RuleId, options?: { maxGoalsPerOwner?: number }) =>
  checkPlan(plan, roster, options).filter((finding) => finding.rule === rule);

describe('plan health', () => {
  it('a healthy plan has no findings, and the RULES table describes every rule id', () => {
    expect(checkPlan(view(healthyPlan()), roster)).toEqual([]);
    expect(Object.keys(RULES)).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) expect(RULES[id]).toMatchObject({ id, title: expect.any(String) });
  });

  it('[PH1] every proposed goal, sub-goal and team item has an owner', () => {
    const doc = healthyPlan();
    const goal = addGoal(doc, 'proposedGoals', { title: 'Billing reliability', statements: ['No dupes'] });
    const sub = addSubGoal(doc, goal, 'Late events', null);
    const team = view(doc).teams[0]?.id ?? '';
    const item = addItem(doc, team, 'high', { text: 'Dashboards' });
    const hang = addItem(doc, team, 'hangOver', { text: 'Train v3', decision: 'prioritised' });
    const findings = rulesOf(view(doc), 'PH1');
    expect(findings.map((f) => f.where)).toEqual([
      { section: 'proposedGoals', goalId: goal },
      { section: 'proposedGoals', goalId: goal, partId: sub },
      { section: 'teams', teamId: team, part: 'hangOver', itemId: hang },
      { section: 'teams', teamId: team, part: 'high', itemId: item },
    ]);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      message: 'Goal "Billing reliability" has no owner.',
    });
    expect(findings[3]?.message).toBe('High-priority item "Dashboards" of team Search has no owner.');
  });

  it('[PH1] an owner field naming several people is not exactly one owner', () => {
    const doc = healthyPlan();
    addGoal(doc, 'proposedGoals', { title: 'Pairing', owner: 'ana, marek', statements: ['x'] });
    expect(rulesOf(view(doc), 'PH1').map((f) => f.message)).toEqual([
      'Goal "Pairing" names more than one owner ("ana, marek"); it needs exactly one.',
    ]);
  });

  it('[PH1] headline goals, retro outcomes and deprioritised hang-over items need no owner', () => {
    const findings = rulesOf(view(healthyPlan()), 'PH1');
    expect(findings).toEqual([]);
  });

  it('[PH2] owners are engineers', () => {
    const doc = healthyPlan();
    const goal = addGoal(doc, 'proposedGoals', { title: 'Onboarding', owner: 'dana', statements: ['x'] });
    const team = view(doc).teams[0]?.id ?? '';
    addItem(doc, team, 'low', { text: 'Roadmap doc', owner: '@Priya' });
    const findings = rulesOf(view(doc), 'PH2');
    expect(findings.map((f) => f.message)).toEqual([
      '@dana owns goal "Onboarding" but is not an engineer (design).',
      '@Priya owns low-priority item "Roadmap doc" of team Search but is not an engineer (product).',
    ]);
    expect(findings[0]?.where).toEqual({ section: 'proposedGoals', goalId: goal });
  });

  it('[PH3] support hero owns no product work', () => {
    const doc = healthyPlan();
    const goal = view(doc).proposedGoals[0]?.id ?? '';
    const sub = addSubGoal(doc, goal, 'Export UI', 'grace');
    const team = view(doc).teams[0]?.id ?? '';
    addItem(doc, team, 'high', { text: 'Triage rota', owner: 'GRACE' });
    const findings = rulesOf(view(doc), 'PH3');
    expect(findings.map((f) => f.message)).toEqual([
      '@grace is the support hero this sprint but owns sub-goal "Export UI" of goal "Self-serve export"; the support hero takes no product work.',
      '@GRACE is the support hero this sprint but owns high-priority item "Triage rota" of team Search; the support hero takes no product work.',
    ]);
    expect(findings[0]?.where).toEqual({ section: 'proposedGoals', goalId: goal, partId: sub });
  });

  it('[PH3] collaborating is not owning', () => {
    // The healthy plan lists grace as a collaborator on "Self-serve export".
    expect(rulesOf(view(healthyPlan()), 'PH3')).toEqual([]);
  });

  it('[PH4] every proposed goal has at least one 🎯 statement with text', () => {
    const doc = healthyPlan();
    const bare = addGoal(doc, 'proposedGoals', { title: 'Billing reliability', owner: 'marek' });
    const blank = addGoal(doc, 'proposedGoals', { title: 'Mobile', owner: 'ana' });
    addStatement(doc, blank, '');
    addGoal(doc, 'retroOutcomes', { title: 'Old goal without statements', owner: 'ana' });
    const findings = rulesOf(view(doc), 'PH4');
    expect(findings.map((f) => f.where)).toEqual([
      { section: 'proposedGoals', goalId: bare },
      { section: 'proposedGoals', goalId: blank },
    ]);
    expect(findings[0]?.message).toBe('Goal "Billing reliability" (owner @marek) has no 🎯 goal statement.');
  });

  it('[PH5] nobody owns more than maxGoalsPerOwner proposed goals (default 2)', () => {
    const doc = healthyPlan();
    expect(rulesOf(view(doc), 'PH5')).toEqual([]);
    addGoal(doc, 'proposedGoals', { title: 'Billing reliability', owner: 'ana', statements: ['x'] });
    expect(rulesOf(view(doc), 'PH5')).toEqual([]);
    addGoal(doc, 'proposedGoals', { title: 'Mobile', owner: '@Ana', statements: ['x'] });
    const findings = rulesOf(view(doc), 'PH5');
    expect(findings).toHaveLength(3);
    expect(findings[0]?.message).toBe(
      '@ana owns 3 proposed goals, more than the limit of 2: "Self-serve export", "Billing reliability", "Mobile".',
    );
  });

  it('[PH5] the limit is configurable; sub-goals and items do not count', () => {
    const doc = healthyPlan();
    expect(rulesOf(view(doc), 'PH5', { maxGoalsPerOwner: 1 })).toEqual([]);
    addGoal(doc, 'proposedGoals', { title: 'Billing reliability', owner: 'tomasz', statements: ['x'] });
    expect(rulesOf(view(doc), 'PH5', { maxGoalsPerOwner: 1 }).map((f) => f.message)).toEqual([
      '@tomasz owns 2 proposed goals, more than the limit of 1: "Search v3", "Billing reliability".',
      '@tomasz owns 2 proposed goals, more than the limit of 1: "Search v3", "Billing reliability".',
    ]);
    expect(rulesOf(view(doc), 'PH5', { maxGoalsPerOwner: Number.NaN })).toEqual([]);
  });

  it('[PH6] an owner not on the roster is an unknown person, not a non-engineer', () => {
    const doc = healthyPlan();
    const team = view(doc).teams[0]?.id ?? '';
    const item = addItem(doc, team, 'high', { text: 'Ship v4', owner: 'tomasz-k' });
    const plan = view(doc);
    expect(rulesOf(plan, 'PH2')).toEqual([]);
    expect(rulesOf(plan, 'PH6')).toEqual([
      {
        rule: 'PH6',
        severity: 'warning',
        where: { section: 'teams', teamId: team, part: 'high', itemId: item },
        message:
          '@tomasz-k owns high-priority item "Ship v4" of team Search but is not on the roster (unknown person).',
      },
    ]);
  });

  it('orders findings by rule, then document order', () => {
    const doc = seeded();
    addGoal(doc, 'proposedGoals', { title: 'A', owner: 'grace' });
    addGoal(doc, 'proposedGoals', { title: 'B' });
    addGoal(doc, 'proposedGoals', { title: 'C', owner: 'nobody' });
    expect(checkPlan(view(doc), roster).map((f) => f.rule)).toEqual([
      'PH1',
      'PH3',
      'PH4',
      'PH4',
      'PH4',
      'PH6',
    ]);
  });
});
