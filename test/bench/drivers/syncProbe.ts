import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { SyncProbeCommand, SyncProbeResult } from './messages.ts';
import { deferred } from './observer.ts';
import { withTimeout } from './wait.ts';

type Payload = string | ArrayBufferLike | Blob | ArrayBufferView;

function sizeOf(data: Payload): number {
  if (typeof data === 'string') return Buffer.byteLength(data);
  if (data instanceof Blob) return data.size;
  return data.byteLength;
}

/** Payload bytes through the probe's sockets. */
const bytes = { received: 0, sent: 0 };

/** Node's WebSocket, counting message payload bytes in both directions. */
class CountingWebSocket extends WebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    this.addEventListener('message', (event: MessageEvent<Payload>) => {
      bytes.received += sizeOf(event.data);
    });
  }

  override send(data: Payload): void {
    bytes.sent += sizeOf(data);
    super.send(data as string);
  }
}

/** A real provider; resolves with ms from creation to its first sync. */
async function timeSync(command: SyncProbeCommand, counting: boolean) {
  const doc = new Y.Doc();
  const synced = deferred<void>();
  const started = performance.now();
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: command.wsUrl,
    ...(counting ? { WebSocketPolyfill: CountingWebSocket } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: command.room,
    token: command.token,
    document: doc,
    onSynced: () => synced.resolve(),
    onAuthenticationFailed: ({ reason }) => synced.reject(new Error(`authentication failed: ${reason}`)),
  });
  provider.attach();
  await withTimeout(synced.promise, command.timeoutMs, 'first sync');
  const ms = performance.now() - started;
  return {
    ms,
    close: () => {
      provider.destroy();
      websocketProvider.destroy();
      doc.destroy();
    },
  };
}

/**
 * Cold load: the first client of a board the server holds only in storage
 * (it loads state + log), with its payload bytes; then a second client while
 * the board is loaded.
 */
export async function probeSync(command: SyncProbeCommand): Promise<SyncProbeResult> {
  bytes.received = 0;
  bytes.sent = 0;
  const cold = await timeSync(command, true);
  const coldBytes = { ...bytes };
  const warm = await timeSync(command, false);
  warm.close();
  cold.close();
  return {
    type: 'probed',
    coldMs: cold.ms,
    coldBytesReceived: coldBytes.received,
    coldBytesSent: coldBytes.sent,
    warmMs: warm.ms,
  };
}
