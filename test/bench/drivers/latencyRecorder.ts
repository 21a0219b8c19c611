import * as Y from 'yjs';
import { type Percentiles, percentiles } from '../stats.ts';

interface Keystroke {
  sentAt: number;
  received: number;
  last: number;
}

/**
 * Sent times of keystrokes, keyed by the Yjs (client, clock) of the
 * inserted character, and their arrivals at the other clients. Typers and
 * receivers live in this one process, so performance.now() is one clock.
 * An arriving update (possibly several keystrokes merged by the server) is
 * mapped back to keystrokes with Y.parseUpdateMeta, without applying it.
 */
export class LatencyRecorder {
  private readonly keystrokes = new Map<number, Map<number, Keystroke>>();
  private samples: number[] = [];
  /** Clients that should receive each keystroke (every client but its sender). */
  receivers = 0;

  /** Forgets everything recorded so far. */
  reset(): void {
    this.keystrokes.clear();
    this.samples = [];
  }

  /** A typer made the keystroke at `clock` of its client. */
  sent(client: number, clock: number, at: number): void {
    let byClock = this.keystrokes.get(client);
    if (!byClock) {
      byClock = new Map();
      this.keystrokes.set(client, byClock);
    }
    byClock.set(clock, { sentAt: at, received: 0, last: 0 });
  }

  /** An update arrived at a client at `at`. */
  arrived(update: Uint8Array, at: number): void {
    if (this.keystrokes.size === 0) return;
    const meta = Y.parseUpdateMeta(update);
    for (const [client, to] of meta.to) {
      const byClock = this.keystrokes.get(client);
      if (!byClock) continue;
      for (let clock = meta.from.get(client) ?? to; clock < to; clock++) {
        const keystroke = byClock.get(clock);
        if (!keystroke) continue;
        keystroke.received++;
        keystroke.last = at;
        this.samples.push(at - keystroke.sentAt);
      }
    }
  }

  /** Keystrokes recorded, and how many of their deliveries are still missing. */
  progress(): { keystrokes: number; expected: number; missing: number } {
    let keystrokes = 0;
    let received = 0;
    for (const byClock of this.keystrokes.values()) {
      for (const keystroke of byClock.values()) {
        keystrokes++;
        received += Math.min(keystroke.received, this.receivers);
      }
    }
    const expected = keystrokes * this.receivers;
    return { keystrokes, expected, missing: expected - received };
  }

  /** Per-delivery latencies, and per keystroke the time until every receiver had it. */
  summary(): { deliveries: Percentiles; allReached: Percentiles } {
    const allReached: number[] = [];
    for (const byClock of this.keystrokes.values()) {
      for (const keystroke of byClock.values()) {
        if (keystroke.received >= this.receivers) allReached.push(keystroke.last - keystroke.sentAt);
      }
    }
    return { deliveries: percentiles(this.samples), allReached: percentiles(allReached) };
  }

  /** Whether any client received the keystroke at (client, clock). */
  wasReceived(client: number, clock: number): boolean {
    return (this.keystrokes.get(client)?.get(clock)?.received ?? 0) > 0;
  }
}
