import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadBenchConfig, serverEnv } from './config.ts';
import { measureColdLoad } from './measures/coldLoad.ts';
import { measurePropagation } from './measures/propagation.ts';
import { measureThroughput } from './measures/throughput.ts';
import { type BenchResults, renderReport, writeResults } from './report.ts';

/**
 * `pnpm bench`: every figure against every server in one invocation, each
 * server and each client driver in its own process, loopback only. Prints
 * the tables and writes the same figures to bench-results/latest.json.
 */
const OUTPUT = fileURLToPath(new URL('../../bench-results/latest.json', import.meta.url));
/** Figures not started by then are skipped, so the run stays under 10 minutes. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 540) * 1000;

const config = loadBenchConfig();
const env = serverEnv(config);
const started = performance.now();
const results: BenchResults = {
  startedAt: new Date().toISOString(),
  durationS: 0,
  machine: { cpus: cpus().length, loadAverage: loadavg(), node: process.version },
  config,
  propagation: [],
  throughput: [],
  coldLoad: null,
  browser: null,
  errors: [],
};

const progress = (message: string) =>
  process.stderr.write(
    `[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`,
  );

/** Runs one measurement; a failure is recorded and the run goes on. */
async function attempt<T>(what: string, measure: () => Promise<T>): Promise<T | null> {
  if (performance.now() - started > BUDGET_MS) {
    results.errors.push(`${what}: skipped (time budget of ${BUDGET_MS / 1000} s used up)`);
    return null;
  }
  progress(what);
  try {
    return await measure();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.errors.push(`${what}: ${message.split('\n')[0]}`);
    progress(`${what} failed: ${message}`);
    return null;
  }
}

if (config.figures.includes('propagation')) {
  // Servers interleaved per N, and the whole pass repeated: background load hits them alike,
  // and the report can keep each one's least disturbed round.
  for (let round = 1; round <= config.rounds; round++) {
    for (const clients of config.levels) {
      for (const kind of config.servers) {
        const row = await attempt(`propagation ${kind} N=${clients} (round ${round})`, () =>
          measurePropagation(config, kind, clients, env),
        );
        if (row) results.propagation.push({ ...row, round });
      }
    }
  }
}

if (config.figures.includes('throughput')) {
  for (const kind of config.servers) {
    const row = await attempt(`throughput ${kind}`, () => measureThroughput(config, kind, env));
    if (row) results.throughput.push(row);
  }
}

if (config.figures.includes('cold') || config.figures.includes('browser')) {
  const measured = await attempt('cold load + browser', () =>
    measureColdLoad(config, env, config.figures.includes('browser')),
  );
  if (measured && config.figures.includes('cold')) results.coldLoad = measured.cold;
  if (measured) results.browser = measured.browser;
}

results.durationS = (performance.now() - started) / 1000;
process.stdout.write(`\n${renderReport(results)}`);
await writeResults(OUTPUT, results);
process.stdout.write(`\nWritten to ${OUTPUT}\n`);
