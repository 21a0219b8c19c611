import type {
  afterUnloadDocumentPayload,
  beforeSyncPayload,
  Extension,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import { isTooNew, migrate, repairDuplicateIds } from '@sprintboard/plan';
import * as Y from 'yjs';
import type { Storage } from '../storage/Storage.ts';
import type { CollabContext } from './CollabContext.ts';
import { compactDocument, loadInto } from './documentState.ts';
import type { Relay } from './redisRelay.ts';

/** y-protocols sync message types. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Origin of the transaction that applies stored state: never logged again. */
export const STORAGE_ORIGIN = { source: 'storage' } as const;

/**
 * Durability: an update a client sends is appended to the board's log
 * (awaited) BEFORE Hocuspocus applies and acknowledges it, so anything a
 * client saw acknowledged survives SIGKILL; scaled out, it is also relayed
 * to the other processes by then, so their live docs have it even if this
 * process dies next. Updates the server makes itself
 * (migrations, repairs, HTTP writes) are logged from the doc's update event.
 * Compaction folds the log into the stored state on Hocuspocus' debounced
 * store (periodically while edited, and when the last client leaves).
 *
 * The extension decides when; storage does the writing (documentState.ts).
 */
export class PersistenceExtension implements Extension<CollabContext> {
  extensionName = 'PersistenceExtension';
  private readonly storage: Storage;
  private readonly log: (message: string, error?: unknown) => void;
  private readonly onAppend: (ms: number) => void;
  private readonly relay: Relay | undefined;
  /** Set at shutdown: debounced stores that fire afterwards do nothing (storage is closed). */
  private stopped = false;
  /** Appends in flight per board; lock and compaction wait for them. */
  private readonly pending = new Map<string, Set<Promise<unknown>>>();
  /** Per board, client updates waiting for the append that will take them all (group commit). */
  private readonly batches = new Map<string, { updates: Uint8Array[]; appended: Promise<void> }>();

  constructor(
    storage: Storage,
    options: {
      log?: (message: string, error?: unknown) => void;
      onAppend?: (ms: number) => void;
      /** Scaled out: hands each appended client update to the other processes before it is acknowledged. */
      relay?: Relay | undefined;
    } = {},
  ) {
    this.storage = storage;
    this.log = options.log ?? console.error;
    this.onAppend = options.onAppend ?? (() => {});
    this.relay = options.relay;
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload<CollabContext>): Promise<void> {
    await loadInto(this.storage, documentName, document, STORAGE_ORIGIN);
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (!isLoggedElsewhere(origin)) this.track(documentName, this.appendWithRetry(documentName, update));
    });
    if (!isTooNew(document)) {
      migrate(document, { source: 'local' });
      repairDuplicateIds(document);
    }
    // Hocuspocus queues every doc update for a broadcast at the end of the event-loop turn, and by
    // then the first clients are attached: they would get the whole loaded board as one update on
    // top of their sync (twice the bytes). Nobody is connected yet, so flush it to no one now.
    document.flush();
  }

  async beforeSync({ type, payload, connection, document, documentName }: beforeSyncPayload<CollabContext>) {
    if ((type !== SYNC_UPDATE && type !== SYNC_STEP_2) || connection.readOnly) return;
    // A reconnecting client's step 2 usually repeats what the server has; do not log it again.
    if (type === SYNC_STEP_2 && Y.snapshotContainsUpdate(Y.snapshot(document), payload)) return;
    const append = this.appendBatched(documentName, payload);
    this.track(documentName, append);
    await append;
    // Peers get the update itself before the client hears it was accepted, so a crash of this
    // process right after the acknowledgement cannot leave their live docs without it.
    await this.relay?.(documentName, payload).catch((error) =>
      this.log(`relay of an update to board ${documentName} failed (it is stored)`, error),
    );
    // The board was locked while the append was in flight: Hocuspocus will now refuse the update,
    // but it is already durable and arrived before the lock, so it enters the doc here (the lock
    // waits for settled appends before it takes its snapshot).
    if (connection.readOnly) Y.applyUpdate(document, payload, { source: 'connection', connection });
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload<CollabContext>): Promise<void> {
    if (this.stopped) return;
    await this.settled(documentName);
    await compactDocument(this.storage, documentName, document);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.pending.delete(documentName);
  }

  /** Stops compacting: the server is shutting down and has compacted what it holds. */
  shutDown(): void {
    this.stopped = true;
  }

  /** Resolves when every append started so far for the board has finished. */
  async settled(boardId: string): Promise<void> {
    const inFlight = this.pending.get(boardId);
    if (inFlight && inFlight.size > 0) await Promise.allSettled([...inFlight]);
  }

  private track(boardId: string, promise: Promise<unknown>): void {
    const set = this.pending.get(boardId) ?? new Set<Promise<unknown>>();
    this.pending.set(boardId, set);
    // The tracking copy never rejects: failures are logged by appendWithRetry and surface to the
    // writer through its own await; an unhandled rejection here would take the process down.
    const entry: Promise<unknown> = promise.then(
      () => set.delete(entry),
      () => set.delete(entry),
    );
    set.add(entry);
  }

  /**
   * Group commit: the client updates of a board that arrive in one event-loop turn (a burst of
   * socket reads) are merged and appended together at the end of the turn, so they cost one
   * durable write — one fsync with SQLite, one round trip with PostgreSQL — instead of one each.
   * Every writer still waits for the append that holds its update before it is acknowledged.
   */
  private appendBatched(boardId: string, update: Uint8Array): Promise<void> {
    const open = this.batches.get(boardId);
    if (open) {
      open.updates.push(update);
      return open.appended;
    }
    const updates = [update];
    const appended = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.batches.delete(boardId);
      return this.appendWithRetry(boardId, updates.length === 1 ? update : Y.mergeUpdates(updates));
    });
    this.batches.set(boardId, { updates, appended });
    return appended;
  }

  /** Appends with a bounded number of retries; a final failure rejects (and so closes the writer's connection). */
  private async appendWithRetry(boardId: string, update: Uint8Array): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const started = performance.now();
        await this.storage.appendUpdate(boardId, update);
        this.onAppend(performance.now() - started);
        return;
      } catch (error) {
        this.log(`append to board ${boardId} failed (attempt ${attempt})`, error);
        if (attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  }
}

/**
 * Updates that are durable already: clients' (appended in beforeSync),
 * other processes' (they appended them) and stored state being loaded.
 */
function isLoggedElsewhere(origin: unknown): boolean {
  if (typeof origin !== 'object' || origin === null || !('source' in origin)) return false;
  return origin.source === 'connection' || origin.source === 'redis' || origin.source === 'storage';
}
