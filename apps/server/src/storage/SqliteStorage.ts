import { DatabaseSync, type SQLTagStore } from 'node:sqlite';
import {
  auditFromRow,
  boardFromRow,
  countFromRow,
  inviteFromRow,
  isoTimestamp,
  personFromRow,
  type Row,
  snapshotFromRow,
  snapshotSummaryFromRow,
  userFromRow,
  userWithSecretFromRow,
} from './rowMappers.ts';
import {
  type AuditEntry,
  type Board,
  type Compaction,
  ConflictError,
  type Person,
  type Role,
  type Snapshot,
  type SprintFacts,
  type Storage,
  type StoredDocument,
  type User,
  type UserWithSecret,
} from './Storage.ts';
import { appendUpdate, compact, readDocument } from './sqliteDocumentLog.ts';
import { migrateSqlite } from './sqliteMigrations.ts';
import { inTransaction } from './sqliteTransaction.ts';

/** How long a statement waits for another process's write lock before failing (ms). It blocks the event loop meanwhile. */
const BUSY_TIMEOUT_MS = 5_000;

/** SQLite's extended result codes for a violated PRIMARY KEY / UNIQUE constraint. */
const UNIQUE_VIOLATIONS: ReadonlySet<number> = new Set([1555, 2067]);

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error &&
    'errcode' in error &&
    typeof error.errcode === 'number' &&
    UNIQUE_VIOLATIONS.has(error.errcode)
  );
}

/** Runs `write`, turning a unique violation into a ConflictError about `what`. */
function unique<T>(what: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`${what} is already taken`, { cause: error });
    throw error;
  }
}

/** The row an INSERT/UPDATE … RETURNING must have produced. */
function returned(row: Row | undefined): Row {
  if (row === undefined) throw new Error('storage: statement returned no row');
  return row;
}

const now = (): string => new Date().toISOString();

/**
 * Storage on `node:sqlite`, the embedded default: one file, one synchronous
 * connection per process. Every method does all of its work before it
 * returns its promise, so within a process nothing can interleave with a
 * transaction, and an appended update is fsynced before the caller can
 * acknowledge it. Other processes on the same file are kept out by SQLite's
 * own locks: BEGIN IMMEDIATE wherever a transaction reads and then writes.
 */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  readonly #db: DatabaseSync;
  /** Prepared statements cached by SQL text; values are always bound, never spliced into SQL. */
  readonly #sql: SQLTagStore;

  /** Opens (creating if needed) the database at `path`, or `':memory:'`. */
  constructor(path: string) {
    this.#db = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS, enableForeignKeyConstraints: true });
    // WAL: readers never wait for the appender. FULL: the WAL is fsynced at every commit, so an
    // acknowledged append survives power loss too (NORMAL only survives a crash of the process).
    this.#db.exec('PRAGMA journal_mode = WAL');
    this.#db.exec('PRAGMA synchronous = FULL');
    this.#sql = this.#db.createTagStore();
  }

  async migrate(): Promise<void> {
    migrateSqlite(this.#db);
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }

  async createFirstUser(user: Omit<UserWithSecret, 'createdAt' | 'role'>): Promise<User | null> {
    // IMMEDIATE takes the write lock before the check, so another process cannot
    // create its admin between our "no account yet" and our insert.
    return inTransaction(this.#db, 'IMMEDIATE', () => {
      if (this.#sql.get`SELECT 1 FROM users LIMIT 1` !== undefined) return null;
      return this.#insertUser({ ...user, role: 'admin' });
    });
  }

  async createUser(user: Omit<UserWithSecret, 'createdAt'>): Promise<User> {
    return inTransaction(this.#db, 'IMMEDIATE', () => this.#insertUser(user));
  }

  #insertUser(user: Omit<UserWithSecret, 'createdAt'>): User {
    const row = unique(`handle or id of ${user.handle}`, () =>
      returned(this.#sql.get`
        INSERT INTO users (id, handle, name, role, password_hash, created_at)
        VALUES (${user.id}, ${user.handle}, ${user.name}, ${user.role}, ${user.passwordHash}, ${now()})
        RETURNING id, handle, name, role, created_at`),
    );
    this.#sql.run`
      INSERT INTO people (handle, name, discipline, support_hero) VALUES (${user.handle}, ${user.name}, 'other', 0)
      ON CONFLICT (handle) DO NOTHING`;
    return userFromRow(row);
  }

  async countUsers(): Promise<number> {
    return countFromRow(returned(this.#sql.get`SELECT count(*) AS n FROM users`));
  }

  async userByHandle(handle: string): Promise<UserWithSecret | null> {
    const row = this.#sql.get`SELECT * FROM users WHERE handle = ${handle}`;
    return row ? userWithSecretFromRow(row) : null;
  }

  async userById(id: string): Promise<User | null> {
    const row = this.#sql.get`SELECT id, handle, name, role, created_at FROM users WHERE id = ${id}`;
    return row ? userFromRow(row) : null;
  }

  async createSession(session: { tokenHash: string; userId: string; expiresAt: string }): Promise<void> {
    this.#sql.run`
      INSERT INTO sessions (token_hash, user_id, expires_at)
      VALUES (${session.tokenHash}, ${session.userId}, ${isoTimestamp(session.expiresAt)})`;
  }

  async sessionUser(tokenHash: string): Promise<User | null> {
    const row = this.#sql.get`
      SELECT u.id, u.handle, u.name, u.role, u.created_at
      FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = ${tokenHash} AND s.expires_at > ${now()}`;
    return row ? userFromRow(row) : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.#sql.run`DELETE FROM sessions WHERE token_hash = ${tokenHash}`;
  }

  async createInvite(invite: {
    tokenHash: string;
    role: Role;
    createdBy: string;
    expiresAt: string;
  }): Promise<void> {
    this.#sql.run`
      INSERT INTO invites (token_hash, role, created_by, expires_at)
      VALUES (${invite.tokenHash}, ${invite.role}, ${invite.createdBy}, ${isoTimestamp(invite.expiresAt)})`;
  }

  async consumeInvite(tokenHash: string): Promise<{ role: Role } | null> {
    // One statement: the check and the use cannot be split by a second redeemer.
    const at = now();
    const row = this.#sql.get`
      UPDATE invites SET used_at = ${at}
      WHERE token_hash = ${tokenHash} AND used_at IS NULL AND expires_at > ${at}
      RETURNING role`;
    return row ? inviteFromRow(row) : null;
  }

  async listPeople(): Promise<Person[]> {
    return this.#sql.all`SELECT * FROM people ORDER BY handle`.map(personFromRow);
  }

  async upsertPerson(person: Person): Promise<Person> {
    const row = this.#sql.get`
      INSERT INTO people (handle, name, discipline, support_hero)
      VALUES (${person.handle}, ${person.name}, ${person.discipline}, ${person.supportHero ? 1 : 0})
      ON CONFLICT (handle) DO UPDATE
        SET name = excluded.name, discipline = excluded.discipline, support_hero = excluded.support_hero
      RETURNING *`;
    return personFromRow(returned(row));
  }

  async ensurePeople(handles: string[]): Promise<void> {
    // `WHERE true` resolves SQLite's parsing ambiguity between a join's ON and the upsert's ON CONFLICT.
    this.#sql.run`
      INSERT INTO people (handle, name, discipline, support_hero)
      SELECT DISTINCT value, value, 'other', 0 FROM json_each(${JSON.stringify(handles)}) WHERE true
      ON CONFLICT (handle) DO NOTHING`;
  }

  async createBoard(board: Omit<Board, 'lockedAt' | 'lockedBy'>, initialState: Uint8Array): Promise<Board> {
    return inTransaction(this.#db, 'IMMEDIATE', () => {
      const row = unique(`board id ${board.id}`, () =>
        returned(this.#sql.get`
          INSERT INTO boards (id, title, sprint_number, starts_on, ends_on, created_at, created_by)
          VALUES (${board.id}, ${board.title}, ${board.sprint.number}, ${board.sprint.startsOn},
                  ${board.sprint.endsOn}, ${isoTimestamp(board.createdAt)}, ${board.createdBy})
          RETURNING *`),
      );
      this.#sql.run`INSERT INTO documents (board_id, state) VALUES (${board.id}, ${initialState})`;
      return boardFromRow(row);
    });
  }

  async listBoards(): Promise<Board[]> {
    return this.#sql.all`SELECT * FROM boards ORDER BY created_at, id`.map(boardFromRow);
  }

  async getBoard(id: string): Promise<Board | null> {
    const row = this.#sql.get`SELECT * FROM boards WHERE id = ${id}`;
    return row ? boardFromRow(row) : null;
  }

  async updateBoardFacts(id: string, facts: { title: string; sprint: SprintFacts }): Promise<void> {
    this.#sql.run`
      UPDATE boards SET title = ${facts.title}, sprint_number = ${facts.sprint.number},
        starts_on = ${facts.sprint.startsOn}, ends_on = ${facts.sprint.endsOn}
      WHERE id = ${id}`;
  }

  async setBoardLock(id: string, lock: { lockedBy: string; lockedAt: string } | null): Promise<Board | null> {
    const row = this.#sql.get`
      UPDATE boards SET locked_at = ${lock ? isoTimestamp(lock.lockedAt) : null}, locked_by = ${lock?.lockedBy ?? null}
      WHERE id = ${id} RETURNING *`;
    return row ? boardFromRow(row) : null;
  }

  async appendUpdate(boardId: string, update: Uint8Array): Promise<number> {
    return appendUpdate(this.#sql, boardId, update);
  }

  async readDocument(boardId: string): Promise<StoredDocument> {
    return readDocument(this.#sql, boardId);
  }

  async compact(boardId: string, plan: (stored: StoredDocument) => Compaction): Promise<void> {
    compact(this.#sql, boardId, plan);
  }

  async createSnapshot(snapshot: Omit<Snapshot, 'shared'>): Promise<Snapshot> {
    const row = unique(`snapshot id ${snapshot.id}`, () =>
      returned(this.#sql.get`
        INSERT INTO snapshots (id, board_id, label, created_at, created_by, state, plan_json)
        VALUES (${snapshot.id}, ${snapshot.boardId}, ${snapshot.label}, ${isoTimestamp(snapshot.createdAt)},
                ${snapshot.createdBy}, ${snapshot.state}, ${snapshot.planJson})
        RETURNING *, share_token_hash IS NOT NULL AS shared`),
    );
    return snapshotFromRow(row);
  }

  async listSnapshots(boardId: string): Promise<Array<Omit<Snapshot, 'state' | 'planJson'>>> {
    return this.#sql.all`
      SELECT id, board_id, label, created_at, created_by, share_token_hash IS NOT NULL AS shared
      FROM snapshots WHERE board_id = ${boardId} ORDER BY created_at, id`.map(snapshotSummaryFromRow);
  }

  async getSnapshot(id: string): Promise<Snapshot | null> {
    const row = this.#sql
      .get`SELECT *, share_token_hash IS NOT NULL AS shared FROM snapshots WHERE id = ${id}`;
    return row ? snapshotFromRow(row) : null;
  }

  async setShareToken(snapshotId: string, tokenHash: string | null): Promise<void> {
    unique(
      'share token',
      () => this.#sql.run`UPDATE snapshots SET share_token_hash = ${tokenHash} WHERE id = ${snapshotId}`,
    );
  }

  async snapshotByShareToken(tokenHash: string): Promise<Snapshot | null> {
    const row = this.#sql.get`
      SELECT *, share_token_hash IS NOT NULL AS shared FROM snapshots WHERE share_token_hash = ${tokenHash}`;
    return row ? snapshotFromRow(row) : null;
  }

  async audit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void> {
    this.#sql.run`
      INSERT INTO audit (board_id, actor, action, detail, at)
      VALUES (${entry.boardId}, ${entry.actor}, ${entry.action}, ${entry.detail}, ${isoTimestamp(entry.at ?? now())})`;
  }

  async listAudit(boardId: string): Promise<AuditEntry[]> {
    return this.#sql.all`SELECT * FROM audit WHERE board_id = ${boardId} ORDER BY at, id`.map(auditFromRow);
  }
}
