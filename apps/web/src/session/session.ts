import { type Person, ROLES, type Role, type User } from '../api/apiSchemas.ts';
import { api } from '../api/endpoints.ts';
import { ApiFailure } from '../api/http.ts';
import { closeAllRooms } from '../room/openRoom.ts';
import { LOCAL_DB_PREFIX } from '../room/Room.ts';
import { Store } from '../room/Store.ts';

/** Who is using the app. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'error'; message: string }
  | { status: 'user'; user: User };

/** The session, loaded once from GET /api/me and changed by sign-in and sign-out. */
export const session = new Store<SessionState>({ status: 'loading' });

/** The roster (GET /api/people): owners are chosen from it and plan health checks against it. */
export const roster = new Store<Person[]>([]);

/** Loads the session (and then the roster). */
export async function loadSession(): Promise<void> {
  try {
    signedIn(await api.me());
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 401) session.set({ status: 'anonymous' });
    else session.set({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Records a user who just signed in, set up or signed up. */
export function signedIn(user: User): void {
  session.set({ status: 'user', user });
  void loadRoster();
}

/** Reloads the roster. */
export async function loadRoster(): Promise<void> {
  try {
    roster.set(await api.people());
  } catch {
    // Keep the roster we have: plan health falls back to "unknown person" warnings.
  }
}

/** Signs out and forgets the boards kept in this browser for offline use. */
export async function signOut(): Promise<void> {
  try {
    await api.logout();
  } finally {
    closeAllRooms();
    session.set({ status: 'anonymous' });
    roster.set([]);
    await forgetLocalBoards();
  }
}

async function forgetLocalBoards(): Promise<void> {
  if (!('databases' in indexedDB)) return;
  try {
    for (const db of await indexedDB.databases()) {
      if (db.name?.startsWith(LOCAL_DB_PREFIX)) indexedDB.deleteDatabase(db.name);
    }
  } catch {
    // Not supported everywhere; nothing else to do.
  }
}

/** True when the role is at least `min`. */
export function hasRole(role: Role, min: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(min);
}
