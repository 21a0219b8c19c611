import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { deferred, type Observer, type ObserverOptions } from './observer.ts';

/** y-websocket message types and y-protocols sync sub-types. */
const SYNC = 0;
const STEP_1 = 0;
const STEP_2 = 1;
const UPDATE = 2;
const EMPTY_STATE_VECTOR = new Uint8Array([0]);
const EMPTY_UPDATE = new Uint8Array([0, 0]);

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** A light y-websocket client: sync handshake with an empty doc, then updates. */
export function openYWebsocketObserver(options: ObserverOptions): Observer {
  const synced = deferred<Uint8Array>();
  const socket = new WebSocket(`${options.wsUrl}/${options.room}`);
  socket.on('open', () => socket.send(syncMessage(STEP_1, EMPTY_STATE_VECTOR)));
  socket.on('message', (data: Buffer) => {
    const at = performance.now();
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== SYNC) return;
    const step = decoding.readVarUint(decoder);
    if (step === UPDATE) options.onUpdate(decoding.readVarUint8Array(decoder), at);
    else if (step === STEP_2) synced.resolve(decoding.readVarUint8Array(decoder));
    else if (step === STEP_1) socket.send(syncMessage(STEP_2, EMPTY_UPDATE));
  });
  socket.on('close', (code) => synced.reject(new Error(`closed with ${code}`)));
  socket.on('error', (error) => synced.reject(error));
  return { synced: synced.promise, close: () => socket.terminate() };
}
