import { addTeam, readPlanDocument, toPlanView } from '@sprintboard/plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { waitFor } from '../testing/waitFor.ts';
import { boardFixture } from './collabTestKit.ts';

const teams = (doc: Y.Doc) => toPlanView(readPlanDocument(doc)).teams.map((t) => t.name);

describe.each(['sqlite', 'postgres'] as const)('who may open and write a board (%s)', (storage) => {
  let fx: Awaited<ReturnType<typeof boardFixture>>;
  beforeAll(async () => {
    fx = await boardFixture(storage);
  });
  afterAll(async () => fx?.close());

  it('[C1] a bad token fails authentication and receives nothing', async () => {
    const client = fx.connect({ token: 'not-a-session' });
    await waitFor(() => expect(client.authFailures.length).toBeGreaterThan(0));
    expect(teams(client.doc)).toEqual([]);
    expect(toPlanView(readPlanDocument(client.doc)).title).toBe('');
  });

  it('[C2] an unknown board fails authentication', async () => {
    const client = fx.connect('member', 'no-such-board');
    await waitFor(() => expect(client.authFailures.length).toBeGreaterThan(0));
  });

  it('[C3] a viewer reads but its writes never reach the stored doc or other clients', async () => {
    const viewer = fx.connect('viewer');
    const member = fx.connect('member');
    await Promise.all([viewer.synced(), member.synced()]);
    addTeam(viewer.doc, 'Viewer team');
    addTeam(member.doc, 'Member team');
    await waitFor(() => expect(teams(viewer.doc)).toContain('Member team'));
    await member.acknowledged();
    const fresh = fx.connect('admin');
    await fresh.synced();
    expect(teams(fresh.doc)).toContain('Member team');
    expect(teams(fresh.doc)).not.toContain('Viewer team');
    expect(teams(member.doc)).not.toContain('Viewer team');
  });
});
