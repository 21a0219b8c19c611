import { loadavg } from 'node:os';
import type { BenchConfig } from '../config.ts';
import { DriverProcess } from '../drivers/driverProcess.ts';
import type { LockResult, TypeResult } from '../drivers/messages.ts';
import { sleep } from '../drivers/wait.ts';
import { type ServerKind, startTarget } from '../servers/targets.ts';
import { cpuBetween, type ProcSample, sampleProc } from './procStats.ts';

/** Figures 1, 2 and 4 for one server at one N: latency while typing, its cost, and (ours) the lock. */
export interface PropagationRow {
  server: ServerKind;
  /** Which pass of the propagation figure (BENCH_ROUNDS); set by run.ts. */
  round?: number;
  clients: number;
  typers: number;
  connectMs: number;
  /** 1-minute load average when the measurement started (other people's work shows here). */
  load: number;
  typing: Omit<TypeResult, 'type'>;
  cost: {
    /** Server CPU while typing, % of one core. */
    cpuPercent: number;
    /** Server CPU ms per second per connection while typing. */
    cpuMsPerSecPerConnection: number;
    /** Server CPU ms per connection to connect and sync it. */
    connectCpuMsPerConnection: number;
    /** Server µs of CPU per update delivered to one client. */
    cpuUsPerDelivery: number;
    rssMb: number;
    /** RSS growth from before connecting to after typing, per connection (KB). */
    rssKbPerConnection: number;
  };
  lock: Omit<LockResult, 'type'> | null;
}

/** Samples the process at `delayMs` from now. */
function sampleLater(pid: number, delayMs: number): Promise<ProcSample> {
  return new Promise((resolve) => setTimeout(() => resolve(sampleProc(pid)), delayMs));
}

/** One fresh server and one fresh driver process with `clients` connections on one board. */
export async function measurePropagation(
  config: BenchConfig,
  kind: ServerKind,
  clients: number,
  env: Record<string, string>,
): Promise<PropagationRow> {
  const load = loadavg()[0] ?? 0;
  const target = await startTarget(kind, env);
  const driver = DriverProcess.start();
  try {
    await sleep(300);
    const idle = sampleProc(target.pid);
    const typers = Math.min(config.typers, clients);
    const connected = await driver.request(
      {
        type: 'connect',
        protocol: target.protocol,
        wsUrl: target.wsUrl,
        room: target.room,
        token: target.token,
        typers,
        observers: clients - typers,
        seedTemplate: target.leadToken === null,
        batch: 50,
        timeoutMs: 90_000,
      },
      'connected',
      120_000,
    );
    const afterConnect = sampleProc(target.pid);
    const windowStart = sampleLater(target.pid, config.warmupMs);
    const windowEnd = sampleLater(target.pid, config.warmupMs + config.measureMs);
    const typed = await driver.request(
      {
        type: 'type',
        charsPerSecond: config.charsPerSecond,
        warmupMs: config.warmupMs,
        measureMs: config.measureMs,
        drainMs: 3_000,
      },
      'typed',
      config.warmupMs + config.measureMs + 60_000,
    );
    const [from, to] = await Promise.all([windowStart, windowEnd]);
    const typing = cpuBetween(from, to);
    const delivered = typed.expected - typed.lost;
    const { type: _typed, ...typingResult } = typed;
    let lock: PropagationRow['lock'] = null;
    if (target.leadToken) {
      const { type: _locked, ...locked } = await driver.request(
        {
          type: 'lock',
          httpUrl: target.httpUrl,
          boardId: target.room,
          leadToken: target.leadToken,
          timeoutMs: 20_000,
        },
        'locked',
        60_000,
      );
      lock = locked;
    }
    return {
      server: kind,
      clients,
      typers,
      connectMs: connected.ms,
      load,
      typing: typingResult,
      cost: {
        cpuPercent: typing.percent,
        cpuMsPerSecPerConnection: (typing.percent / 100 / clients) * 1000,
        connectCpuMsPerConnection: cpuBetween(idle, afterConnect).cpuMs / clients,
        cpuUsPerDelivery: delivered > 0 ? (typing.cpuMs * 1000) / delivered : 0,
        rssMb: to.rssBytes / 2 ** 20,
        rssKbPerConnection: (to.rssBytes - idle.rssBytes) / 1024 / clients,
      },
      lock,
    };
  } finally {
    await driver.stop();
    await target.stop();
  }
}
