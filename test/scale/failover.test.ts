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

/**
 * Writes `count` edits in one burst and SIGKILLs server `process` the moment
 * the last one is acknowledged (synchronously, in the acknowledgement's own
 * event), so the dead process had no time to pass them on through Redis.
 */
async function writeThenCrash(cluster: Cluster, process: number, peer: Peer, prefix: string, count: number) {
  const server = cluster.servers[process]!;
  const crashed = new Promise<void>((resolve) => {
    const onUnsynced = ({ number }: { number: number }) => {
      if (number !== 0) return;
      server.process.kill('SIGKILL');
      peer.provider!.off('unsyncedChanges', onUnsynced);
      resolve();
    };
    peer.provider!.on('unsyncedChanges', onUnsynced);
  });
  for (let i = 0; i < count; i++) {
    const marker = `${prefix}-${i}`;
    peer.write(marker, (doc) => [addMarkedTeam, addMarkedGoal, addMarkedParagraph][i % 3]!(doc, marker));
  }
  await waitFor(() => crashed, 10_000);
  await cluster.crash(process);
}

describe('a process killed with SIGKILL', () => {
  let cluster: Cluster;
  const peers: Peer[] = [];
  beforeAll(async () => {
    cluster = await startCluster(3);
  });
  afterAll(async () => {
    for (const peer of peers) peer.destroy();
    await cluster?.close();
  });

  const peer = (boardId: string, process: number) => {
    const created = new Peer(boardId, cluster.tokens.member);
    created.connect(cluster.servers[process]!.wsUrl);
    peers.push(created);
    return created;
  };

  it('[X3] loses no acknowledged edit: the surviving process serves them even if none of its clients comes back', async () => {
    const boardId = await cluster.createBoard();
    const watcher = peer(boardId, 1);
    const doomed = peer(boardId, 2);
    await Promise.all([watcher.synced(), doomed.synced()]);
    await writeThenCrash(cluster, 2, doomed, 'x3-abandoned', 30);
    const acknowledged = doomed.acknowledged;
    expect(acknowledged).toHaveLength(30);
    doomed.disconnect();

    await waitFor(() => expect(missingFrom(planJson(watcher.doc), acknowledged)).toEqual([]), 15_000);
    const fresh = peer(boardId, 1);
    await fresh.synced();
    expect(missingFrom(planJson(fresh.doc), acknowledged)).toEqual([]);
  });

  it('[X3] its clients reconnect to another process with their doc: acknowledged and offline edits converge', async () => {
    const boardId = await cluster.createBoard('Fail-over board');
    const watcher = peer(boardId, 1);
    const mover = peer(boardId, 0);
    const doomed = peer(boardId, 0);
    await Promise.all([watcher, mover, doomed].map((p) => p.synced()));
    for (let i = 0; i < 10; i++) {
      mover.write(`x3-mover-${i}`, (doc) => addMarkedParagraph(doc, `x3-mover-${i}`));
    }
    await mover.allAcknowledged();
    await writeThenCrash(cluster, 0, doomed, 'x3-doomed', 10);
    const doomedAcknowledged = doomed.acknowledged;
    doomed.disconnect();

    // The mover's server is gone; it keeps typing, then opens the board on the surviving process.
    for (let i = 0; i < 5; i++) {
      mover.write(`x3-offline-${i}`, (doc) => addMarkedTeam(doc, `x3-offline-${i}`));
    }
    expect(mover.acknowledgedCount).toBe(10);
    mover.connect(cluster.servers[1]!.wsUrl);
    await mover.allAcknowledged();

    const fresh = peer(boardId, 1);
    await fresh.synced();
    const everything = [...mover.written, ...doomedAcknowledged];
    await waitFor(() => {
      const views = [mover, watcher, fresh].map((p) => planJson(p.doc));
      expect(missingFrom(views[0]!, everything)).toEqual([]);
      expect(views[1]).toBe(views[0]);
      expect(views[2]).toBe(views[0]);
    });
  });
});
