import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { waitFor } from '../testing/waitFor.ts';
import { boardFixture } from './collabTestKit.ts';

/** Opens a raw Hocuspocus connection (token auth + sync step 1 with an empty doc); records sync sub-types. */
function rawClient(wsUrl: string, board: string, token: string) {
  const steps: number[] = [];
  const socket = new WebSocket(wsUrl);
  const message = (type: number, write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, board);
    encoding.writeVarUint(encoder, type);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  socket.on('open', () => {
    // Auth (type 2, token), then sync step 1 (type 0, sub-type 0) with an empty doc's state vector.
    socket.send(
      message(2, (e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarString(e, token);
      }),
    );
    socket.send(
      message(0, (e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint8Array(e, new Uint8Array([0]));
      }),
    );
  });
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) === 0) steps.push(decoding.readVarUint(decoder));
  });
  return { steps, close: () => socket.terminate() };
}

describe('loading a board from storage', () => {
  let fx: Awaited<ReturnType<typeof boardFixture>>;
  beforeAll(async () => {
    fx = await boardFixture('sqlite');
  });
  afterAll(async () => fx?.close());

  it('[Y5] the first client gets the stored board once, in its sync, not again as a broadcast update', async () => {
    const client = rawClient(fx.server.wsUrl, fx.boardId, fx.tokens.member);
    try {
      // Sync step 1 (the server's state vector) and step 2 (the board) arrive…
      await waitFor(() => expect(client.steps).toEqual(expect.arrayContaining([0, 1])));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // …and no update (sub-type 2): nobody edited the board.
      expect(client.steps).not.toContain(2);
    } finally {
      client.close();
    }
  });
});
