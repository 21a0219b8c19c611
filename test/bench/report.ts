import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BenchConfig } from './config.ts';
import type { BrowserResult } from './measures/browser.ts';
import type { ColdLoadResult } from './measures/coldLoad.ts';
import type { PropagationRow } from './measures/propagation.ts';
import type { ThroughputRow } from './measures/throughput.ts';
import { SERVER_KINDS } from './servers/targets.ts';
import { round } from './stats.ts';

/** Everything one `pnpm bench` measured; written as JSON and printed as tables. */
export interface BenchResults {
  startedAt: string;
  durationS: number;
  machine: { cpus: number; loadAverage: number[]; node: string };
  config: BenchConfig;
  propagation: PropagationRow[];
  throughput: ThroughputRow[];
  coldLoad: ColdLoadResult | null;
  browser: BrowserResult | null;
  errors: string[];
}

/**
 * Per server and N, the round with the lowest p99: background load on a shared machine only
 * ever adds latency, so the least disturbed round is the closest to the server's own cost.
 */
export function bestRounds(rows: PropagationRow[]): PropagationRow[] {
  const best = new Map<string, PropagationRow>();
  for (const row of rows) {
    const key = `${row.server} ${row.clients}`;
    const current = best.get(key);
    if (!current || row.typing.deliveries.p99 < current.typing.deliveries.p99) best.set(key, row);
  }
  return rows
    .filter((row) => best.get(`${row.server} ${row.clients}`) === row)
    .sort((a, b) => a.clients - b.clients || SERVER_KINDS.indexOf(a.server) - SERVER_KINDS.indexOf(b.server));
}

/** Lays out rows as a fixed-width text table. */
function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const ms = (value: number) => round(value, 1).toFixed(1);
const ratio = (ours: number, other: number) => (other > 0 ? `${round(ours / other, 2).toFixed(2)}×` : 'n/a');
const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`;

function propagationSection(results: BenchResults): string {
  const { config } = results;
  const propagation = bestRounds(results.propagation);
  const rows = propagation.map((row) => [
    row.server,
    row.clients,
    ms(row.typing.deliveries.p50),
    ms(row.typing.deliveries.p95),
    ms(row.typing.deliveries.p99),
    ms(row.typing.allReached.p99),
    row.typing.keystrokes,
    row.typing.lost,
    ms(row.connectMs / 1000),
    `${round(row.typing.driverCpuPercent, 0)}%`,
    round(row.load, 1),
    `${row.round ?? 1}/${config.rounds}`,
  ]);
  const ratios: string[] = [];
  for (const clients of config.levels) {
    const ours = propagation.find((row) => row.server === 'ours' && row.clients === clients);
    if (!ours) continue;
    for (const other of propagation.filter((row) => row.server !== 'ours' && row.clients === clients)) {
      const o = ours.typing.deliveries;
      const b = other.typing.deliveries;
      ratios.push(
        `  N=${clients}  ours ÷ ${other.server}: p50 ${ratio(o.p50, b.p50)}, p95 ${ratio(o.p95, b.p95)}, p99 ${ratio(o.p99, b.p99)}`,
      );
    }
  }
  return [
    `1. Propagation latency (ms): ${config.typers} clients typing ${config.charsPerSecond} chars/s each, keystroke → each other client, ${config.measureMs / 1000} s window; best of ${config.rounds} rounds by p99 (all rounds in the JSON)`,
    table(
      [
        'server',
        'N',
        'p50',
        'p95',
        'p99',
        'all-reached p99',
        'keystrokes',
        'lost',
        'connect s',
        'driver CPU',
        'load',
        'round',
      ],
      rows,
    ),
    ...(ratios.length ? ['Ratios (lower is better for ours):', ...ratios] : []),
  ].join('\n');
}

function costSection(results: BenchResults): string {
  const propagation = bestRounds(results.propagation);
  const rows = propagation.map((row) => [
    row.server,
    row.clients,
    `${round(row.cost.cpuPercent, 0)}%`,
    round(row.cost.cpuMsPerSecPerConnection, 3),
    round(row.cost.cpuUsPerDelivery, 1),
    round(row.cost.connectCpuMsPerConnection, 2),
    round(row.cost.rssMb, 0),
    round(row.cost.rssKbPerConnection, 0),
  ]);
  // Between the smallest and largest N, one-time warm-up (first connection, JIT) cancels out.
  const marginal: string[] = [];
  for (const server of new Set(propagation.map((row) => row.server))) {
    const mine = propagation.filter((row) => row.server === server).sort((a, b) => a.clients - b.clients);
    const low = mine[0];
    const high = mine.at(-1);
    if (!low || !high || high.clients === low.clients) continue;
    const extra = high.clients - low.clients;
    const rssKb = ((high.cost.rssMb - low.cost.rssMb) * 1024) / extra;
    const cpuMs = ((high.cost.cpuPercent - low.cost.cpuPercent) * 10) / extra;
    marginal.push(
      `  ${server}: ${round(rssKb, 0)} KB RSS and ${round(cpuMs, 2)} CPU ms/s per extra connection (N ${low.clients} → ${high.clients})`,
    );
  }
  return [
    '2. Server cost (from /proc: utime+stime, VmRSS) while typing, same rounds as figure 1',
    table(
      [
        'server',
        'N',
        'CPU',
        'CPU ms/s per conn',
        'CPU µs per delivery',
        'connect CPU ms/conn',
        'RSS MB',
        'RSS KB/conn',
      ],
      rows,
    ),
    ...(marginal.length
      ? ['Marginal cost per connection (slope between the smallest and largest N):', ...marginal]
      : []),
  ].join('\n');
}

function coldSection(cold: ColdLoadResult): string {
  return [
    `3. Cold load: ${cold.teams} teams, ${cold.items} items, ${cold.loggedUpdates} logged edits (${kb(cold.logBytes)} of log)`,
    table(
      ['case', 'connect → first sync ms', 'sync bytes received', 'bytes sent', 'second client ms'],
      [
        [
          'fresh server, state + log',
          ms(cold.fromLog.coldMs),
          cold.fromLog.coldBytesReceived,
          cold.fromLog.coldBytesSent,
          ms(cold.fromLog.warmMs),
        ],
        [
          'fresh server, compacted',
          ms(cold.fromCompacted.coldMs),
          cold.fromCompacted.coldBytesReceived,
          cold.fromCompacted.coldBytesSent,
          ms(cold.fromCompacted.warmMs),
        ],
      ],
    ),
    `Compaction (compactDocument on the loaded doc): ${ms(cold.compaction.compactMs)} ms; reading state + log into a Y.Doc: ${ms(cold.compaction.loadMs)} ms; state after: ${kb(cold.compaction.stateBytes)}, log after: ${cold.compaction.logAfter}. Server RSS after loading from the log: ${round(cold.fromLog.serverRssMb, 0)} MB.`,
  ].join('\n');
}

function lockSection(results: BenchResults): string {
  const rows = results.propagation
    .filter((row) => row.lock)
    .map((row) => {
      const lock = row.lock;
      if (!lock) return [];
      return [
        row.clients,
        row.round ?? 1,
        lock.status,
        ms(lock.httpMs),
        ms(lock.fanout.p50),
        ms(lock.fanout.p95),
        ms(lock.fanout.max),
        `${lock.reached}/${lock.connections}`,
        lock.writeRefused ? 'yes' : `NO (${lock.refusalDetail})`,
      ];
    });
  return [
    '4. Lock fan-out (ours): POST /lock {confirm:true} → lock notice at every open connection (ms from the request)',
    table(
      ['N', 'round', 'HTTP', 'HTTP ms', 'notice p50', 'p95', 'last', 'reached', 'write after lock refused'],
      rows,
    ),
  ].join('\n');
}

function throughputSection(results: BenchResults): string {
  const p99 = results.config.throughputP99Ms;
  const rows = results.throughput.map((row) => [
    row.server,
    row.clients,
    round(row.sustained, 0),
    row.limitedBy,
    round(row.load, 1),
    row.steps.map((step) => `${step.targetRate}→${ms(step.p99)}${step.pass ? '' : '✗'}`).join(' '),
  ]);
  return [
    `5. Throughput: largest sustained edit rate with p99 < ${p99} ms and nothing lost (steps: target edits/s → p99 ms; ours also closes a connection sending > 200 msgs/s)`,
    table(['server', 'N', 'edits/s', 'limited by', 'load', 'steps'], rows),
  ].join('\n');
}

function browserSection(browser: BrowserResult): string {
  const text =
    browser.status === 'ok'
      ? `editor visible ${ms(browser.editorVisibleMs)} ms, accepts a typed character ${ms(browser.interactiveMs)} ms after navigation (Chromium launch ${ms(browser.launchMs)} ms, not included)`
      : `${browser.status} (${browser.reason})`;
  return `6. Browser: 30-team board interactive in Chromium: ${text}`;
}

/** The printed report. */
export function renderReport(results: BenchResults): string {
  const sections = [
    `Sprintboard bench — ${results.startedAt}, ${results.machine.cpus} CPUs, load ${results.machine.loadAverage.map((n) => round(n, 1)).join(' ')}, Node ${results.machine.node}, ${round(results.durationS, 0)} s`,
  ];
  if (results.propagation.length) sections.push(propagationSection(results), costSection(results));
  if (results.coldLoad) sections.push(coldSection(results.coldLoad));
  if (results.propagation.some((row) => row.lock)) sections.push(lockSection(results));
  if (results.throughput.length) sections.push(throughputSection(results));
  if (results.browser) sections.push(browserSection(results.browser));
  if (results.errors.length) sections.push(`Errors:\n${results.errors.map((e) => `  ${e}`).join('\n')}`);
  return `${sections.join('\n\n')}\n`;
}

/** Writes the results as JSON. */
export async function writeResults(path: string, results: BenchResults): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
