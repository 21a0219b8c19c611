/**
 * The one storage interface of the server. Two implementations —
 * SqliteStorage (node:sqlite, the embedded default) and PostgresStorage
 * (when DATABASE_URL is set) — pass one shared test suite. Storage only
 * writes and reads; when to write is decided by the callers (the
 * persistence extension, the routes).
 */

/** What a person may do in the workspace. */
export type Role = 'admin' | 'lead' | 'member' | 'viewer';

/** The discipline of a person on the roster (the owner rule wants engineers). */
export type Discipline = 'engineering' | 'design' | 'product' | 'other';

/** An account. */
export interface User {
  id: string;
  handle: string;
  name: string;
  role: Role;
  createdAt: string;
}

/** An account with its password hash, for login only. */
export interface UserWithSecret extends User {
  passwordHash: string;
}

/** Someone on the roster; may exist without an account (owners named in an imported plan). */
export interface Person {
  handle: string;
  name: string;
  discipline: Discipline;
  supportHero: boolean;
}

/** Sprint facts of a board, mirrored from its doc's meta when the board is created or renamed. */
export interface SprintFacts {
  number: number | null;
  startsOn: string | null;
  endsOn: string | null;
}

/** A board's row. Lock state lives here, not in the doc: only the server decides it. */
export interface Board {
  id: string;
  title: string;
  sprint: SprintFacts;
  createdAt: string;
  createdBy: string;
  /** Set by a lead's lock; null while the board is being planned. */
  lockedAt: string | null;
  lockedBy: string | null;
}

/** An immutable copy of a board at a moment. */
export interface Snapshot {
  id: string;
  boardId: string;
  label: string;
  createdAt: string;
  createdBy: string;
  /** Y.Doc state (Y.encodeStateAsUpdate) at the moment. */
  state: Uint8Array;
  /** The typed JSON view at the moment (PlanView), as JSON text. */
  planJson: string;
  /** True while a share link exists. */
  shared: boolean;
}

/** One audit record: who did what to which board, and when. */
export interface AuditEntry {
  id: number;
  boardId: string;
  actor: string;
  action: 'lock' | 'unlock' | 'snapshot' | 'share' | 'revoke' | 'override-warnings' | 'create' | 'next';
  /** Action-specific details (JSON text), e.g. the findings overridden. */
  detail: string | null;
  at: string;
}

/** One entry of a document's update log. */
export interface LogEntry {
  seq: number;
  update: Uint8Array;
}

/** A document as stored: the compacted state plus the updates appended since. */
export interface StoredDocument {
  state: Uint8Array | null;
  log: LogEntry[];
}

/** The result of a compaction step: the new state, and the log entries it makes redundant. */
export interface Compaction {
  state: Uint8Array;
  drop: number[];
}

/** A unique value (handle, id) is already taken. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  /** Creates or upgrades the tables (versioned, idempotent, safe with two processes). */
  migrate(): Promise<void>;
  close(): Promise<void>;

  // Accounts and sessions
  /**
   * Creates the first account (role admin) only while none exists, atomically:
   * two concurrent setups yield one admin and one null.
   */
  createFirstUser(user: Omit<UserWithSecret, 'createdAt' | 'role'>): Promise<User | null>;
  /** Creates an account; ConflictError when the handle is taken. Also adds the person to the roster if missing. */
  createUser(user: Omit<UserWithSecret, 'createdAt'>): Promise<User>;
  countUsers(): Promise<number>;
  userByHandle(handle: string): Promise<UserWithSecret | null>;
  userById(id: string): Promise<User | null>;
  createSession(session: { tokenHash: string; userId: string; expiresAt: string }): Promise<void>;
  /** The user of an unexpired session, or null. */
  sessionUser(tokenHash: string): Promise<User | null>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Stores a single-use invite. */
  createInvite(invite: {
    tokenHash: string;
    role: Role;
    createdBy: string;
    expiresAt: string;
  }): Promise<void>;
  /** Uses up an unexpired invite atomically and returns its role; null when unknown, used or expired. */
  consumeInvite(tokenHash: string): Promise<{ role: Role } | null>;

  // Roster
  listPeople(): Promise<Person[]>;
  upsertPerson(person: Person): Promise<Person>;
  /** Adds people by handle (name = handle, discipline 'other') where missing; keeps existing ones as they are. */
  ensurePeople(handles: string[]): Promise<void>;

  // Boards and their documents
  /**
   * Creates the board row and its initial document state in one transaction:
   * the seed (template, import, next sprint) is written exactly once.
   */
  createBoard(board: Omit<Board, 'lockedAt' | 'lockedBy'>, initialState: Uint8Array): Promise<Board>;
  listBoards(): Promise<Board[]>;
  getBoard(id: string): Promise<Board | null>;
  updateBoardFacts(id: string, facts: { title: string; sprint: SprintFacts }): Promise<void>;
  /** Locks (with who and when) or unlocks (null) a board; returns it, or null if unknown. */
  setBoardLock(id: string, lock: { lockedBy: string; lockedAt: string } | null): Promise<Board | null>;

  /** Appends one Yjs update to the board's log, durably, before the caller acknowledges it. Returns its seq. */
  appendUpdate(boardId: string, update: Uint8Array): Promise<number>;
  /** The stored state and every log entry after it (in seq order). */
  readDocument(boardId: string): Promise<StoredDocument>;
  /**
   * Compacts atomically: `plan` receives what is stored (read inside the
   * transaction, rows locked) and returns the new state and the log entries
   * it contains; those are deleted and the state replaced in one commit.
   */
  compact(boardId: string, plan: (stored: StoredDocument) => Compaction): Promise<void>;

  // Snapshots and share links
  createSnapshot(snapshot: Omit<Snapshot, 'shared'>): Promise<Snapshot>;
  listSnapshots(boardId: string): Promise<Array<Omit<Snapshot, 'state' | 'planJson'>>>;
  getSnapshot(id: string): Promise<Snapshot | null>;
  /** Sets (hash of a new token) or revokes (null) the snapshot's share link. */
  setShareToken(snapshotId: string, tokenHash: string | null): Promise<void>;
  snapshotByShareToken(tokenHash: string): Promise<Snapshot | null>;

  // Audit
  audit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void>;
  listAudit(boardId: string): Promise<AuditEntry[]>;
}
