import { loadavg } from 'node:os';
import type { BenchConfig } from '../config.ts';
import { DriverProcess } from '../drivers/driverProcess.ts';
import { sleep } from '../drivers/wait.ts';
import { type ServerKind, startTarget } from '../servers/targets.ts';
import { cpuBetween, sampleProc } from './procStats.ts';

/** One rate tried. */
export interface ThroughputStep {
  targetRate: number;
  achievedRate: number;
  p50: number;
  p99: number;
  lost: number;
  serverCpuPercent: number;
  driverCpuPercent: number;
  pass: boolean;
}

/** Figure 5 for one server. */
export interface ThroughputRow {
  server: ServerKind;
  clients: number;
  /** 1-minute load average when the search started. */
  load: number;
  /** Largest achieved edit rate (edits/s across clients) that passed; 0 when none did. */
  sustained: number;
  /** What stopped the search: the server failed a rate, the driver could not type faster, or the cap. */
  limitedBy: 'server' | 'driver' | 'cap';
  steps: ThroughputStep[];
}

/** Rates tried at most: doubling, then halving the gap between the last pass and the first failure. */
const MAX_STEPS = 9;
const BISECTIONS = 2;

/**
 * Steps the total edit rate up (doubling from throughputStart) until p99
 * reaches the limit, a delivery is lost, or the driver cannot type that fast;
 * then bisects twice between the last rate that passed and the first that failed.
 */
export async function measureThroughput(
  config: BenchConfig,
  kind: ServerKind,
  env: Record<string, string>,
): Promise<ThroughputRow> {
  const load = loadavg()[0] ?? 0;
  const target = await startTarget(kind, env);
  const driver = DriverProcess.start();
  const clients = config.throughputClients;
  const typers = Math.min(config.typers, clients);
  const steps: ThroughputStep[] = [];
  let limitedBy: ThroughputRow['limitedBy'] = 'cap';
  try {
    await driver.request(
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
        timeoutMs: 60_000,
      },
      'connected',
      90_000,
    );
    const tryRate = async (rate: number): Promise<ThroughputStep> => {
      const before = sampleProc(target.pid);
      const typed = await driver.request(
        {
          type: 'type',
          charsPerSecond: rate / typers,
          warmupMs: 1_000,
          measureMs: config.throughputStepMs,
          drainMs: 2_000,
        },
        'typed',
        config.throughputStepMs + 60_000,
      );
      const server = cpuBetween(before, sampleProc(target.pid));
      const step: ThroughputStep = {
        targetRate: rate,
        achievedRate: typed.achievedRate,
        p50: typed.deliveries.p50,
        p99: typed.deliveries.p99,
        lost: typed.lost,
        serverCpuPercent: server.percent,
        driverCpuPercent: typed.driverCpuPercent,
        pass:
          typed.deliveries.p99 < config.throughputP99Ms &&
          typed.lost === 0 &&
          typed.achievedRate >= 0.9 * rate,
      };
      steps.push(step);
      // Let a backlog from an overloaded step drain before the next one.
      await sleep(1_000);
      return step;
    };
    let passed = 0;
    let failed = 0;
    for (
      let rate = config.throughputStart;
      rate <= config.throughputMax && steps.length < MAX_STEPS;
      rate *= 2
    ) {
      const step = await tryRate(rate);
      if (!step.pass) {
        failed = rate;
        limitedBy = step.achievedRate < 0.9 * rate && step.p99 < config.throughputP99Ms ? 'driver' : 'server';
        break;
      }
      passed = rate;
    }
    for (let i = 0; i < BISECTIONS && failed > 0 && passed > 0 && steps.length < MAX_STEPS; i++) {
      const rate = Math.round((passed + failed) / 2);
      if ((await tryRate(rate)).pass) passed = rate;
      else failed = rate;
    }
    const sustained = Math.max(0, ...steps.filter((step) => step.pass).map((step) => step.achievedRate));
    return { server: kind, clients, load, sustained, limitedBy, steps };
  } finally {
    await driver.stop();
    await target.stop();
  }
}
