/**
 * The one place where database rows become typed values, shared by both
 * implementations: the column names are the same in SQLite and PostgreSQL,
 * only the driver types differ (timestamptz → Date vs ISO TEXT, boolean vs
 * 0/1, bigint as a string vs a number, Buffer vs Uint8Array). Every value is
 * checked, so a corrupt or hand-edited row fails loudly instead of leaking a
 * wrong type into the server.
 */
import type {
  AuditEntry,
  Board,
  Discipline,
  LogEntry,
  Person,
  Role,
  Snapshot,
  User,
  UserWithSecret,
} from './Storage.ts';

/** A row as a driver returns it: column name → a value of a driver-specific type. */
export type Row = Readonly<Record<string, unknown>>;

const ROLES: readonly Role[] = ['admin', 'lead', 'member', 'viewer'];
const DISCIPLINES: readonly Discipline[] = ['engineering', 'design', 'product', 'other'];
const AUDIT_ACTIONS: readonly AuditEntry['action'][] = [
  'lock',
  'unlock',
  'snapshot',
  'share',
  'revoke',
  'override-warnings',
  'create',
  'next',
];

function invalid(row: Row, column: string, expected: string): Error {
  return new Error(`storage: column ${column} is not ${expected} (got ${typeof row[column]})`);
}

function text(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw invalid(row, column, 'text');
  return value;
}

function textOrNull(row: Row, column: string): string | null {
  return row[column] === null ? null : text(row, column);
}

function integer(row: Row, column: string): number {
  const value = row[column];
  // PostgreSQL returns int8 (bigserial, count) as a decimal string.
  const n =
    typeof value === 'number' || typeof value === 'bigint'
      ? Number(value)
      : typeof value === 'string' && /^-?\d+$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (!Number.isSafeInteger(n)) throw invalid(row, column, 'a safe integer');
  return n;
}

function integerOrNull(row: Row, column: string): number | null {
  return row[column] === null ? null : integer(row, column);
}

function flag(row: Row, column: string): boolean {
  const value = row[column];
  if (typeof value === 'boolean') return value;
  // SQLite has no boolean type: 0/1.
  if (value === 0 || value === 1) return value === 1;
  throw invalid(row, column, 'a boolean');
}

function bytes(row: Row, column: string): Uint8Array {
  const value = row[column];
  if (!(value instanceof Uint8Array)) throw invalid(row, column, 'binary');
  // pg hands out Buffers, possibly views into its shared pool: copy into a plain Uint8Array the caller owns.
  return Buffer.isBuffer(value) ? new Uint8Array(value) : value;
}

function time(row: Row, column: string): string {
  const value = row[column];
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'string') return value;
  throw invalid(row, column, 'a timestamp');
}

function timeOrNull(row: Row, column: string): string | null {
  return row[column] === null ? null : time(row, column);
}

function oneOf<T extends string>(allowed: readonly T[], row: Row, column: string): T {
  const value = text(row, column);
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) throw invalid(row, column, `one of ${allowed.join(', ')}`);
  return match;
}

/**
 * Normalizes a timestamp given to storage to `Date#toISOString()` form.
 * SQLite compares timestamps as TEXT, which is only correct when every stored
 * value has this one fixed-width UTC format.
 */
export function isoTimestamp(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`storage: invalid timestamp ${JSON.stringify(value)}`);
  return date.toISOString();
}

/** A `users` row without its secret. */
export function userFromRow(row: Row): User {
  return {
    id: text(row, 'id'),
    handle: text(row, 'handle'),
    name: text(row, 'name'),
    role: oneOf(ROLES, row, 'role'),
    createdAt: time(row, 'created_at'),
  };
}

/** A `users` row including `password_hash`, for login only. */
export function userWithSecretFromRow(row: Row): UserWithSecret {
  return { ...userFromRow(row), passwordHash: text(row, 'password_hash') };
}

/** The `role` of an `invites` row. */
export function inviteFromRow(row: Row): { role: Role } {
  return { role: oneOf(ROLES, row, 'role') };
}

/** A `people` row. */
export function personFromRow(row: Row): Person {
  return {
    handle: text(row, 'handle'),
    name: text(row, 'name'),
    discipline: oneOf(DISCIPLINES, row, 'discipline'),
    supportHero: flag(row, 'support_hero'),
  };
}

/** A `boards` row. */
export function boardFromRow(row: Row): Board {
  return {
    id: text(row, 'id'),
    title: text(row, 'title'),
    sprint: {
      number: integerOrNull(row, 'sprint_number'),
      startsOn: textOrNull(row, 'starts_on'),
      endsOn: textOrNull(row, 'ends_on'),
    },
    createdAt: time(row, 'created_at'),
    createdBy: text(row, 'created_by'),
    lockedAt: timeOrNull(row, 'locked_at'),
    lockedBy: textOrNull(row, 'locked_by'),
  };
}

/** The `state` of a `documents` row. */
export function documentStateFromRow(row: Row): Uint8Array {
  return bytes(row, 'state');
}

/** The `seq` of a `document_updates` row. */
export function seqFromRow(row: Row): number {
  return integer(row, 'seq');
}

/** A `document_updates` row. */
export function logEntryFromRow(row: Row): LogEntry {
  return { seq: seqFromRow(row), update: bytes(row, 'data') };
}

/** A `snapshots` row selected without its payload; `shared` is `share_token_hash IS NOT NULL`. */
export function snapshotSummaryFromRow(row: Row): Omit<Snapshot, 'state' | 'planJson'> {
  return {
    id: text(row, 'id'),
    boardId: text(row, 'board_id'),
    label: text(row, 'label'),
    createdAt: time(row, 'created_at'),
    createdBy: text(row, 'created_by'),
    shared: flag(row, 'shared'),
  };
}

/** A whole `snapshots` row; `shared` is `share_token_hash IS NOT NULL`. */
export function snapshotFromRow(row: Row): Snapshot {
  return { ...snapshotSummaryFromRow(row), state: bytes(row, 'state'), planJson: text(row, 'plan_json') };
}

/** An `audit` row. */
export function auditFromRow(row: Row): AuditEntry {
  return {
    id: integer(row, 'id'),
    boardId: text(row, 'board_id'),
    actor: text(row, 'actor'),
    action: oneOf(AUDIT_ACTIONS, row, 'action'),
    detail: textOrNull(row, 'detail'),
    at: time(row, 'at'),
  };
}

/** A `schema_migrations` row: the version applied. */
export function migrationVersionFromRow(row: Row): number {
  return integer(row, 'version');
}

/** A `count(*) AS n` row. */
export function countFromRow(row: Row): number {
  return integer(row, 'n');
}
