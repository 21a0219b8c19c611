import type { Percentiles } from '../stats.ts';

/**
 * What the orchestrator (run.ts) and a client-driver process say to each
 * other over the IPC channel: one reply per command, in order.
 */

/** Which wire protocol the driver's clients speak. */
export type Protocol = 'hocuspocus' | 'y-websocket';

export interface ConnectCommand {
  type: 'connect';
  protocol: Protocol;
  wsUrl: string;
  room: string;
  /** Session token (ours); ignored by the baselines. */
  token: string;
  /** Full provider clients (Y.Doc + provider) that type. */
  typers: number;
  /** Light clients that only receive (wire protocol, no Y.Doc). */
  observers: number;
  /** Write the plan template first (baselines start from an empty doc; ours has it). */
  seedTemplate: boolean;
  /** Connections opened at once. */
  batch: number;
  timeoutMs: number;
}

export interface TypeCommand {
  type: 'type';
  /** Characters per second per typer. */
  charsPerSecond: number;
  warmupMs: number;
  measureMs: number;
  /** Longest wait for the last deliveries after typing stopped. */
  drainMs: number;
}

export interface LockCommand {
  type: 'lock';
  httpUrl: string;
  boardId: string;
  leadToken: string;
  timeoutMs: number;
}

export interface SyncProbeCommand {
  type: 'syncProbe';
  wsUrl: string;
  room: string;
  token: string;
  timeoutMs: number;
}

export interface CloseCommand {
  type: 'close';
}

export type DriverCommand = ConnectCommand | TypeCommand | LockCommand | SyncProbeCommand | CloseCommand;

export interface ConnectResult {
  type: 'connected';
  ms: number;
  connections: number;
}

export interface TypeResult {
  type: 'typed';
  /** Keystrokes made during the measured window. */
  keystrokes: number;
  /** Keystrokes per second across typers in the measured window. */
  achievedRate: number;
  /** Every (keystroke, receiving client) pair: ms from the keystroke to its arrival. */
  deliveries: Percentiles;
  /** Per keystroke: ms until the last other client had it (only keystrokes that reached all). */
  allReached: Percentiles;
  expected: number;
  lost: number;
  /** The driver's own CPU use in the window, % of one core (near 100: the driver, not the server, limits). */
  driverCpuPercent: number;
}

export interface LockResult {
  type: 'locked';
  status: number;
  /** ms from sending POST /lock to its response. */
  httpMs: number;
  /** ms from sending POST /lock to each connection's lock notice. */
  fanout: Percentiles;
  reached: number;
  connections: number;
  /** A write after the lock: no client received it and a fresh client's sync does not contain it. */
  writeRefused: boolean;
  refusalDetail: string;
}

export interface SyncProbeResult {
  type: 'probed';
  /** Connect to first sync of the first client (the server loads the board from storage). */
  coldMs: number;
  coldBytesReceived: number;
  coldBytesSent: number;
  /** A second client while the board is loaded. */
  warmMs: number;
}

export type DriverReply =
  | ConnectResult
  | TypeResult
  | LockResult
  | SyncProbeResult
  | { type: 'closed' }
  | { type: 'error'; message: string };
