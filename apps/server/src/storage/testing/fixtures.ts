/**
 * Factories for the storage tests: valid inputs with unique ids, overridable
 * field by field, so each test states only what it is about.
 */
import { randomUUID } from 'node:crypto';
import type { Board, Snapshot, UserWithSecret } from '../Storage.ts';

/** Account input for createUser / createFirstUser. */
export function userInput(
  overrides: Partial<Omit<UserWithSecret, 'createdAt'>> = {},
): Omit<UserWithSecret, 'createdAt'> {
  const id = randomUUID();
  return {
    id,
    handle: `user-${id.slice(0, 8)}`,
    name: 'Test User',
    role: 'member',
    passwordHash: 'scrypt$test',
    ...overrides,
  };
}

/** Board input for createBoard. */
export function boardInput(overrides: Partial<Omit<Board, 'lockedAt' | 'lockedBy'>> = {}) {
  return {
    id: randomUUID(),
    title: 'Sprint 42',
    sprint: { number: 42, startsOn: '2025-01-06', endsOn: '2025-01-17' },
    createdAt: '2025-01-03T09:00:00.000Z',
    createdBy: 'user-1',
    ...overrides,
  } satisfies Omit<Board, 'lockedAt' | 'lockedBy'>;
}

/** Snapshot input for createSnapshot. */
export function snapshotInput(boardId: string, overrides: Partial<Omit<Snapshot, 'shared'>> = {}) {
  return {
    id: randomUUID(),
    boardId,
    label: 'Locked plan',
    createdAt: '2025-01-06T10:00:00.000Z',
    createdBy: 'user-1',
    state: bytes(1, 2, 3),
    planJson: '{"sections":[]}',
    ...overrides,
  } satisfies Omit<Snapshot, 'shared'>;
}

/** A small binary value (a stand-in for a Yjs update or state). */
export function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

/** An ISO timestamp `ms` from now (negative: in the past). */
export function fromNow(ms: number): string {
  return new Date(Date.now() + ms).toISOString();
}
