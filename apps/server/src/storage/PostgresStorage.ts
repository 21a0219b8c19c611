import pg from 'pg';
import { appendUpdate, compact, readDocument } from './postgresDocumentLog.ts';
import { migratePostgres } from './postgresMigrations.ts';
import { first, insertUser, now, returned, rows, SNAPSHOT_COLUMNS, unique } from './postgresQueries.ts';
import { ADVISORY_LOCKS, inTransaction } from './postgresTransaction.ts';
import {
  auditFromRow,
  boardFromRow,
  countFromRow,
  inviteFromRow,
  personFromRow,
  snapshotFromRow,
  snapshotSummaryFromRow,
  userFromRow,
  userWithSecretFromRow,
} from './rowMappers.ts';
import type {
  AuditEntry,
  Board,
  Compaction,
  Person,
  Role,
  Snapshot,
  SprintFacts,
  Storage,
  StoredDocument,
  User,
  UserWithSecret,
} from './Storage.ts';

/**
 * Storage on PostgreSQL (used when DATABASE_URL is set, e.g. with several
 * server processes). Each method is one autocommit statement unless it must
 * read and then write; those run in a transaction with the lock the race
 * needs, named where it is taken.
 */
export class PostgresStorage implements Storage {
  readonly kind = 'postgres';
  readonly #pool: pg.Pool;

  /** Connects lazily to `connectionString` (postgres://user@host:port/db). */
  constructor(connectionString: string) {
    this.#pool = new pg.Pool({
      connectionString,
      max: 10,
      // appendUpdate's contract is "durable when resolved": never let a server-wide
      // synchronous_commit = off turn COMMIT into an unflushed acknowledgement.
      options: '-c synchronous_commit=on',
    });
    // An idle connection dropped by the server emits here; without a listener that would crash
    // the process. The pool discards the client and the next query opens a new one.
    this.#pool.on('error', (error) =>
      console.error('storage: idle PostgreSQL connection failed', error.message),
    );
  }

  async migrate(): Promise<void> {
    await migratePostgres(this.#pool);
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  async createFirstUser(user: Omit<UserWithSecret, 'createdAt' | 'role'>): Promise<User | null> {
    return inTransaction(this.#pool, async (client) => {
      // Under READ COMMITTED two setups would both see an empty table. The lock makes the
      // second wait; its next statement then sees the first one's committed admin.
      await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [ADVISORY_LOCKS.firstUser]);
      if ((await first(client, 'SELECT 1 FROM users LIMIT 1')) !== undefined) return null;
      return insertUser(client, { ...user, role: 'admin' });
    });
  }

  async createUser(user: Omit<UserWithSecret, 'createdAt'>): Promise<User> {
    return insertUser(this.#pool, user);
  }

  async countUsers(): Promise<number> {
    return countFromRow(await returned(this.#pool, 'SELECT count(*)::int AS n FROM users', []));
  }

  async userByHandle(handle: string): Promise<UserWithSecret | null> {
    const row = await first(this.#pool, 'SELECT * FROM users WHERE handle = $1', [handle]);
    return row ? userWithSecretFromRow(row) : null;
  }

  async userById(id: string): Promise<User | null> {
    const row = await first(
      this.#pool,
      'SELECT id, handle, name, role, created_at FROM users WHERE id = $1',
      [id],
    );
    return row ? userFromRow(row) : null;
  }

  async createSession(session: { tokenHash: string; userId: string; expiresAt: string }): Promise<void> {
    await this.#pool.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
      session.tokenHash,
      session.userId,
      session.expiresAt,
    ]);
  }

  async sessionUser(tokenHash: string): Promise<User | null> {
    const row = await first(
      this.#pool,
      `SELECT u.id, u.handle, u.name, u.role, u.created_at
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    );
    return row ? userFromRow(row) : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.#pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async createInvite(invite: {
    tokenHash: string;
    role: Role;
    createdBy: string;
    expiresAt: string;
  }): Promise<void> {
    await this.#pool.query(
      'INSERT INTO invites (token_hash, role, created_by, expires_at) VALUES ($1, $2, $3, $4)',
      [invite.tokenHash, invite.role, invite.createdBy, invite.expiresAt],
    );
  }

  async consumeInvite(tokenHash: string): Promise<{ role: Role } | null> {
    // One statement: a concurrent redeemer blocks on the row lock, then re-checks
    // `used_at IS NULL` against our committed row and updates nothing.
    const row = await first(
      this.#pool,
      `UPDATE invites SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING role`,
      [tokenHash],
    );
    return row ? inviteFromRow(row) : null;
  }

  async listPeople(): Promise<Person[]> {
    return (await rows(this.#pool, 'SELECT * FROM people ORDER BY handle')).map(personFromRow);
  }

  async upsertPerson(person: Person): Promise<Person> {
    const row = await returned(
      this.#pool,
      `INSERT INTO people (handle, name, discipline, support_hero) VALUES ($1, $2, $3, $4)
       ON CONFLICT (handle) DO UPDATE
         SET name = excluded.name, discipline = excluded.discipline, support_hero = excluded.support_hero
       RETURNING *`,
      [person.handle, person.name, person.discipline, person.supportHero],
    );
    return personFromRow(row);
  }

  async ensurePeople(handles: string[]): Promise<void> {
    await this.#pool.query(
      `INSERT INTO people (handle, name, discipline, support_hero)
       SELECT DISTINCT h, h, 'other', false FROM unnest($1::text[]) AS h
       ON CONFLICT (handle) DO NOTHING`,
      [handles],
    );
  }

  async createBoard(board: Omit<Board, 'lockedAt' | 'lockedBy'>, initialState: Uint8Array): Promise<Board> {
    return inTransaction(this.#pool, async (client) => {
      const row = await unique(
        `board id ${board.id}`,
        returned(
          client,
          `INSERT INTO boards (id, title, sprint_number, starts_on, ends_on, created_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
          [
            board.id,
            board.title,
            board.sprint.number,
            board.sprint.startsOn,
            board.sprint.endsOn,
            board.createdAt,
            board.createdBy,
          ],
        ),
      );
      await client.query('INSERT INTO documents (board_id, state) VALUES ($1, $2)', [board.id, initialState]);
      return boardFromRow(row);
    });
  }

  async listBoards(): Promise<Board[]> {
    return (await rows(this.#pool, 'SELECT * FROM boards ORDER BY created_at, id')).map(boardFromRow);
  }

  async getBoard(id: string): Promise<Board | null> {
    const row = await first(this.#pool, 'SELECT * FROM boards WHERE id = $1', [id]);
    return row ? boardFromRow(row) : null;
  }

  async updateBoardFacts(id: string, facts: { title: string; sprint: SprintFacts }): Promise<void> {
    await this.#pool.query(
      'UPDATE boards SET title = $2, sprint_number = $3, starts_on = $4, ends_on = $5 WHERE id = $1',
      [id, facts.title, facts.sprint.number, facts.sprint.startsOn, facts.sprint.endsOn],
    );
  }

  async setBoardLock(id: string, lock: { lockedBy: string; lockedAt: string } | null): Promise<Board | null> {
    const row = await first(
      this.#pool,
      'UPDATE boards SET locked_at = $2, locked_by = $3 WHERE id = $1 RETURNING *',
      [id, lock?.lockedAt ?? null, lock?.lockedBy ?? null],
    );
    return row ? boardFromRow(row) : null;
  }

  async appendUpdate(boardId: string, update: Uint8Array): Promise<number> {
    return appendUpdate(this.#pool, boardId, update);
  }

  async readDocument(boardId: string): Promise<StoredDocument> {
    return readDocument(this.#pool, boardId);
  }

  async compact(boardId: string, plan: (stored: StoredDocument) => Compaction): Promise<void> {
    await compact(this.#pool, boardId, plan);
  }

  async createSnapshot(snapshot: Omit<Snapshot, 'shared'>): Promise<Snapshot> {
    const row = await unique(
      `snapshot id ${snapshot.id}`,
      returned(
        this.#pool,
        `INSERT INTO snapshots (id, board_id, label, created_at, created_by, state, plan_json)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${SNAPSHOT_COLUMNS}, state, plan_json`,
        [
          snapshot.id,
          snapshot.boardId,
          snapshot.label,
          snapshot.createdAt,
          snapshot.createdBy,
          snapshot.state,
          snapshot.planJson,
        ],
      ),
    );
    return snapshotFromRow(row);
  }

  async listSnapshots(boardId: string): Promise<Array<Omit<Snapshot, 'state' | 'planJson'>>> {
    const sql = `SELECT ${SNAPSHOT_COLUMNS} FROM snapshots WHERE board_id = $1 ORDER BY created_at, id`;
    return (await rows(this.#pool, sql, [boardId])).map(snapshotSummaryFromRow);
  }

  async getSnapshot(id: string): Promise<Snapshot | null> {
    const sql = `SELECT ${SNAPSHOT_COLUMNS}, state, plan_json FROM snapshots WHERE id = $1`;
    const row = await first(this.#pool, sql, [id]);
    return row ? snapshotFromRow(row) : null;
  }

  async setShareToken(snapshotId: string, tokenHash: string | null): Promise<void> {
    const write = this.#pool.query('UPDATE snapshots SET share_token_hash = $2 WHERE id = $1', [
      snapshotId,
      tokenHash,
    ]);
    await unique('share token', write);
  }

  async snapshotByShareToken(tokenHash: string): Promise<Snapshot | null> {
    const sql = `SELECT ${SNAPSHOT_COLUMNS}, state, plan_json FROM snapshots WHERE share_token_hash = $1`;
    const row = await first(this.#pool, sql, [tokenHash]);
    return row ? snapshotFromRow(row) : null;
  }

  async audit(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void> {
    await this.#pool.query(
      'INSERT INTO audit (board_id, actor, action, detail, at) VALUES ($1, $2, $3, $4, $5)',
      [entry.boardId, entry.actor, entry.action, entry.detail, entry.at ?? now()],
    );
  }

  async listAudit(boardId: string): Promise<AuditEntry[]> {
    return (await rows(this.#pool, 'SELECT * FROM audit WHERE board_id = $1 ORDER BY at, id', [boardId])).map(
      auditFromRow,
    );
  }
}
