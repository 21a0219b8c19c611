import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { teamBody, teamsMap } from './layout.ts';
import { migrate } from './migrations/migrate.ts';
import { repairDuplicateIds } from './migrations/RepairDuplicateIds.ts';
import { readPlanDocument, writePlanDocument } from './PlanDocument.ts';
import type { PlanView } from './PlanView.ts';
import type { RichNode } from './richText.ts';
import { planTemplate } from './templates.ts';
import { toPlanView } from './toPlanView.ts';
import type { Status } from './vocabulary.ts';
import {
  addGoal,
  addItem,
  addStatement,
  addTeam,
  findElement,
  moveNode,
  moveTeam,
  PlanWriteError,
  removeNode,
  removeTeam,
  renameTeam,
  setGoalTitle,
  setLineText,
  setOwner,
  setStatus,
} from './writes/planWrites.ts';

/**
 * N peers start from one seeded plan, make seeded-random conflicting edits
 * through the write API and raw text edits (what an editor does), and
 * exchange updates in shuffled, partial orders (y-prosemirror's cohort
 * tests). Once everything is delivered, all peers must show the same plan
 * and it must still be well-formed.
 */

type Rng = () => number;

/** mulberry32: a tiny seeded PRNG, so a failing seed can be replayed. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => {
  const value = list[Math.floor(rng() * list.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
};

function shuffle<T>(rng: Rng, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** Ids every peer has heard of; some are deleted or not yet delivered where they are used. */
interface Pool {
  teams: string[];
  goals: string[];
  statements: string[];
  items: string[];
}

const OWNERS = ['ana', 'li', 'marek', 'tomasz', null];
const STATUSES: Array<Status | null> = ['achieved', 'carried', 'dropped', null];

function seedPlan(): { update: Uint8Array; pool: Pool } {
  const doc = new Y.Doc();
  writePlanDocument(doc, planTemplate('Sprint 24 planning', { number: 24 }));
  const teams = [addTeam(doc, 'Search'), addTeam(doc, 'Billing')];
  const goals = [
    addGoal(doc, 'proposedGoals', { title: 'Export', owner: 'ana', statements: ['1 GB in 10 minutes'] }),
    addGoal(doc, 'retroOutcomes', { title: 'Search v3', owner: 'li', statements: ['p95 under 200 ms'] }),
  ];
  const items = teams.flatMap((team) => [
    addItem(doc, team, 'high', { text: 'Dashboards', owner: 'li' }),
    addItem(doc, team, 'hangOver', { text: 'Reindex', decision: 'prioritised' }),
  ]);
  migrate(doc);
  const view = toPlanView(readPlanDocument(doc));
  const statements = [...view.proposedGoals, ...view.retroOutcomes].flatMap((g) =>
    g.statements.map((s) => s.id),
  );
  return { update: Y.encodeStateAsUpdate(doc), pool: { teams, goals, statements, items } };
}

/** Inserts characters into the Y.XmlText of a goal's title or an item, as a keystroke would. */
function typeInto(doc: Y.Doc, rng: Rng, id: string): boolean {
  const element = findElement(doc, id);
  const line =
    element?.nodeName === 'goal'
      ? element
          .toArray()
          .find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === 'goalTitle')
      : element;
  const text = line?.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText);
  if (!text) return false;
  const chars = pick(rng, ['x', 'yz', ' ', 'ü', '🎯']);
  doc.transact(() => text.insert(Math.floor(rng() * (text.length + 1)), chars));
  return true;
}

/** One random edit; returns false when its target was missing (PlanWriteError or no text). */
function randomEdit(doc: Y.Doc, rng: Rng, pool: Pool, moves: boolean): boolean {
  const goal = () => pick(rng, pool.goals);
  const item = () => pick(rng, pool.items);
  const team = () => pick(rng, pool.teams);
  const ops: Array<() => unknown> = [
    () => setOwner(doc, goal(), pick(rng, OWNERS)),
    () => setOwner(doc, item(), pick(rng, OWNERS)),
    () => setStatus(doc, pick(rng, [...pool.goals, ...pool.statements, ...pool.items]), pick(rng, STATUSES)),
    () => typeInto(doc, rng, goal()),
    () => typeInto(doc, rng, item()),
    () => setGoalTitle(doc, goal(), pick(rng, ['Export v2', 'Search'])),
    () => setLineText(doc, item(), pick(rng, ['Dashboards v2', 'Reindex all'])),
    () => pool.statements.push(addStatement(doc, goal(), 'Errors under 1%')),
    () => pool.goals.push(addGoal(doc, 'proposedGoals', { title: 'New goal', owner: pick(rng, OWNERS) })),
    () => removeNode(doc, goal()),
    () => pool.teams.push(addTeam(doc, pick(rng, ['Growth', 'Infra']))),
    () => removeTeam(doc, team()),
    () => renameTeam(doc, team(), pick(rng, ['Search & Ranking', 'Payments', 'Core'])),
    () => moveTeam(doc, team(), Math.floor(rng() * 4)),
    () =>
      pool.items.push(addItem(doc, team(), pick(rng, ['high', 'low', 'hangOver'] as const), { text: 'x' })),
    () => pool.items.push(addItem(doc, team(), 'high', { text: 'First', owner: 'ana' }, { index: 0 })),
    () => removeNode(doc, item()),
  ];
  if (moves) {
    ops.push(
      () => moveNode(doc, goal(), Math.floor(rng() * 4)),
      () => moveNode(doc, item(), Math.floor(rng() * 4)),
    );
  }
  try {
    return pick(rng, ops)() !== false;
  } catch (error) {
    // Documented: a write aimed at something another peer deleted (or whose creation has not arrived yet).
    if (error instanceof PlanWriteError) return false;
    throw error;
  }
}

const REMOTE = Symbol('remote');

/** Per-peer inboxes of updates from the others, delivered in shuffled, possibly partial batches. */
function connect(docs: Y.Doc[]) {
  const inboxes: Uint8Array[][] = docs.map(() => []);
  docs.forEach((doc, from) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      inboxes.forEach((inbox, to) => {
        if (to !== from) inbox.push(update);
      });
    });
  });
  return (rng: Rng, everything: boolean) => {
    docs.forEach((doc, to) => {
      const inbox = shuffle(rng, inboxes[to] ?? []);
      const count = everything ? inbox.length : Math.floor(rng() * (inbox.length + 1));
      for (const update of inbox.splice(0, count)) Y.applyUpdate(doc, update, REMOTE);
    });
  };
}

const viewOf = (doc: Y.Doc): PlanView => toPlanView(readPlanDocument(doc));

function idsOf(view: PlanView): string[] {
  const goals = [...view.retroOutcomes, ...view.proposedGoals];
  return [
    ...view.headlineGoals.map((h) => h.id),
    ...goals.flatMap((g) => [g.id, ...g.statements.map((s) => s.id), ...g.subGoals.map((s) => s.id)]),
    ...view.teams.flatMap((t) => [t.id, ...[...t.hangOver, ...t.high, ...t.low].map((i) => i.id)]),
  ];
}

/** Raw `owner` attributes of every goal, sub-goal and item node: each must be one handle or none. */
function ownersOf(nodes: RichNode[] | undefined): unknown[] {
  return (nodes ?? []).flatMap((node) => [
    ...(['goal', 'subGoal', 'item'].includes(node.type) ? [node.attrs?.owner] : []),
    ...ownersOf(node.content),
  ]);
}

function checkInvariants(doc: Y.Doc): void {
  const view = viewOf(doc);
  const ids = idsOf(view);
  expect(ids.every((id) => id.length > 0)).toBe(true);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  const plan = readPlanDocument(doc);
  const owners = [...Object.values(plan.sections), ...plan.teams.map((t) => t.body)].flatMap((d) =>
    ownersOf(d.content),
  );
  expect(owners.every((owner) => owner === null || typeof owner === 'string')).toBe(true);
  for (const [, team] of teamsMap(doc)) expect(teamBody(team)).toBeInstanceOf(Y.XmlFragment);
}

function expectConverged(docs: Y.Doc[]): void {
  const first = docs[0]!;
  const expected = viewOf(first);
  for (const doc of docs) {
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(first));
    expect(viewOf(doc)).toEqual(expected);
    expect(readPlanDocument(doc)).toEqual(readPlanDocument(first));
  }
}

function peersFrom(update: Uint8Array, seed: number, peers: number): Y.Doc[] {
  return Array.from({ length: peers }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = seed * 100 + i + 1; // fixed ids make conflict resolution replayable
    Y.applyUpdate(doc, update);
    return doc;
  });
}

/**
 * Runs one seeded session and checks convergence and invariants; returns how
 * many edits missed their target. With `moves`, concurrent moveNode() of one
 * node leaves two copies with one id (see the known-bug test below), so the
 * id invariant is checked after every peer has run the server's load-time
 * repairDuplicateIds() on its own and the peers have synced again.
 */
function session(seed: number, peers: number, rounds: number, moves: boolean): number {
  const rng = mulberry32(seed);
  const { update, pool } = seedPlan();
  const docs = peersFrom(update, seed, peers);
  const deliver = connect(docs);
  let missed = 0;
  for (let round = 0; round < rounds; round++) {
    for (const doc of docs) {
      const edits = 1 + Math.floor(rng() * 3);
      for (let e = 0; e < edits; e++) if (!randomEdit(doc, rng, pool, moves)) missed++;
    }
    deliver(rng, false);
  }
  deliver(rng, true);
  expectConverged(docs);
  if (moves) {
    for (const doc of docs) repairDuplicateIds(doc);
    deliver(rng, true);
    expectConverged(docs);
  }
  for (const doc of docs) checkInvariants(doc);
  return missed;
}

describe('convergence under conflicting concurrent edits', () => {
  for (const moves of [false, true]) {
    const label = moves ? 'with moves, after the load-time id repair' : 'without moves';
    it(`2 peers converge over 20 seeds, ${label}`, () => {
      let missed = 0;
      for (let seed = 1; seed <= 20; seed++) missed += session(seed, 2, 8, moves);
      // Some writes must have hit deleted or undelivered targets, or that path went untested.
      expect(missed).toBeGreaterThan(0);
    });

    it(`10 peers converge over 5 seeds, ${label}`, () => {
      let missed = 0;
      for (let seed = 101; seed <= 105; seed++) missed += session(seed, 10, 5, moves);
      expect(missed).toBeGreaterThan(0);
    });
  }

  // Known bug in moveNode(): it moves by copy + delete, so two peers moving
  // the same node each insert a copy and both survive the merge. Remove
  // `.fails` once moveNode() is convergent.
  it('two peers moving the same item at once keep one copy of it once repaired', () => {
    const { update, pool } = seedPlan();
    const docs = peersFrom(update, 1, 2);
    const [a, b] = [docs[0]!, docs[1]!];
    const item = pool.items[0]!;
    moveNode(a, item, 1);
    moveNode(b, item, 1);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    // Both servers (or clients) repair the merged state on their own, then exchange again.
    repairDuplicateIds(a);
    repairDuplicateIds(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    expectConverged(docs);
    const items = viewOf(a).teams.flatMap((t) => [...t.hangOver, ...t.high, ...t.low]);
    expect(items.filter((i) => i.id === item)).toHaveLength(1);
  });
});
