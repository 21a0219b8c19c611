import { DEFAULT_SERVER_KINDS, SERVER_KINDS, type ServerKind } from './servers/targets.ts';

/**
 * Every knob of `pnpm bench`, from the environment. The defaults fit the
 * whole run in about 6–7 minutes on a 2-core machine.
 */
export interface BenchConfig {
  /** Servers compared (BENCH_SERVERS=ours,hocuspocus,y-websocket; ours-tmpfs on request). */
  servers: ServerKind[];
  /** Figures to run (BENCH_FIGURES=propagation,throughput,cold,browser). */
  figures: Figure[];
  /** Clients on the board, one measurement each (BENCH_N=50,200,500). */
  levels: number[];
  /** Clients that type (BENCH_TYPERS=20) … */
  typers: number;
  /** … at this many characters a second each (BENCH_CHARS_PER_SEC=5). */
  charsPerSecond: number;
  /** Passes of the propagation figure; the report keeps each server's best (BENCH_ROUNDS=2). */
  rounds: number;
  /** Typing before the measured window (BENCH_WARMUP_S=2). */
  warmupMs: number;
  /** The measured window (BENCH_MEASURE_S=10). */
  measureMs: number;
  /** Clients during the throughput search (BENCH_TP_CLIENTS=50). */
  throughputClients: number;
  /** Measured window of each throughput step (BENCH_TP_STEP_S=3). */
  throughputStepMs: number;
  /** First and largest total edit rate tried (BENCH_TP_START=100, BENCH_TP_MAX=6400 edits/s). */
  throughputStart: number;
  throughputMax: number;
  /** p99 that a sustained rate must stay under (BENCH_TP_P99_MS=100). */
  throughputP99Ms: number;
  /** Cold-load board (BENCH_COLD_TEAMS=30, BENCH_COLD_ITEMS=600, BENCH_COLD_EDITS=50000). */
  coldTeams: number;
  coldItems: number;
  coldEdits: number;
  /** Directory for V8 CPU profiles of the servers (BENCH_CPU_PROF=dir); none when unset. */
  cpuProfileDir: string | null;
}

export const FIGURES = ['propagation', 'throughput', 'cold', 'browser'] as const;
export type Figure = (typeof FIGURES)[number];

function list<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] {
  const raw = process.env[name];
  if (!raw) return [...fallback];
  const values = raw.split(',').map((value) => value.trim());
  for (const value of values) {
    if (!allowed.includes(value as T)) throw new Error(`${name}: unknown value ${value}`);
  }
  return values as T[];
}

function numbers(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (!raw) return fallback;
  return raw.split(',').map((value) => positive(name, Number(value)));
}

function num(name: string, fallback: number): number {
  const raw = process.env[name];
  return raw ? positive(name, Number(raw)) : fallback;
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

/** Reads the configuration; throws on a malformed value. */
export function loadBenchConfig(): BenchConfig {
  return {
    servers: list('BENCH_SERVERS', SERVER_KINDS, DEFAULT_SERVER_KINDS),
    figures: list('BENCH_FIGURES', FIGURES, FIGURES),
    levels: numbers('BENCH_N', [50, 200, 500]).map(Math.round),
    typers: Math.round(num('BENCH_TYPERS', 20)),
    charsPerSecond: num('BENCH_CHARS_PER_SEC', 5),
    rounds: Math.round(num('BENCH_ROUNDS', 2)),
    warmupMs: num('BENCH_WARMUP_S', 2) * 1000,
    measureMs: num('BENCH_MEASURE_S', 10) * 1000,
    throughputClients: Math.round(num('BENCH_TP_CLIENTS', 50)),
    throughputStepMs: num('BENCH_TP_STEP_S', 3) * 1000,
    throughputStart: num('BENCH_TP_START', 100),
    throughputMax: num('BENCH_TP_MAX', 6400),
    throughputP99Ms: num('BENCH_TP_P99_MS', 100),
    coldTeams: Math.round(num('BENCH_COLD_TEAMS', 30)),
    coldItems: Math.round(num('BENCH_COLD_ITEMS', 600)),
    coldEdits: Math.round(num('BENCH_COLD_EDITS', 50_000)),
    cpuProfileDir: process.env.BENCH_CPU_PROF || null,
  };
}

/** Environment for a server process under test (a CPU profile when asked). */
export function serverEnv(config: BenchConfig): Record<string, string> {
  return config.cpuProfileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${config.cpuProfileDir}` } : {};
}
