import {
  metaMap,
  orderedTeams,
  type PlanMeta,
  type PlanView,
  readMeta,
  readPlanDocument,
  TEAM,
  teamsMap,
  toPlanView,
} from '@sprintboard/plan';
import * as Y from 'yjs';
import { colorForHandle } from './colorForHandle.ts';
import type { Room } from './Room.ts';
import { Store } from './Store.ts';

/** How long the typed view waits after a change before it is rebuilt (ms). */
const VIEW_DELAY_MS = 250;

function cached<T>(make: (room: Room) => T): (room: Room) => T {
  const cache = new WeakMap<Room, T>();
  return (room) => {
    let value = cache.get(room);
    if (value === undefined) {
      value = make(room);
      cache.set(room, value);
    }
    return value;
  };
}

/**
 * The live typed view of the board, rebuilt shortly after changes (not on
 * every keystroke) for plan health and previews. Null until the doc has
 * any content.
 */
export const planViewStore = cached((room: Room): Store<PlanView | null> => {
  const store = new Store<PlanView | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rebuild = () => {
    timer = undefined;
    store.set(toPlanView(readPlanDocument(room.doc)));
  };
  room.doc.on('update', () => {
    if (timer === undefined) timer = setTimeout(rebuild, VIEW_DELAY_MS);
  });
  if (Y.encodeStateVector(room.doc).length > 1) rebuild();
  return store;
});

/** A team section as the board lays it out. */
export interface TeamEntry {
  id: string;
  name: string;
}

function sameTeams(a: TeamEntry[], b: TeamEntry[]): boolean {
  return a.length === b.length && a.every((team, i) => team.id === b[i]?.id && team.name === b[i]?.name);
}

/** The teams in display order, updated at once when one is added, renamed, moved or removed. */
export const teamsStore = cached((room: Room): Store<TeamEntry[]> => {
  const read = (): TeamEntry[] =>
    orderedTeams(room.doc).map(([id, team]) => {
      const name = team.get(TEAM.name);
      return { id, name: typeof name === 'string' ? name : '' };
    });
  const store = new Store<TeamEntry[]>(read());
  teamsMap(room.doc).observeDeep((events) => {
    // Typing inside a team's body also reaches here; only the map and the team entries matter.
    const relevant = events.some((event) => event.target instanceof Y.Map);
    if (!relevant) return;
    const next = read();
    if (!sameTeams(store.get(), next)) store.set(next);
  });
  return store;
});

/** Title, sprint number and dates from the doc's meta map. */
export const metaStore = cached((room: Room): Store<PlanMeta> => {
  const store = new Store<PlanMeta>(readMeta(room.doc));
  metaMap(room.doc).observe(() => store.set(readMeta(room.doc)));
  return store;
});

/** Someone on the board right now. */
export interface Peer {
  clientId: number;
  handle: string;
  name: string;
  color: string;
  /** The section key (or `team:<id>`) where their cursor is, if any. */
  section: string | null;
  self: boolean;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function peersOf(room: Room): Peer[] {
  const awareness = room.provider.awareness;
  if (!awareness) return [];
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user: unknown = state.user;
    if (typeof user !== 'object' || user === null) continue;
    const handle = 'handle' in user ? str(user.handle) : null;
    if (!handle) continue;
    const name = ('name' in user ? str(user.name) : null) ?? handle;
    peers.push({
      clientId,
      handle,
      name,
      color: colorForHandle(handle),
      section: str(state.section),
      self: clientId === room.doc.clientID,
    });
  }
  return peers.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}

/** Who is on the board and where, from awareness. */
export const presenceStore = cached((room: Room): Store<Peer[]> => {
  const store = new Store<Peer[]>(peersOf(room));
  const keyOf = (peers: Peer[]) =>
    peers.map((p) => `${p.clientId}|${p.handle}|${p.name}|${p.section}`).join('\n');
  // Carets move all the time; the presence bar only changes when people or their sections do.
  room.provider.awareness?.on('change', () => {
    const next = peersOf(room);
    if (keyOf(next) !== keyOf(store.get())) store.set(next);
  });
  return store;
});
