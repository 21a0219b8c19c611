import {
  addGoal,
  addTeam,
  migrate,
  planTemplate,
  readPlanDocument,
  SECTION_KEYS,
  sectionFragment,
  teamsMap,
  toPlanView,
  writePlanDocument,
} from '@sprintboard/plan';
import { SPRINT_24 } from '@sprintboard/server/testing/fixtures.ts';
import { waitFor } from '@sprintboard/server/testing/waitFor.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Cluster, startCluster } from './support/cluster.ts';
import { Peer } from './support/Peer.ts';

/** The plan a new board from the template holds, built the way the server seeds it. */
function templateView(title: string) {
  const doc = new Y.Doc();
  writePlanDocument(doc, planTemplate(title, SPRINT_24));
  migrate(doc);
  return toPlanView(readPlanDocument(doc));
}

describe('a new board opened on several processes at once', () => {
  let cluster: Cluster;
  const peers: Peer[] = [];
  beforeAll(async () => {
    cluster = await startCluster(3);
  });
  afterAll(async () => {
    for (const peer of peers) peer.destroy();
    await cluster?.close();
  });

  it('[X4] is seeded once: every process serves exactly the template, nothing duplicated', async () => {
    for (let round = 0; round < 5; round++) {
      const title = `Seed race ${round}`;
      // Created through one process, opened at the same moment on all three (the creator's included).
      const boardId = await cluster.createBoard(title);
      const opened = cluster.servers.map((server) => {
        const peer = new Peer(boardId, cluster.tokens.member);
        peer.connect(server.wsUrl);
        peers.push(peer);
        return peer;
      });
      await Promise.all(opened.map((peer) => peer.synced()));
      // Give the processes time to exchange their states through Redis: duplicates would show up now.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const expected = templateView(title);
      await waitFor(() => {
        for (const peer of opened) {
          expect(toPlanView(readPlanDocument(peer.doc))).toEqual(expected);
          // The raw layout too: one empty paragraph per section, no teams.
          for (const key of SECTION_KEYS) expect(sectionFragment(peer.doc, key).length).toBe(1);
          expect(teamsMap(peer.doc).size).toBe(0);
        }
      });
      for (const peer of opened) peer.destroy();
    }
  });

  it('[X4] a next-sprint board opened on every process at once carries the plan over once', async () => {
    const sourceId = await cluster.createBoard('Sprint 24 planning');
    const author = new Peer(sourceId, cluster.tokens.member);
    peers.push(author);
    author.connect(cluster.servers[0]!.wsUrl);
    await author.synced();
    author.write('teams and goals', (doc) => {
      for (const name of ['Search', 'Billing']) addTeam(doc, name);
      for (const title of ['Export', 'Import']) {
        addGoal(doc, 'proposedGoals', { title, owner: 'ana', statements: [`${title} works`] });
      }
    });
    await author.allAcknowledged();
    const next = await cluster.api(1, cluster.tokens.lead).post(`/api/boards/${sourceId}/next`);
    expect(next.status).toBe(201);
    const opened = cluster.servers.map((server) => {
      const peer = new Peer(String(next.json.board.id), cluster.tokens.member);
      peer.connect(server.wsUrl);
      peers.push(peer);
      return peer;
    });
    await Promise.all(opened.map((peer) => peer.synced()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await waitFor(() => {
      const views = opened.map((peer) => toPlanView(readPlanDocument(peer.doc)));
      for (const view of views) {
        expect(view.retroOutcomes.map((goal) => goal.title)).toEqual(['Export', 'Import']);
        expect(view.proposedGoals).toEqual([]);
        expect(view.teams.map((team) => team.name)).toEqual(['Search', 'Billing']);
        expect(view).toEqual(views[0]);
      }
    });
  });
});
