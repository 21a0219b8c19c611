import { metaMap } from '@sprintboard/plan';
import type * as Y from 'yjs';
import { Peer } from './Peer.ts';
import { addMarkedGoal, addMarkedParagraph, addMarkedTeam, appendMarker } from './planEdits.ts';
import { between, mulberry32, type Rng } from './prng.ts';

/** Chances per turn, out of 1000. */
const CHANCE = { disconnect: 15, caret: 300, title: 20, paragraph: 120, goal: 60, team: 30 };

/**
 * One simulated collaborator of the soak: every turn it types (a marker at
 * the end of its own line, mostly; sometimes a new paragraph, goal or team;
 * sometimes the contested board title), moves its caret, and now and then
 * drops its connection for a while, typing on offline — half the time as a
 * network blip (the same provider reconnects), half as a tab reopened on
 * the same doc (a new provider).
 */
export class SoakClient {
  readonly peer: Peer;
  readonly index: number;
  /** Which server process it talks to. */
  readonly process: number;
  private readonly rng: Rng;
  private readonly url: () => string;
  private line: Y.XmlElement | undefined;
  private edits = 0;
  /** Abandoned clients (their process died with them) make no further turns. */
  abandoned = false;
  disconnects = 0;

  constructor(input: {
    index: number;
    process: number;
    seed: number;
    boardId: string;
    token: string;
    url: () => string;
  }) {
    this.index = input.index;
    this.process = input.process;
    this.rng = mulberry32(input.seed);
    this.url = input.url;
    this.peer = new Peer(input.boardId, input.token);
    this.peer.connect(this.url());
  }

  /** Plays turns until `until` (performance.now()) or `maxTurns`, whichever comes first. */
  async play(until: number, maxTurns: number): Promise<void> {
    for (let turn = 0; turn < maxTurns && performance.now() < until && !this.abandoned; turn++) {
      await sleep(between(this.rng, 300, 1_200));
      if (this.abandoned) return;
      if (this.roll(CHANCE.disconnect)) await this.dropConnection(Math.min(until - performance.now(), 3_000));
      this.type();
      if (this.roll(CHANCE.caret)) {
        this.peer.provider?.setAwarenessField('user', { name: `c${this.index}`, cursor: this.edits });
      }
    }
  }

  /** Stops for good, keeping what it recorded (for the "nothing acknowledged is lost" check). */
  abandon(): void {
    this.abandoned = true;
    this.peer.disconnect();
  }

  private type(): void {
    const marker = `s${this.index}-${this.edits++}`;
    if (this.roll(CHANCE.title)) {
      // Contested, last writer wins: checked for convergence only.
      this.peer.doc.transact(() => metaMap(this.peer.doc).set('title', `Soak ${marker}`));
    }
    if (!this.line || this.roll(CHANCE.paragraph)) {
      this.peer.write(marker, (doc) => {
        this.line = addMarkedParagraph(doc, marker);
      });
    } else if (this.roll(CHANCE.goal)) {
      this.peer.write(marker, (doc) => addMarkedGoal(doc, marker));
    } else if (this.roll(CHANCE.team)) {
      this.peer.write(marker, (doc) => addMarkedTeam(doc, marker));
    } else {
      const line = this.line;
      this.peer.write(marker, () => appendMarker(line, marker));
    }
  }

  private async dropConnection(maxMs: number): Promise<void> {
    this.disconnects++;
    const blip = this.rng() < 0.5;
    if (blip) this.peer.offline();
    else this.peer.disconnect();
    // Typing goes on while offline.
    const offlineUntil = performance.now() + between(this.rng, 200, Math.max(200, maxMs));
    while (performance.now() < offlineUntil && !this.abandoned) {
      await sleep(between(this.rng, 100, 400));
      this.type();
    }
    if (this.abandoned) return;
    if (blip) await this.peer.online();
    else this.peer.connect(this.url());
  }

  private roll(perMille: number): boolean {
    return this.rng() * 1000 < perMille;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
