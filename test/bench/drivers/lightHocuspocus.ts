import { parseBoardNotice } from '@sprintboard/plan';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { deferred, type Observer, type ObserverOptions } from './observer.ts';

/** Hocuspocus message types (provider types.ts) and sub-types used here. */
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const STATELESS = 5;
const STEP_1 = 0;
const STEP_2 = 1;
const UPDATE = 2;
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;
const PROVIDER_VERSION = '4.7.0';
/** An empty doc's state vector and update. */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);
const EMPTY_UPDATE = new Uint8Array([0, 0]);
/** An awareness update naming no clients. */
const EMPTY_AWARENESS = new Uint8Array([0]);
/** The server drops a connection that said nothing for 60 s; a real provider renews awareness every 15 s. */
const KEEPALIVE_MS = 20_000;

function message(room: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A light Hocuspocus client: token auth, sync handshake with an empty doc, updates and notices. */
export function openHocuspocusObserver(options: ObserverOptions): Observer {
  const { room } = options;
  const synced = deferred<Uint8Array>();
  const socket = new WebSocket(options.wsUrl);
  const keepalive = setInterval(() => {
    // Changes nothing and broadcasts nothing, but counts as a message.
    if (socket.readyState === WebSocket.OPEN) {
      socket.send(message(room, AWARENESS, (e) => encoding.writeVarUint8Array(e, EMPTY_AWARENESS)));
    }
  }, KEEPALIVE_MS);
  keepalive.unref();
  socket.on('open', () => {
    socket.send(
      message(room, AUTH, (e) => {
        encoding.writeVarUint(e, AUTH_TOKEN);
        encoding.writeVarString(e, options.token);
        encoding.writeVarString(e, PROVIDER_VERSION);
      }),
    );
    socket.send(
      message(room, SYNC, (e) => {
        encoding.writeVarUint(e, STEP_1);
        encoding.writeVarUint8Array(e, EMPTY_STATE_VECTOR);
      }),
    );
  });
  socket.on('message', (data: Buffer) => {
    const at = performance.now();
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === SYNC) {
      const step = decoding.readVarUint(decoder);
      if (step === UPDATE) options.onUpdate(decoding.readVarUint8Array(decoder), at);
      else if (step === STEP_2) synced.resolve(decoding.readVarUint8Array(decoder));
      else if (step === STEP_1) {
        socket.send(
          message(room, SYNC, (e) => {
            encoding.writeVarUint(e, STEP_2);
            encoding.writeVarUint8Array(e, EMPTY_UPDATE);
          }),
        );
      }
    } else if (type === AUTH) {
      if (decoding.readVarUint(decoder) === AUTH_DENIED) {
        synced.reject(new Error(`permission denied: ${decoding.readVarString(decoder)}`));
      }
    } else if (type === STATELESS) {
      const notice = parseBoardNotice(decoding.readVarString(decoder));
      if (notice) options.onNotice?.(notice, at);
    }
  });
  socket.on('close', (code) => {
    clearInterval(keepalive);
    synced.reject(new Error(`closed with ${code}`));
  });
  socket.on('error', (error) => synced.reject(error));
  return {
    synced: synced.promise,
    close: () => {
      clearInterval(keepalive);
      socket.terminate();
    },
  };
}
