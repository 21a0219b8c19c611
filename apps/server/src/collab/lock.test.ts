import { addTeam, type BoardNotice, readPlanDocument, toPlanView } from '@sprintboard/plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { waitFor } from '../testing/waitFor.ts';
import { boardFixture } from './collabTestKit.ts';

const teams = (doc: Y.Doc) => toPlanView(readPlanDocument(doc)).teams.map((t) => t.name);
const lockNotices = (notices: BoardNotice[]) => notices.filter((n) => n.type === 'lock');

describe.each(['sqlite', 'postgres'] as const)('locking a board (%s)', (storage) => {
  let fx: Awaited<ReturnType<typeof boardFixture>>;
  beforeAll(async () => {
    fx = await boardFixture(storage);
  });
  afterAll(async () => fx?.close());

  it('[L1] open editors turn read-only at once; a client that keeps writing changes nothing; unlock restores', async () => {
    const rogue = fx.connect('member');
    const watcher = fx.connect('admin');
    await Promise.all([rogue.synced(), watcher.synced()]);
    addTeam(rogue.doc, 'Before lock');
    await rogue.acknowledged();
    await waitFor(() => expect(teams(watcher.doc)).toContain('Before lock'));

    const locked = await fx.lead.post(`/api/boards/${fx.boardId}/lock`, { confirm: true });
    expect(locked.status).toBe(200);
    await waitFor(() => expect(lockNotices(rogue.notices).at(-1)).toMatchObject({ locked: true }));

    // A modified client ignores the notice and keeps writing.
    addTeam(rogue.doc, 'While locked');
    addTeam(watcher.doc, 'Admin while locked');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(teams(watcher.doc)).not.toContain('While locked');
    const markdown = await fx.lead.get(`/api/boards/${fx.boardId}/markdown`);
    expect(markdown.text).toContain('Before lock');
    expect(markdown.text).not.toContain('While locked');
    expect(markdown.text).not.toContain('Admin while locked');
    const snapshot = await fx.lead.get(`/api/snapshots/${locked.json.snapshotId}`);
    expect(JSON.stringify(snapshot.json.plan)).toContain('Before lock');
    expect(JSON.stringify(snapshot.json.plan)).not.toContain('While locked');

    // A client opening the board while it is locked is read-only too.
    const late = fx.connect('member');
    await late.synced();
    addTeam(late.doc, 'Late writer');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await fx.lead.get(`/api/boards/${fx.boardId}/markdown`)).text).not.toContain('Late writer');

    expect((await fx.lead.post(`/api/boards/${fx.boardId}/unlock`)).status).toBe(200);
    const honest = fx.connect('member');
    await honest.synced();
    addTeam(honest.doc, 'After unlock');
    await honest.acknowledged();
    await waitFor(() => expect(teams(watcher.doc)).toContain('After unlock'));
    const audit = await fx.lead.get(`/api/boards/${fx.boardId}/audit`);
    expect(audit.json.entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['lock', 'unlock']),
    );
  });
});
