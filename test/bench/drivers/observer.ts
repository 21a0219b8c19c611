import type { BoardNotice } from '@sprintboard/plan';

/**
 * A light client: it speaks the server's wire protocol over a real
 * WebSocket but keeps no Y.Doc. It reads each incoming update's header only,
 * so hundreds of them in one driver process measure the server's fan-out
 * rather than the driver's Yjs work. The server sees an ordinary client.
 */
export interface Observer {
  /** Resolves with the server's first-sync payload (its whole state), rejects on refusal or close. */
  readonly synced: Promise<Uint8Array>;
  close(): void;
}

export interface ObserverOptions {
  wsUrl: string;
  room: string;
  token: string;
  /** An update arrived (performance.now()). */
  onUpdate(update: Uint8Array, at: number): void;
  /** A board notice arrived (Hocuspocus stateless message). */
  onNotice?(notice: BoardNotice, at: number): void;
}

/** Settles a promise once, from callbacks. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Rejections are read by whoever awaits; an unawaited one must not crash the driver.
  promise.catch(() => {});
  return { promise, resolve, reject };
}
