import { waitFor } from '@sprintboard/server/testing/waitFor.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster } from './support/cluster.ts';
import { Peer } from './support/Peer.ts';
import {
  addMarkedGoal,
  addMarkedParagraph,
  addMarkedTeam,
  missingFrom,
  planJson,
} from './support/planEdits.ts';

describe('two processes serve one board', () => {
  let cluster: Cluster;
  const peers: Peer[] = [];
  beforeAll(async () => {
    cluster = await startCluster(2);
  });
  afterAll(async () => {
    for (const peer of peers) peer.destroy();
    await cluster?.close();
  });

  const peer = (boardId: string, role: 'member' | 'lead' | 'admin', process: number) => {
    const created = new Peer(boardId, cluster.tokens[role]);
    created.connect(cluster.servers[process]!.wsUrl);
    peers.push(created);
    return created;
  };

  it('[X1] clients on different processes edit one board and converge, carets included', async () => {
    const boardId = await cluster.createBoard();
    const [a1, a2, b1, b2] = [
      peer(boardId, 'member', 0),
      peer(boardId, 'lead', 0),
      peer(boardId, 'member', 1),
      peer(boardId, 'admin', 1),
    ] as const;
    await Promise.all([a1, a2, b1, b2].map((p) => p.synced()));

    // Concurrent, interleaved edits from both sides of the Redis link.
    for (let round = 0; round < 5; round++) {
      for (const [index, p] of [a1, a2, b1, b2].entries()) {
        const marker = `x1-p${index}-r${round}`;
        const edit = [addMarkedTeam, addMarkedGoal, addMarkedParagraph][(index + round) % 3]!;
        p.write(marker, (doc) => edit(doc, marker));
      }
    }
    await Promise.all([a1, a2, b1, b2].map((p) => p.allAcknowledged()));
    const everyEdit = [a1, a2, b1, b2].flatMap((p) => p.written);
    await waitFor(() => {
      const views = [a1, a2, b1, b2].map((p) => planJson(p.doc));
      expect(missingFrom(views[0]!, everyEdit)).toEqual([]);
      for (const view of views) expect(view).toBe(views[0]);
    });

    // What the board holds for a newcomer on either process is the same plan.
    for (const process of [0, 1]) {
      const fresh = peer(boardId, 'member', process);
      await fresh.synced();
      expect(planJson(fresh.doc)).toBe(planJson(a1.doc));
    }

    // A caret set on one process shows on the other, and its update follows.
    a1.provider!.setAwarenessField('user', { name: 'ana', color: '#f00', cursor: 3 });
    const userOn = (p: Peer) =>
      [...p.provider!.awareness!.getStates().values()].map((state) => state.user).filter(Boolean);
    await waitFor(() => expect(userOn(b1)).toContainEqual({ name: 'ana', color: '#f00', cursor: 3 }));
    b2.provider!.setAwarenessField('user', { name: 'bo', color: '#00f', cursor: 7 });
    a1.provider!.setAwarenessField('user', { name: 'ana', color: '#f00', cursor: 9 });
    await waitFor(() => {
      expect(userOn(b1)).toContainEqual({ name: 'ana', color: '#f00', cursor: 9 });
      expect(userOn(b1)).not.toContainEqual({ name: 'ana', color: '#f00', cursor: 3 });
      expect(userOn(a2)).toContainEqual({ name: 'bo', color: '#00f', cursor: 7 });
    });
  });
});
