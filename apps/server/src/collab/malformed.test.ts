import { randomBytes } from 'node:crypto';
import { addTeam, CLOSE_CODES, readPlanDocument, toPlanView } from '@sprintboard/plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { LIMITS } from '../limits.ts';
import { waitFor } from '../testing/waitFor.ts';
import { boardFixture } from './collabTestKit.ts';

const teams = (doc: Y.Doc) => toPlanView(readPlanDocument(doc)).teams.map((t) => t.name);

/** Opens a raw WebSocket to /collab and resolves with the close code once the server closes it. */
function rawSocket(url: string) {
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  const opened = new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error('socket error'));
  });
  const closed = new Promise<number>((resolve) => {
    socket.onclose = (event) => resolve(event.code);
  });
  return { socket, opened, closed };
}

describe.each(['sqlite', 'postgres'] as const)('bad WebSocket input (%s)', (storage) => {
  let fx: Awaited<ReturnType<typeof boardFixture>>;
  beforeAll(async () => {
    fx = await boardFixture(storage);
  });
  afterAll(async () => fx?.close());

  it('[W1] random bytes close that socket only; other clients keep editing', async () => {
    const a = fx.connect('member');
    const b = fx.connect('lead');
    await Promise.all([a.synced(), b.synced()]);
    for (let i = 0; i < 5; i++) {
      const raw = rawSocket(fx.server.wsUrl);
      await raw.opened;
      raw.socket.send(randomBytes(64 + i * 100));
      expect(await raw.closed).toBeGreaterThanOrEqual(1000);
    }
    addTeam(a.doc, 'Still editing');
    await waitFor(() => expect(teams(b.doc)).toContain('Still editing'));
    expect((await fx.api.get('/api/health')).status).toBe(200);
  });

  it('[W2] a message over the size limit closes that socket with 1009', async () => {
    const raw = rawSocket(fx.server.wsUrl);
    await raw.opened;
    raw.socket.send(new Uint8Array(LIMITS.wsMessageBytes + 1024));
    expect(await raw.closed).toBe(1009);
    const a = fx.connect('member');
    await a.synced();
    addTeam(a.doc, 'After oversized');
    await a.acknowledged();
  });

  it('[W3] a connection flooding messages is closed by the rate limit; others are not', async () => {
    const flooder = fx.connect('member');
    const calm = fx.connect('admin');
    await Promise.all([flooder.synced(), calm.synced()]);
    // Each transaction is one WebSocket message (the provider does not batch by default).
    const meta = flooder.doc.getMap('meta');
    for (let i = 0; i < LIMITS.wsMessageBurst * 3; i++) meta.set('title', `flood ${i}`);
    await waitFor(() => expect(flooder.closes).toContain(CLOSE_CODES.rateLimited), 10_000);
    addTeam(calm.doc, 'Calm team');
    await calm.acknowledged();
  });
});
