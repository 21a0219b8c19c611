import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { allFragments, META, metaMap, type SectionKey, sectionFragment, teamsMap } from '../layout.ts';
import { readPlanDocument, writePlanDocument } from '../PlanDocument.ts';
import { planTemplate } from '../templates.ts';
import { toPlanView } from '../toPlanView.ts';
import { addGoal, addTeam } from '../writes/planWrites.ts';
import { elementsBelow } from '../yxml.ts';
import { AddNodeIds } from './AddNodeIds.ts';
import { CreateMeta } from './CreateMeta.ts';
import { deterministicId } from './deterministicId.ts';
import { CURRENT_SCHEMA_VERSION, isTooNew, MIGRATIONS, migrate, schemaVersionOf } from './migrate.ts';
import { RenameLegacyStatuses } from './RenameLegacyStatuses.ts';
import { RepairDuplicateIds, repairDuplicateIds } from './RepairDuplicateIds.ts';
import { TYPED_NODE_NAMES, typedElements } from './typedElements.ts';

/** A Y.XmlElement as an old editor would have stored it: string attributes, text children. */
function el(name: string, attrs: Record<string, string> = {}, children: Array<Y.XmlElement | string> = []) {
  const element = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
  element.insert(
    0,
    children.map((child) => (typeof child === 'string' ? new Y.XmlText(child) : child)),
  );
  return element;
}

function fill(doc: Y.Doc, key: SectionKey, elements: Y.XmlElement[]) {
  sectionFragment(doc, key).insert(0, elements);
}

function addLegacyTeam(doc: Y.Doc, id: string, elements: Y.XmlElement[]) {
  const team = new Y.Map<unknown>();
  teamsMap(doc).set(id, team);
  const body = new Y.XmlFragment();
  team.set('name', 'Search');
  team.set('order', 1);
  team.set('body', body);
  body.insert(0, elements);
}

/** A doc from before v1: text meta, no ids, legacy statuses and a pasted duplicate id. */
function legacyDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set(META.title, 'Sprint 7 planning');
    meta.set(META.sprintNumber, '#7');
    meta.set(META.startsOn, '2024-05-06T09:00:00.000Z');
    fill(doc, 'headline', [el('headline', {}, ['Search v3 everywhere'])]);
    fill(doc, 'retroOutcomes', [
      el('goal', { owner: 'ana', status: 'done' }, [
        el('goalTitle', {}, ['Export']),
        el('statement', { status: 'carried_over' }, ['1 GB in 10 minutes']),
        el('statement', { status: 'cancelled' }, ['PDF export']),
      ]),
    ]);
    fill(doc, 'proposedGoals', [
      el('goal', { id: 'pasted' }, [el('goalTitle', {}, ['Billing v2'])]),
      el('goal', { id: 'pasted' }, [el('goalTitle', {}, ['Billing v2 (copy)'])]),
    ]);
    addLegacyTeam(doc, 't-search', [
      el('teamPart', { kind: 'high' }, [
        el('item', { owner: 'li', status: 'Done' }, ['Dashboards']),
        el('item', { id: 'pasted', status: 'someday' }, ['Reindex']),
      ]),
    ]);
  });
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Everything a reader can see, including raw attributes and meta. */
const contentOf = (doc: Y.Doc) => ({ plan: readPlanDocument(doc), meta: metaMap(doc).toJSON() });

const ids = (doc: Y.Doc) => typedElements(doc).map(({ element }) => element.getAttribute('id'));

/** Counts the updates a call emits: zero means it wrote nothing. */
function updatesDuring(doc: Y.Doc, run: () => void): number {
  let count = 0;
  const onUpdate = () => count++;
  doc.on('update', onUpdate);
  run();
  doc.off('update', onUpdate);
  return count;
}

describe('the migration list', () => {
  it('is numbered 1..N in order, with unique names', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.map((m) => m.name)).toEqual([
      'CreateMeta',
      'AddNodeIds',
      'RenameLegacyStatuses',
      'RepairDuplicateIds',
    ]);
  });

  it('derives ids with 64-bit FNV-1a', () => {
    expect(deterministicId('')).toBe('cbf29ce484222325');
    expect(deterministicId('a')).toBe('af63dc4c8601ec8c');
    expect(deterministicId('section:headline/0')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('v1 CreateMeta', () => {
  it('turns a text sprint number into a number and timestamps into dates', () => {
    const doc = legacyDoc();
    metaMap(doc).set(META.endsOn, '2024-05-17');
    CreateMeta.up(doc);
    expect(metaMap(doc).toJSON()).toEqual({
      title: 'Sprint 7 planning',
      sprintNumber: 7,
      startsOn: '2024-05-06',
      endsOn: '2024-05-17',
    });
  });

  it('leaves missing fields missing and unreadable ones as they are', () => {
    const bare = new Y.Doc();
    expect(updatesDuring(bare, () => CreateMeta.up(bare))).toBe(0);
    expect(metaMap(bare).toJSON()).toEqual({});
    const odd = new Y.Doc();
    metaMap(odd).set(META.sprintNumber, 'the big one');
    CreateMeta.up(odd);
    expect(metaMap(odd).get(META.sprintNumber)).toBe('the big one');
  });
});

describe('v2 AddNodeIds', () => {
  it('gives every typed element without an id one derived from its path', () => {
    const doc = legacyDoc();
    AddNodeIds.up(doc);
    const found = typedElements(doc).map(({ element, path }) => [
      element.nodeName,
      path,
      element.getAttribute('id'),
    ]);
    expect(found).toEqual([
      ['headline', 'section:headline/0', deterministicId('AddNodeIds|section:headline/0')],
      ['goal', 'section:retroOutcomes/0', deterministicId('AddNodeIds|section:retroOutcomes/0')],
      ['statement', 'section:retroOutcomes/0/1', deterministicId('AddNodeIds|section:retroOutcomes/0/1')],
      ['statement', 'section:retroOutcomes/0/2', deterministicId('AddNodeIds|section:retroOutcomes/0/2')],
      ['goal', 'section:proposedGoals/0', 'pasted'],
      ['goal', 'section:proposedGoals/1', 'pasted'],
      ['item', 'team:t-search/0/0', deterministicId('AddNodeIds|team:t-search/0/0')],
      ['item', 'team:t-search/0/1', 'pasted'],
    ]);
    // Untyped parts (titles, team parts) stay without ids.
    const untyped = allFragments(doc)
      .flatMap((fragment) => [...elementsBelow(fragment)])
      .filter((element) => !TYPED_NODE_NAMES.includes(element.nodeName));
    expect(untyped.map((element) => element.getAttribute('id'))).toEqual(untyped.map(() => undefined));
  });

  it('gives two processes the same ids', () => {
    const a = legacyDoc();
    const b = copyOf(a);
    AddNodeIds.up(a);
    AddNodeIds.up(b);
    expect(ids(a)).toEqual(ids(b));
  });
});

describe('v3 RenameLegacyStatuses', () => {
  it('rewrites legacy statuses and keeps current and unknown ones', () => {
    const doc = legacyDoc();
    RenameLegacyStatuses.up(doc);
    const statuses = typedElements(doc).map(({ element }) => element.getAttribute('status') ?? null);
    expect(statuses).toEqual([null, 'achieved', 'carried', 'dropped', null, null, 'achieved', 'someday']);
    expect(toPlanView(readPlanDocument(doc)).retroOutcomes[0]?.statements.map((s) => s.status)).toEqual([
      'carried',
      'dropped',
    ]);
  });

  it('knows the spellings of the planning issue', () => {
    const doc = new Y.Doc();
    const spellings = ['carried over', 'Carried-Over', 'canceled', '✅', '🔁', '❌', 'achieved'];
    fill(
      doc,
      'retroOutcomes',
      spellings.map((status) => el('goal', { status })),
    );
    RenameLegacyStatuses.up(doc);
    expect(typedElements(doc).map(({ element }) => element.getAttribute('status'))).toEqual([
      'carried',
      'carried',
      'dropped',
      'achieved',
      'carried',
      'dropped',
      'achieved',
    ]);
  });
});

describe('v4 RepairDuplicateIds', () => {
  it('keeps the first of each id and re-ids the later ones deterministically', () => {
    const doc = legacyDoc();
    RepairDuplicateIds.up(doc);
    const after = ids(doc);
    expect(after[4]).toBe('pasted');
    expect(after[5]).toBe(deterministicId('RepairDuplicateIds|pasted|section:proposedGoals/1|0'));
    expect(after[7]).toBe(deterministicId('RepairDuplicateIds|pasted|team:t-search/0/1|0'));
    const present = after.filter((id) => id !== undefined);
    expect(new Set(present).size).toBe(present.length);
  });

  it('is a no-op, writing nothing, on a doc with unique ids', () => {
    const doc = legacyDoc();
    repairDuplicateIds(doc);
    expect(updatesDuring(doc, () => expect(repairDuplicateIds(doc)).toEqual([]))).toBe(0);
  });

  it('reports what it changed', () => {
    const doc = legacyDoc();
    expect(repairDuplicateIds(doc).map(({ path, from }) => [path, from])).toEqual([
      ['section:proposedGoals/1', 'pasted'],
      ['team:t-search/0/1', 'pasted'],
    ]);
  });
});

describe('migrate()', () => {
  it('upgrades a legacy doc to the current version, one transaction per migration', () => {
    const doc = legacyDoc();
    const versions: number[] = [];
    doc.on('afterTransaction', () => versions.push(schemaVersionOf(doc)));
    expect(migrate(doc)).toEqual({
      from: 0,
      to: CURRENT_SCHEMA_VERSION,
      applied: MIGRATIONS.map((m) => m.name),
    });
    // Each transaction raised the version: none saw content without its version.
    expect(versions).toEqual([1, 2, 3, 4]);
    const view = toPlanView(readPlanDocument(doc));
    expect(view.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(view.sprint.number).toBe(7);
    expect(view.retroOutcomes[0]?.status).toBe('achieved');
    const all = ids(doc);
    expect(all.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });

  it('runs only pending migrations, and a second run writes nothing', () => {
    const doc = legacyDoc();
    metaMap(doc).set(META.schemaVersion, 2);
    expect(migrate(doc).applied).toEqual(['RenameLegacyStatuses', 'RepairDuplicateIds']);
    const once = contentOf(doc);
    expect(updatesDuring(doc, () => expect(migrate(doc)).toEqual({ from: 4, to: 4, applied: [] }))).toBe(0);
    expect(contentOf(doc)).toEqual(once);
  });

  it('each migration run twice equals run once', () => {
    for (const migration of MIGRATIONS) {
      const doc = legacyDoc();
      migration.up(doc);
      const once = contentOf(doc);
      expect(
        updatesDuring(doc, () => migration.up(doc)),
        migration.name,
      ).toBe(0);
      expect(contentOf(doc), migration.name).toEqual(once);
    }
  });

  it('two processes upgrading one doc at once converge to a single upgrade', () => {
    const stored = Y.encodeStateAsUpdate(legacyDoc());
    const [a, b, single] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    for (const doc of [a, b, single]) Y.applyUpdate(doc, stored);
    migrate(a);
    migrate(b);
    migrate(single);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    expect(contentOf(a)).toEqual(contentOf(b));
    expect(contentOf(a)).toEqual(contentOf(single));
    // No duplicated content: still one headline, one outcome, two proposed goals, two items.
    expect(typedElements(a).map(({ element }) => element.nodeName)).toEqual(
      typedElements(single).map(({ element }) => element.nodeName),
    );
    expect(typedElements(a)).toHaveLength(8);
    expect(migrate(a).applied).toEqual([]);
  });

  it('stamps a freshly seeded board without changing its content', () => {
    const doc = new Y.Doc();
    writePlanDocument(doc, planTemplate('Sprint 24 planning', { number: 24 }));
    addTeam(doc, 'Search');
    addGoal(doc, 'proposedGoals', { title: 'Export', statements: ['1 GB in 10 minutes'] });
    const before = toPlanView(readPlanDocument(doc));
    migrate(doc);
    expect(toPlanView(readPlanDocument(doc))).toEqual({ ...before, schemaVersion: CURRENT_SCHEMA_VERSION });
  });

  it('detects a doc written by a newer version and leaves it alone', () => {
    const doc = legacyDoc();
    metaMap(doc).set(META.schemaVersion, CURRENT_SCHEMA_VERSION + 1);
    expect(isTooNew(doc)).toBe(true);
    expect(updatesDuring(doc, () => expect(migrate(doc).applied).toEqual([]))).toBe(0);
    const current = legacyDoc();
    migrate(current);
    expect(isTooNew(current)).toBe(false);
  });
});
