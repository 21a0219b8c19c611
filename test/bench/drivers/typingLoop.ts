import type { TypeCommand, TypeResult } from './messages.ts';
import type { DriverSession } from './session.ts';
import { pollUntil, sleep } from './wait.ts';

/** How often the loop wakes to make the keystrokes that are due (ms). */
const TICK_MS = 2;

/**
 * Every typer types `charsPerSecond` characters a second, phases spread
 * evenly, for warmup + measure; keystrokes of the measured window are
 * tracked until every other client has them (or drainMs passed).
 */
export async function typeFor(session: DriverSession, command: TypeCommand): Promise<TypeResult> {
  const { typers, recorder } = session;
  recorder.reset();
  const rate = command.charsPerSecond;
  const started = performance.now();
  const measureFrom = started + command.warmupMs;
  const end = measureFrom + command.measureMs;
  const sent = typers.map(() => 0);
  let cpuStart: NodeJS.CpuUsage | undefined;
  let keystrokes = 0;
  for (let now = started; now < end; now = performance.now()) {
    if (!cpuStart && now >= measureFrom) cpuStart = process.cpuUsage();
    const elapsedSeconds = (now - started) / 1000;
    for (const [index, typer] of typers.entries()) {
      const due = Math.floor(elapsedSeconds * rate + index / typers.length);
      while ((sent[index] ?? 0) < due) {
        const at = performance.now();
        const clock = typer.keystroke();
        sent[index] = (sent[index] ?? 0) + 1;
        if (at >= measureFrom) {
          recorder.sent(typer.doc.clientID, clock, at);
          keystrokes++;
        }
      }
    }
    await sleep(TICK_MS);
  }
  const cpu = process.cpuUsage(cpuStart);
  await pollUntil(() => recorder.progress().missing === 0, command.drainMs, 25);
  const { expected, missing } = recorder.progress();
  const { deliveries, allReached } = recorder.summary();
  return {
    type: 'typed',
    keystrokes,
    achievedRate: keystrokes / (command.measureMs / 1000),
    deliveries,
    allReached,
    expected,
    lost: missing,
    driverCpuPercent: ((cpu.user + cpu.system) / 1000 / command.measureMs) * 100,
  };
}
