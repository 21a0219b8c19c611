import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readPlanDocument, writePlanDocument } from '../PlanDocument.ts';
import { planTemplate } from '../templates.ts';
import { toPlanView } from '../toPlanView.ts';
import {
  addGoal,
  addHeadline,
  addItem,
  addStatement,
  addSubGoal,
  addTeam,
  moveNode,
  moveTeam,
  PlanWriteError,
  removeNode,
  removeTeam,
  renameTeam,
  setCollaborators,
  setDecision,
  setFiftyFifty,
  setGoalTitle,
  setOwner,
  setStatus,
} from './planWrites.ts';

function seeded() {
  const doc = new Y.Doc();
  writePlanDocument(doc, planTemplate('Sprint 24 planning', { number: 24 }));
  return doc;
}

const view = (doc: Y.Doc) => toPlanView(readPlanDocument(doc));

describe('typed writes', () => {
  it('builds a goal with owner, collaborators, 50:50, statements and sub-goals', () => {
    const doc = seeded();
    const id = addGoal(doc, 'proposedGoals', { title: 'Self-serve export', summary: 'CSV and JSON' });
    setOwner(doc, id, 'ana');
    setCollaborators(doc, id, ['ana', 'marek', 'marek']);
    setFiftyFifty(doc, id, true);
    const statement = addStatement(doc, id, 'A 1 GB export finishes in 10 minutes');
    setStatus(doc, statement, 'carried');
    addSubGoal(doc, id, 'Idempotent jobs', 'marek');
    setGoalTitle(doc, id, 'Data export');
    const [goal] = view(doc).proposedGoals;
    expect(goal).toMatchObject({
      id,
      title: 'Data export',
      summary: 'CSV and JSON',
      owner: 'ana',
      collaborators: ['ana', 'marek'],
      fiftyFifty: true,
      statements: [{ id: statement, text: 'A 1 GB export finishes in 10 minutes', status: 'carried' }],
      subGoals: [{ text: 'Idempotent jobs', owner: 'marek' }],
    });
  });

  it('each write is one transaction', () => {
    const doc = seeded();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    addGoal(doc, 'proposedGoals', { title: 'One', statements: ['a', 'b'], owner: 'x' });
    addTeam(doc, 'Search');
    expect(transactions).toBe(2);
  });

  it('adds teams from the template, with items in their parts, and reorders them', () => {
    const doc = seeded();
    const search = addTeam(doc, 'Search');
    const billing = addTeam(doc, 'Billing');
    const high = addItem(doc, search, 'high', { text: 'Ship v3', owner: 'tomasz' });
    const hang = addItem(doc, search, 'hangOver', { text: 'Train v3', decision: 'prioritised' });
    setDecision(doc, hang, 'deprioritised');
    addItem(doc, search, 'high', { text: 'Dashboards', owner: 'li' });
    expect(view(doc).teams.map((t) => t.name)).toEqual(['Search', 'Billing']);
    moveTeam(doc, billing, 0);
    renameTeam(doc, search, 'Search & Ranking');
    const teams = view(doc).teams;
    expect(teams.map((t) => t.name)).toEqual(['Billing', 'Search & Ranking']);
    expect(teams[1]?.high.map((i) => [i.text, i.owner])).toEqual([
      ['Ship v3', 'tomasz'],
      ['Dashboards', 'li'],
    ]);
    expect(teams[1]?.hangOver[0]).toMatchObject({ text: 'Train v3', decision: 'deprioritised' });
    moveNode(doc, high, 1);
    expect(view(doc).teams[1]?.high.map((i) => i.text)).toEqual(['Dashboards', 'Ship v3']);
    removeNode(doc, high);
    removeTeam(doc, billing);
    expect(view(doc).teams.map((t) => [t.name, t.high.length])).toEqual([['Search & Ranking', 1]]);
  });

  it('adds headline goals', () => {
    const doc = seeded();
    addHeadline(doc, { text: 'Self-serve export', fiftyFifty: true });
    expect(view(doc).headlineGoals).toMatchObject([{ text: 'Self-serve export', fiftyFifty: true }]);
  });

  it('refuses writes aimed at missing or wrong nodes', () => {
    const doc = seeded();
    const team = addTeam(doc, 'Search');
    expect(() => setOwner(doc, 'nope', 'x')).toThrow(PlanWriteError);
    expect(() => setDecision(doc, addGoal(doc, 'proposedGoals', { title: 'G' }), 'prioritised')).toThrow(
      PlanWriteError,
    );
    expect(() => addItem(doc, 'nope', 'high', { text: 'x' })).toThrow(PlanWriteError);
    expect(view(doc).teams[0]?.id).toBe(team);
  });
});
