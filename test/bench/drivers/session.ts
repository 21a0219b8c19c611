import { type BoardNotice, metaMap, planTemplate, writePlanDocument } from '@sprintboard/plan';
import { LatencyRecorder } from './latencyRecorder.ts';
import { openHocuspocusObserver } from './lightHocuspocus.ts';
import { openYWebsocketObserver } from './lightYWebsocket.ts';
import type { ConnectCommand, ConnectResult } from './messages.ts';
import type { Observer, ObserverOptions } from './observer.ts';
import { openTyper, type Typer } from './typer.ts';
import { pollUntil, sleep, withTimeout } from './wait.ts';

/**
 * The clients of one driver process on one board: typers (full providers)
 * and observers (light clients), the latency recorder they all report to,
 * and when each connection first heard that the board was locked.
 */
export class DriverSession {
  readonly recorder = new LatencyRecorder();
  readonly typers: Typer[] = [];
  readonly observers: Observer[] = [];
  /** Connection index → performance.now() of its first `locked: true` notice. */
  readonly lockNoticeAt = new Map<number, number>();
  private target: ConnectCommand | undefined;

  get connections(): number {
    return this.typers.length + this.observers.length;
  }

  /** Opens an extra light client of the board (not counted as a connection of the session). */
  openObserver(options: Pick<ObserverOptions, 'onUpdate' | 'onNotice'>): Observer {
    const target = this.mustTarget();
    const open = target.protocol === 'hocuspocus' ? openHocuspocusObserver : openYWebsocketObserver;
    return open({ wsUrl: target.wsUrl, room: target.room, token: target.token, ...options });
  }

  async connect(command: ConnectCommand): Promise<ConnectResult> {
    this.target = command;
    const started = performance.now();
    const deadline = started + command.timeoutMs;
    const onUpdate = (update: Uint8Array, at: number) => this.recorder.arrived(update, at);
    const noticeFor = (index: number) => (notice: BoardNotice, at: number) => {
      if (notice.type === 'lock' && notice.locked && !this.lockNoticeAt.has(index))
        this.lockNoticeAt.set(index, at);
    };
    const openOne = (index: number): Promise<unknown> => {
      if (index < command.typers) {
        const typer = openTyper({ ...command, onUpdate, onNotice: noticeFor(index) });
        this.typers.push(typer);
        return typer.synced;
      }
      const observer = this.openObserver({ onUpdate, onNotice: noticeFor(index) });
      this.observers.push(observer);
      return observer.synced;
    };
    const total = command.typers + command.observers;
    let next = 0;
    if (command.seedTemplate && command.typers > 0) {
      await withTimeout(openOne(next++) as Promise<void>, command.timeoutMs, 'first typer sync');
      await this.seed();
    }
    while (next < total) {
      const batch: Array<Promise<unknown>> = [];
      for (let i = 0; i < command.batch && next < total; i++) batch.push(openOne(next++));
      await withTimeout(
        Promise.all(batch),
        Math.max(1, deadline - performance.now()),
        `${total} connections`,
      );
    }
    for (const typer of this.typers) typer.prepare();
    // Let the typers' new paragraphs reach everyone before anything is measured.
    await sleep(500);
    this.recorder.receivers = total - 1;
    return { type: 'connected', ms: performance.now() - started, connections: total };
  }

  /** Writes the plan template into an empty board (the baselines start empty; ours has it). */
  private async seed(): Promise<void> {
    const first = this.typers[0];
    if (!first || metaMap(first.doc).get('title') !== undefined) return;
    writePlanDocument(first.doc, planTemplate('Bench board', { number: 24 }));
    await pollUntil(() => first.unacknowledged() === 0, 5_000);
    await sleep(200);
  }

  close(): void {
    for (const typer of this.typers) typer.destroy();
    for (const observer of this.observers) observer.close();
    this.typers.length = 0;
    this.observers.length = 0;
  }

  private mustTarget(): ConnectCommand {
    if (!this.target) throw new Error('not connected');
    return this.target;
  }
}
