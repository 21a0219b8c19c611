import { addGoal, addTeam, readPlanDocument, sectionFragment, setOwner, toPlanView } from '@sprintboard/plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoardPlan } from '../boards/boardDocs.ts';
import { openStorage } from '../storage/openStorage.ts';
import { waitFor } from '../testing/waitFor.ts';
import { boardFixture } from './collabTestKit.ts';

const view = (doc: Y.Doc) => toPlanView(readPlanDocument(doc));

describe.each(['sqlite', 'postgres'] as const)('sync over /collab (%s)', (storage) => {
  let fx: Awaited<ReturnType<typeof boardFixture>>;
  beforeAll(async () => {
    fx = await boardFixture(storage);
  });
  afterAll(async () => fx?.close());

  it('[Y1] a client receives the seeded template on first sync', async () => {
    const client = fx.connect('member');
    await client.synced();
    expect(view(client.doc).title).toBe('Sprint 24 planning');
    expect(view(client.doc).sprint.number).toBe(24);
  });

  it('[Y2] several clients editing the same board converge, and storage holds the result', async () => {
    const [a, b, c] = [fx.connect('member'), fx.connect('lead'), fx.connect('admin')];
    await Promise.all([a.synced(), b.synced(), c.synced()]);
    const goal = addGoal(a.doc, 'proposedGoals', {
      title: 'Self-serve export',
      statements: ['1 GB in 10 min'],
    });
    addTeam(b.doc, 'Search');
    addTeam(c.doc, 'Billing');
    await waitFor(() => expect(view(b.doc).proposedGoals.map((g) => g.id)).toContain(goal));
    // Conflicting owners on the same goal: last writer wins, everywhere the same.
    setOwner(b.doc, goal, 'ana');
    setOwner(c.doc, goal, 'marek');
    // Concurrent typing into the same text.
    const text = (doc: Y.Doc) => sectionFragment(doc, 'retroDiscussion');
    text(a.doc).insert(0, [new Y.XmlText('alpha ')]);
    text(b.doc).insert(0, [new Y.XmlText('beta ')]);
    await Promise.all([a.acknowledged(), b.acknowledged(), c.acknowledged()]);
    await waitFor(() => {
      expect(view(a.doc)).toEqual(view(b.doc));
      expect(view(b.doc)).toEqual(view(c.doc));
      expect(
        view(a.doc)
          .teams.map((t) => t.name)
          .sort(),
      ).toEqual(['Billing', 'Search']);
    });
    const owner = view(a.doc).proposedGoals[0]?.owner;
    expect(['ana', 'marek']).toContain(owner);
    const store = await openStorage({ databaseUrl: fx.server.databaseUrl, dataDir: fx.server.dataDir });
    try {
      expect((await readBoardPlan(store, fx.boardId)).view).toEqual(view(a.doc));
    } finally {
      await store.close();
    }
  });
});
