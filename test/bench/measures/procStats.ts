import { readFileSync } from 'node:fs';

/** Linux clock ticks per second (USER_HZ); 100 on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

/** A process' CPU time (user + system, ms) and resident memory (bytes) at one moment. */
export interface ProcSample {
  at: number;
  cpuMs: number;
  rssBytes: number;
}

/** Reads /proc/<pid>/stat (utime + stime) and /proc/<pid>/status (VmRSS). */
export function sampleProc(pid: number): ProcSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name (which may contain spaces): state is field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime (14) + stime (15)
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0);
  return { at: performance.now(), cpuMs: (ticks * 1000) / TICKS_PER_SECOND, rssBytes: rssKb * 1024 };
}

/** CPU ms used between two samples, and as % of one core over the wall time between them. */
export function cpuBetween(from: ProcSample, to: ProcSample): { cpuMs: number; percent: number } {
  const cpuMs = to.cpuMs - from.cpuMs;
  const wall = to.at - from.at;
  return { cpuMs, percent: wall > 0 ? (cpuMs / wall) * 100 : 0 };
}
