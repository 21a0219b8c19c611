import { HocuspocusProvider } from '@hocuspocus/provider';
import { type BoardNotice, parseBoardNotice, sectionFragment } from '@sprintboard/plan';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Protocol } from './messages.ts';
import { deferred } from './observer.ts';

/** Transaction origin of a typer's own keystrokes: never reported as an arrival. */
export const TYPING = Symbol('typing');

/** A full client (Y.Doc + the real provider of its protocol) that types into its own paragraph. */
export interface Typer {
  readonly doc: Y.Doc;
  readonly synced: Promise<void>;
  /** Adds the typer's own paragraph (once, after sync). */
  prepare(): void;
  /** Types one character at the end of its line; returns the character's Yjs clock. */
  keystroke(): number;
  /** Updates this client sent that the server has not acknowledged (Hocuspocus only; 0 otherwise). */
  unacknowledged(): number;
  destroy(): void;
}

export interface TyperOptions {
  protocol: Protocol;
  wsUrl: string;
  room: string;
  token: string;
  onUpdate(update: Uint8Array, at: number): void;
  onNotice?(notice: BoardNotice, at: number): void;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz ';

/** Opens a typer; call prepare() once it has synced. */
export function openTyper(options: TyperOptions): Typer {
  const doc = new Y.Doc();
  const synced = deferred<void>();
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== TYPING) options.onUpdate(update, performance.now());
  });
  let unacknowledged = () => 0;
  let destroyProvider: () => void;
  if (options.protocol === 'hocuspocus') {
    const provider = new HocuspocusProvider({
      url: options.wsUrl,
      name: options.room,
      token: options.token,
      document: doc,
      onSynced: () => synced.resolve(),
      onAuthenticationFailed: ({ reason }) => synced.reject(new Error(`authentication failed: ${reason}`)),
      onStateless: ({ payload }) => {
        const notice = parseBoardNotice(payload);
        if (notice) options.onNotice?.(notice, performance.now());
      },
    });
    unacknowledged = () => provider.unsyncedChanges;
    destroyProvider = () => provider.destroy();
  } else {
    // disableBc: providers of one room in one process would otherwise talk past the server.
    const provider = new WebsocketProvider(options.wsUrl, options.room, doc, { disableBc: true });
    provider.on('sync', (isSynced: boolean) => {
      if (isSynced) synced.resolve();
    });
    destroyProvider = () => provider.destroy();
  }
  const text = new Y.XmlText();
  let typed = 0;
  return {
    doc,
    synced: synced.promise,
    prepare() {
      if (text.doc) return;
      doc.transact(() => {
        const fragment = sectionFragment(doc, 'retroDiscussion');
        const paragraph = new Y.XmlElement('paragraph');
        fragment.insert(fragment.length, [paragraph]);
        paragraph.insert(0, [text]);
      }, TYPING);
    },
    keystroke() {
      const clock = Y.getState(doc.store, doc.clientID);
      doc.transact(() => text.insert(text.length, LETTERS[typed++ % LETTERS.length] ?? 'x'), TYPING);
      return clock;
    },
    unacknowledged,
    destroy() {
      destroyProvider();
      doc.destroy();
    },
  };
}
