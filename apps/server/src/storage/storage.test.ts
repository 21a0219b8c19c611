import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POSTGRES_MIGRATIONS } from './postgresMigrations.ts';
import { ConflictError, type Person, type Storage } from './Storage.ts';
import { SQLITE_MIGRATIONS } from './sqliteMigrations.ts';
import { boardInput, bytes, fromNow, snapshotInput, userInput } from './testing/fixtures.ts';
import { postgresHarness, sqliteHarness } from './testing/storageHarness.ts';

const harnesses = [sqliteHarness(), postgresHarness()];
afterAll(async () => {
  await Promise.all(harnesses.map((harness) => harness.dispose()));
});

describe.each(harnesses)('$kind storage', (harness) => {
  let storage: Storage;
  beforeEach(async () => {
    storage = await harness.emptyStorage();
  });
  afterEach(async () => {
    await storage.close();
  });

  describe('accounts', () => {
    it('[A1] concurrent first-user setups yield exactly one admin', async () => {
      const handles = ['ada', 'bob', 'cyd', 'dan'];
      const results = await Promise.all(
        handles.map((handle) => storage.createFirstUser(userInput({ handle }))),
      );
      const created = results.filter((user) => user !== null);
      expect(created).toHaveLength(1);
      expect(created[0]?.role).toBe('admin');
      expect(await storage.countUsers()).toBe(1);
      expect(await storage.createFirstUser(userInput())).toBeNull();
      // The account joins the roster.
      expect((await storage.listPeople()).map((p) => p.handle)).toEqual([created[0]?.handle]);
    });

    it('[A6] a taken handle is a ConflictError; the roster entry of an account is kept as it was', async () => {
      await storage.upsertPerson({
        handle: 'cy',
        name: 'Cy Roster',
        discipline: 'design',
        supportHero: true,
      });
      const user = await storage.createUser(userInput({ handle: 'cy', name: 'Cy Account', role: 'lead' }));
      expect(user).toMatchObject({ handle: 'cy', name: 'Cy Account', role: 'lead' });
      expect(Date.parse(user.createdAt)).not.toBeNaN();
      await expect(storage.createUser(userInput({ handle: 'cy' }))).rejects.toBeInstanceOf(ConflictError);
      expect(await storage.listPeople()).toEqual([
        { handle: 'cy', name: 'Cy Roster', discipline: 'design', supportHero: true },
      ]);
      expect(await storage.userByHandle('cy')).toEqual({ ...user, passwordHash: 'scrypt$test' });
      expect(await storage.userById(user.id)).toEqual(user);
      expect(await storage.userByHandle('nobody')).toBeNull();
      expect(await storage.countUsers()).toBe(1);
    });

    it('[A5] a session resolves to its user until it expires or is deleted', async () => {
      const user = await storage.createUser(userInput());
      await storage.createSession({ tokenHash: 'live', userId: user.id, expiresAt: fromNow(60_000) });
      await storage.createSession({ tokenHash: 'old', userId: user.id, expiresAt: fromNow(-1_000) });
      expect(await storage.sessionUser('live')).toEqual(user);
      expect(await storage.sessionUser('old')).toBeNull();
      expect(await storage.sessionUser('unknown')).toBeNull();
      await storage.deleteSession('live');
      expect(await storage.sessionUser('live')).toBeNull();
    });

    it('[A6] an invite is used up once, also by concurrent redeemers, and not after it expires', async () => {
      await storage.createInvite({
        tokenHash: 'inv',
        role: 'lead',
        createdBy: 'u1',
        expiresAt: fromNow(60_000),
      });
      await storage.createInvite({
        tokenHash: 'late',
        role: 'member',
        createdBy: 'u1',
        expiresAt: fromNow(-1),
      });
      const redeemed = await Promise.all([storage.consumeInvite('inv'), storage.consumeInvite('inv')]);
      expect(redeemed.filter((r) => r !== null)).toEqual([{ role: 'lead' }]);
      expect(await storage.consumeInvite('inv')).toBeNull();
      expect(await storage.consumeInvite('late')).toBeNull();
      expect(await storage.consumeInvite('unknown')).toBeNull();
    });
  });

  describe('roster', () => {
    it('upsertPerson inserts and replaces; ensurePeople only adds the missing ones', async () => {
      await storage.upsertPerson({
        handle: 'dee',
        name: 'Dee',
        discipline: 'engineering',
        supportHero: false,
      });
      const updated: Person = { handle: 'dee', name: 'Dee D.', discipline: 'product', supportHero: true };
      expect(await storage.upsertPerson(updated)).toEqual(updated);
      await storage.ensurePeople(['zed', 'dee', 'zed', 'abe']);
      await storage.ensurePeople([]);
      expect(await storage.listPeople()).toEqual([
        { handle: 'abe', name: 'abe', discipline: 'other', supportHero: false },
        updated,
        { handle: 'zed', name: 'zed', discipline: 'other', supportHero: false },
      ]);
    });
  });

  describe('boards', () => {
    it('createBoard stores the row and the initial state once; a second create with the id conflicts', async () => {
      const input = boardInput();
      const board = await storage.createBoard(input, bytes(7, 7));
      expect(board).toEqual({ ...input, lockedAt: null, lockedBy: null });
      expect(await storage.getBoard(input.id)).toEqual(board);
      expect(await storage.readDocument(input.id)).toEqual({ state: bytes(7, 7), log: [] });
      await expect(storage.createBoard(input, bytes(9))).rejects.toBeInstanceOf(ConflictError);
      expect((await storage.readDocument(input.id)).state).toEqual(bytes(7, 7));
      expect(await storage.getBoard('unknown')).toBeNull();
      expect(await storage.readDocument('unknown')).toEqual({ state: null, log: [] });
    });

    it('lists boards oldest first and updates their sprint facts', async () => {
      const later = await storage.createBoard(boardInput({ createdAt: '2025-02-01T00:00:00.000Z' }), bytes());
      const earlier = await storage.createBoard(
        boardInput({ createdAt: '2025-01-01T00:00:00.000Z' }),
        bytes(),
      );
      expect((await storage.listBoards()).map((b) => b.id)).toEqual([earlier.id, later.id]);
      const facts = { title: 'Sprint 43', sprint: { number: null, startsOn: null, endsOn: '2025-02-14' } };
      await storage.updateBoardFacts(later.id, facts);
      expect(await storage.getBoard(later.id)).toMatchObject(facts);
    });

    it('[K2] locks and unlocks a board', async () => {
      const { id } = await storage.createBoard(boardInput(), bytes());
      const lock = { lockedBy: 'lead-1', lockedAt: '2025-01-06T12:00:00.000Z' };
      expect(await storage.setBoardLock(id, lock)).toMatchObject(lock);
      expect(await storage.getBoard(id)).toMatchObject(lock);
      expect(await storage.setBoardLock(id, null)).toMatchObject({ lockedAt: null, lockedBy: null });
      expect(await storage.setBoardLock('unknown', lock)).toBeNull();
    });
  });

  describe('document log', () => {
    it('returns the state and the appended updates in seq order, per board', async () => {
      const { id } = await storage.createBoard(boardInput(), bytes(0));
      const other = await storage.createBoard(boardInput(), bytes(0));
      const big = bytes(9, 9, 1, 2, 3, 9);
      const seqs = [
        await storage.appendUpdate(id, bytes(1)),
        await storage.appendUpdate(other.id, bytes(5)),
        // A view into a larger buffer (as Yjs hands out) is stored as its own bytes only.
        await storage.appendUpdate(id, big.subarray(2, 5)),
        await storage.appendUpdate(id, bytes(4)),
      ];
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(await storage.readDocument(id)).toEqual({
        state: bytes(0),
        log: [
          { seq: seqs[0], update: bytes(1) },
          { seq: seqs[2], update: bytes(1, 2, 3) },
          { seq: seqs[3], update: bytes(4) },
        ],
      });
    });

    it('compact replaces the state and drops exactly the listed seqs', async () => {
      const { id } = await storage.createBoard(boardInput(), bytes(0));
      const [a, b, c] = [
        await storage.appendUpdate(id, bytes(1)),
        await storage.appendUpdate(id, bytes(2)),
        await storage.appendUpdate(id, bytes(3)),
      ];
      await storage.compact(id, (stored) => {
        expect(stored.state).toEqual(bytes(0));
        expect(stored.log.map((entry) => entry.seq)).toEqual([a, b, c]);
        return { state: bytes(0, 1, 3), drop: [a!, c!] };
      });
      expect(await storage.readDocument(id)).toEqual({
        state: bytes(0, 1, 3),
        log: [{ seq: b, update: bytes(2) }],
      });
    });

    it('appends racing a compaction survive it', async () => {
      const { id } = await storage.createBoard(boardInput(), bytes(0));
      const before = await storage.appendUpdate(id, bytes(1));
      const during: Array<Promise<number>> = [];
      let folded: number[] = [];
      const racing = [storage.appendUpdate(id, bytes(2)), storage.appendUpdate(id, bytes(3))];
      await Promise.all([
        storage.compact(id, (stored) => {
          // Issued once the plan has returned, before the compaction commits (PostgreSQL) or
          // right after it (SQLite): the plan cannot have folded them in.
          const append = (update: Uint8Array) =>
            Promise.resolve().then(() => storage.appendUpdate(id, update));
          during.push(append(bytes(4)), append(bytes(5)));
          folded = stored.log.map((entry) => entry.seq);
          return { state: bytes(9), drop: folded };
        }),
        ...racing,
      ]);
      const late = await Promise.all(during);
      const all = [before, ...(await Promise.all(racing)), ...late];
      const { state, log } = await storage.readDocument(id);
      expect(state).toEqual(bytes(9));
      expect(folded).toContain(before);
      // Every append is either folded into the new state or still in the log — never lost.
      expect([...folded, ...log.map((entry) => entry.seq)].sort((x, y) => x - y)).toEqual(
        all.sort((x, y) => x - y),
      );
      expect(log.map((entry) => entry.seq)).toEqual(expect.arrayContaining(late));
    });

    it('a failing or overreaching plan changes nothing', async () => {
      const { id } = await storage.createBoard(boardInput(), bytes(0));
      const seq = await storage.appendUpdate(id, bytes(1));
      const unchanged = await storage.readDocument(id);
      await expect(
        storage.compact(id, () => {
          throw new Error('planner failed');
        }),
      ).rejects.toThrow('planner failed');
      await expect(storage.compact(id, () => ({ state: bytes(), drop: [seq, seq + 1000] }))).rejects.toThrow(
        /not given/,
      );
      expect(await storage.readDocument(id)).toEqual(unchanged);
    });
  });

  describe('snapshots and share links', () => {
    it('[S4] stores snapshots and resolves a share token until it is revoked or replaced', async () => {
      const { id } = await storage.createBoard(boardInput(), bytes());
      const input = snapshotInput(id);
      const snapshot = await storage.createSnapshot(input);
      expect(snapshot).toEqual({ ...input, shared: false });
      await expect(storage.createSnapshot(input)).rejects.toBeInstanceOf(ConflictError);
      const second = await storage.createSnapshot(
        snapshotInput(id, { createdAt: '2025-01-07T10:00:00.000Z' }),
      );
      const { state: _state, planJson: _planJson, ...summary } = snapshot;
      expect(await storage.listSnapshots(id)).toEqual([summary, expect.objectContaining({ id: second.id })]);
      expect(await storage.getSnapshot(snapshot.id)).toEqual(snapshot);

      await storage.setShareToken(snapshot.id, 'share-1');
      expect(await storage.snapshotByShareToken('share-1')).toEqual({ ...snapshot, shared: true });
      expect((await storage.listSnapshots(id))[0]?.shared).toBe(true);
      await storage.setShareToken(snapshot.id, 'share-2');
      expect(await storage.snapshotByShareToken('share-1')).toBeNull();
      await storage.setShareToken(snapshot.id, null);
      expect(await storage.snapshotByShareToken('share-2')).toBeNull();
      expect(await storage.getSnapshot(snapshot.id)).toEqual(snapshot);
      expect(await storage.getSnapshot('unknown')).toBeNull();
    });
  });

  describe('audit', () => {
    it('[K4] lists a board’s entries in time order', async () => {
      await storage.audit({ boardId: 'b1', actor: 'lead', action: 'lock', detail: null });
      await storage.audit({ boardId: 'b2', actor: 'lead', action: 'create', detail: null });
      await storage.audit({ boardId: 'b1', actor: 'lead', action: 'override-warnings', detail: '["L3"]' });
      await storage.audit({
        boardId: 'b1',
        actor: 'x',
        action: 'create',
        detail: null,
        at: '2020-01-01T00:00:00.000Z',
      });
      const entries = await storage.listAudit('b1');
      expect(entries.map((e) => [e.action, e.detail])).toEqual([
        ['create', null],
        ['lock', null],
        ['override-warnings', '["L3"]'],
      ]);
      expect(entries[0]?.at).toBe('2020-01-01T00:00:00.000Z');
      expect(new Set(entries.map((e) => e.id)).size).toBe(3);
    });
  });

  describe('migrations', () => {
    it('migrate() again is a no-op that keeps the data', async () => {
      const user = await storage.createUser(userInput());
      await storage.migrate();
      await storage.migrate();
      expect(await storage.userById(user.id)).toEqual(user);
    });

    it('two storages migrating one fresh database at once both succeed', async () => {
      const location = await harness.freshDatabase();
      const [a, b] = [harness.open(location), harness.open(location)];
      try {
        await Promise.all([a.migrate(), b.migrate()]);
        await a.createUser(userInput({ handle: 'first' }));
        expect(await b.countUsers()).toBe(1);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });
});

describe('migration lists', () => {
  it('name the same steps in both dialects', () => {
    const steps = (list: typeof SQLITE_MIGRATIONS) => list.map(({ version, name }) => ({ version, name }));
    expect(steps(POSTGRES_MIGRATIONS)).toEqual(steps(SQLITE_MIGRATIONS));
    expect(SQLITE_MIGRATIONS.map((m) => m.version)).toEqual(SQLITE_MIGRATIONS.map((_, i) => i + 1));
  });
});
