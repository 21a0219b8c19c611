import type { BoardNotice } from '@sprintboard/plan';
import { waitFor } from '@sprintboard/server/testing/waitFor.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster } from './support/cluster.ts';
import { Peer } from './support/Peer.ts';
import { addMarkedTeam, missingFrom, planJson } from './support/planEdits.ts';

const lockedNotice = (peer: Peer) =>
  peer.notices.find((entry): entry is { notice: Extract<BoardNotice, { type: 'lock' }>; at: number } => {
    return entry.notice.type === 'lock' && entry.notice.locked;
  });

describe('a lock taken through one process', () => {
  let cluster: Cluster;
  const peers: Peer[] = [];
  beforeAll(async () => {
    cluster = await startCluster(2);
  });
  afterAll(async () => {
    for (const peer of peers) peer.destroy();
    await cluster?.close();
  });

  const peer = (boardId: string, role: 'member' | 'admin', process: number) => {
    const created = new Peer(boardId, cluster.tokens[role]);
    created.connect(cluster.servers[process]!.wsUrl);
    peers.push(created);
    return created;
  };

  it('[X2] turns connections on the other process read-only within a second; their writes change nothing', async () => {
    const boardId = await cluster.createBoard();
    const rogue = peer(boardId, 'member', 1);
    const watcherB = peer(boardId, 'admin', 1);
    const watcherA = peer(boardId, 'member', 0);
    await Promise.all([rogue, watcherA, watcherB].map((p) => p.synced()));
    rogue.write('x2-before-lock', (doc) => addMarkedTeam(doc, 'x2-before-lock'));
    await rogue.allAcknowledged();
    await waitFor(() => expect(missingFrom(planJson(watcherA.doc), ['x2-before-lock'])).toEqual([]));

    const lead = cluster.api(0, cluster.tokens.lead);
    const requested = performance.now();
    const locked = await lead.post(`/api/boards/${boardId}/lock`, { confirm: true });
    expect(locked.status).toBe(200);
    const notice = await waitFor(() => {
      const found = lockedNotice(rogue);
      if (!found) throw new Error('no lock notice on process B yet');
      return found;
    });
    // From the lead's request to the client on the other process, notice included: under a second.
    expect(notice.at - requested).toBeLessThan(1_000);
    expect(lockedNotice(watcherB)).toBeDefined();

    // A modified client on B ignores the notice and keeps writing; an admin on B tries too.
    const refused: string[] = [];
    for (let i = 0; i < 5; i++) {
      const marker = `x2-while-locked-${i}`;
      refused.push(marker);
      rogue.write(marker, (doc) => addMarkedTeam(doc, marker));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    watcherB.write('x2-admin-while-locked', (doc) => addMarkedTeam(doc, 'x2-admin-while-locked'));
    refused.push('x2-admin-while-locked');
    // Give refused updates every chance to travel (they must not): B applies nothing, Redis carries nothing.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(rogue.provider!.hasUnsyncedChanges).toBe(true);
    for (const other of [watcherA, watcherB]) {
      const others = refused.filter((marker) => !other.written.includes(marker));
      expect(missingFrom(planJson(other.doc), others)).toEqual(others);
      expect(missingFrom(planJson(other.doc), ['x2-before-lock'])).toEqual([]);
    }
    // Not in what either process serves to a newcomer, nor in the "as locked" snapshot.
    for (const process of [0, 1]) {
      const fresh = peer(boardId, 'member', process);
      await fresh.synced();
      expect(missingFrom(planJson(fresh.doc), refused)).toEqual(refused);
      expect(missingFrom(planJson(fresh.doc), ['x2-before-lock'])).toEqual([]);
      // Opened while locked, on either process: read-only as well.
      fresh.write(`x2-late-${process}`, (doc) => addMarkedTeam(doc, `x2-late-${process}`));
      refused.push(`x2-late-${process}`);
    }
    const snapshot = await lead.get(`/api/snapshots/${locked.json.snapshotId}`);
    expect(JSON.stringify(snapshot.json.plan)).toContain('x2-before-lock');
    expect(missingFrom(JSON.stringify(snapshot.json.plan), refused)).toEqual(refused);

    // Nor in storage: a third process, started now, loads the board from PostgreSQL.
    const third = await cluster.add();
    const stored = peer(boardId, 'member', third);
    await stored.synced();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(missingFrom(planJson(stored.doc), refused)).toEqual(refused);
    expect(planJson(stored.doc)).toBe(planJson(watcherA.doc));
  });

  it('[X2] the "as locked" snapshot is exactly the locked plan, while a client on the other process was typing', async () => {
    const boardId = await cluster.createBoard('Busy board');
    const typist = peer(boardId, 'member', 1);
    const watcher = peer(boardId, 'member', 0);
    await Promise.all([typist.synced(), watcher.synced()]);
    // Type on B without pause until B says the board is locked (bounded: 10 s at most).
    let typing = true;
    const typed = (async () => {
      const until = performance.now() + 10_000;
      for (let i = 0; typing && performance.now() < until && !lockedNotice(typist); i++) {
        typist.write(`x2-typed-${i}`, (doc) => addMarkedTeam(doc, `x2-typed-${i}`));
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const locked = await cluster.api(0, cluster.tokens.lead).post(`/api/boards/${boardId}/lock`, {
      confirm: true,
    });
    typing = false;
    await typed;
    expect(locked.status).toBe(200);
    const snapshot = await cluster
      .api(0, cluster.tokens.lead)
      .get(`/api/snapshots/${locked.json.snapshotId}`);
    const asLocked = JSON.stringify(snapshot.json.plan);
    expect(asLocked).toContain('x2-typed-0');
    // Whatever B accepted before its connections turned read-only is in the snapshot; nothing else is anywhere.
    const fresh = peer(boardId, 'member', 0);
    await fresh.synced();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(JSON.parse(planJson(watcher.doc))).toEqual(snapshot.json.plan);
    expect(JSON.parse(planJson(fresh.doc))).toEqual(snapshot.json.plan);
  });
});
