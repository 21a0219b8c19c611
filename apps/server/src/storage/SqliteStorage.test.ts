import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from './SqliteStorage.ts';
import { durabilityUpdate } from './testing/durabilityUpdate.ts';
import { boardInput, bytes } from './testing/fixtures.ts';

const CHILD = join(import.meta.dirname, 'testing', 'appendUntilKilled.ts');
/** Acknowledgements to wait for before the kill: enough that the child is mid-stream, small enough to stay fast. */
const ACKS_BEFORE_KILL = 100;

describe('SqliteStorage durability', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sprintboard-durability-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('every update whose appendUpdate resolved before a SIGKILL is in the file afterwards', async () => {
    const file = join(dir, 'sprintboard.db');
    const setup = new SqliteStorage(file);
    await setup.migrate();
    const { id } = await setup.createBoard(boardInput(), bytes(0));
    await setup.close();

    const child = spawn(process.execPath, [CHILD, file, id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const exited = once(child, 'exit');
    // Every line is an acknowledgement; lines still in the pipe after the kill count too.
    const acked: Array<{ seq: number; i: number }> = [];
    for await (const line of createInterface({ input: child.stdout })) {
      const [seq, i] = line.split(' ').map(Number);
      acked.push({ seq: seq!, i: i! });
      if (acked.length === ACKS_BEFORE_KILL) child.kill('SIGKILL');
    }
    const [code, signal] = await exited;
    expect({ code, signal, stderr }).toEqual({ code: null, signal: 'SIGKILL', stderr: '' });
    expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    const reopened = new SqliteStorage(file);
    try {
      const stored = new Map((await reopened.readDocument(id)).log.map((entry) => [entry.seq, entry.update]));
      for (const { seq, i } of acked) expect(stored.get(seq)).toEqual(durabilityUpdate(i));
    } finally {
      await reopened.close();
    }
  });
});
