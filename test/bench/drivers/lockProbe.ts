import * as Y from 'yjs';
import { percentiles } from '../stats.ts';
import type { LockCommand, LockResult } from './messages.ts';
import type { DriverSession } from './session.ts';
import { pollUntil, sleep, withTimeout } from './wait.ts';

/**
 * Locks the board over HTTP and times the lock notice's arrival at every
 * open connection; then has a typer write and checks that the server
 * refused it: no client receives it and a fresh client's sync lacks it.
 */
export async function lockAndProbe(session: DriverSession, command: LockCommand): Promise<LockResult> {
  session.lockNoticeAt.clear();
  const started = performance.now();
  const response = await fetch(`${command.httpUrl}/api/boards/${command.boardId}/lock`, {
    method: 'POST',
    headers: { authorization: `Bearer ${command.leadToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ confirm: true }),
    signal: AbortSignal.timeout(command.timeoutMs),
  });
  await response.text();
  const httpMs = performance.now() - started;
  await pollUntil(() => session.lockNoticeAt.size >= session.connections, command.timeoutMs);
  const fanout = percentiles([...session.lockNoticeAt.values()].map((at) => at - started));
  const refusal = await probeRefusal(session, command.timeoutMs);
  return {
    type: 'locked',
    status: response.status,
    httpMs,
    fanout,
    reached: session.lockNoticeAt.size,
    connections: session.connections,
    ...refusal,
  };
}

async function probeRefusal(
  session: DriverSession,
  timeoutMs: number,
): Promise<Pick<LockResult, 'writeRefused' | 'refusalDetail'>> {
  const writer = session.typers[0];
  if (!writer) return { writeRefused: false, refusalDetail: 'no typer to write with' };
  const { recorder } = session;
  recorder.reset();
  const client = writer.doc.clientID;
  const at = performance.now();
  const clock = writer.keystroke();
  recorder.sent(client, clock, at);
  await sleep(1_000);
  const delivered = recorder.wasReceived(client, clock);
  const fresh = session.openObserver({ onUpdate: () => {} });
  try {
    const state = await withTimeout(fresh.synced, timeoutMs, 'fresh client sync after lock');
    const inServerState = (Y.parseUpdateMeta(state).to.get(client) ?? 0) > clock;
    return {
      writeRefused: !delivered && !inServerState,
      refusalDetail: `delivered to others: ${delivered}; in a fresh client's sync: ${inServerState}; unacknowledged at writer: ${writer.unacknowledged()}`,
    };
  } finally {
    fresh.close();
  }
}
