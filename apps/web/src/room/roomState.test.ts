import { CLOSE_CODES } from '@sprintboard/plan';
import { describe, expect, it } from 'vitest';
import { canWrite, connectionView, initialRoomState, type RoomEvent, roomReducer } from './roomState.ts';

const run = (...events: RoomEvent[]) => events.reduce(roomReducer, initialRoomState());
const lockNotice = (locked: boolean, snapshotId: string | null = null): RoomEvent => ({
  type: 'notice',
  notice: { type: 'lock', locked, by: 'lead', at: '2025-01-01T00:00:00Z', snapshotId },
});

describe('roomReducer / connectionView', () => {
  it('goes connecting → connected → synced', () => {
    expect(connectionView(run()).kind).toBe('connecting');
    expect(connectionView(run({ type: 'status', status: 'connected' })).kind).toBe('connected');
    const synced = run({ type: 'status', status: 'connected' }, { type: 'synced' });
    expect(connectionView(synced)).toMatchObject({ kind: 'synced', label: 'Synced' });
  });

  it('shows pending changes while saving and while offline', () => {
    const saving = run(
      { type: 'status', status: 'connected' },
      { type: 'synced' },
      { type: 'unsynced', count: 3 },
    );
    expect(connectionView(saving)).toMatchObject({ kind: 'connected', label: 'Saving…' });
    const offline = roomReducer(saving, { type: 'online', online: false });
    expect(connectionView(offline).kind).toBe('offline');
    expect(connectionView(offline).detail).toContain('3 changes');
  });

  it('explains a close code until the next sync', () => {
    const closed = run(
      { type: 'status', status: 'connected' },
      { type: 'closed', code: CLOSE_CODES.unauthorized },
    );
    expect(connectionView(closed)).toMatchObject({ kind: 'offline', action: 'login' });
    const back = roomReducer(roomReducer(closed, { type: 'status', status: 'connected' }), {
      type: 'synced',
    });
    expect(connectionView(back).kind).toBe('synced');
    expect(back.lastClose).toBeNull();
  });

  it('reports a refused authentication', () => {
    expect(connectionView(run({ type: 'authFailed', reason: 'Forbidden' })).detail).toMatch(/does not exist/);
  });
});

describe('lock and access', () => {
  it('turns read-only on a lock notice and writable on unlock', () => {
    const connected = run({ type: 'authenticated', scope: 'read-write' });
    expect(canWrite(connected, true)).toBe(true);
    const locked = roomReducer(connected, lockNotice(true, 'snap1'));
    expect(locked.lock).toMatchObject({ locked: true, by: 'lead', snapshotId: 'snap1' });
    expect(canWrite(locked, true)).toBe(false);
    expect(canWrite(roomReducer(locked, lockNotice(false)), true)).toBe(true);
  });

  it('keeps the snapshot id when a second lock notice has none', () => {
    const state = run(lockNotice(true, 'snap1'), {
      type: 'notice',
      notice: { type: 'lock', locked: true, by: null, at: null, snapshotId: null },
    });
    expect(state.lock).toMatchObject({ locked: true, by: 'lead', snapshotId: 'snap1' });
  });

  it('lets a notice win over a board row read earlier', () => {
    const state = run(lockNotice(true), {
      type: 'boardRow',
      lock: { locked: false, by: null, at: null, snapshotId: null },
    });
    expect(state.lock.locked).toBe(true);
  });

  it('never lets a viewer write, and honours read-only scope and access notices', () => {
    expect(canWrite(run(), false)).toBe(false);
    expect(canWrite(run({ type: 'authenticated', scope: 'readonly' }), true)).toBe(false);
    const flipped = run(
      { type: 'authenticated', scope: 'read-write' },
      {
        type: 'notice',
        notice: { type: 'access', readOnly: true },
      },
    );
    expect(canWrite(flipped, true)).toBe(false);
    expect(canWrite(roomReducer(flipped, { type: 'authenticated', scope: 'read-write' }), true)).toBe(true);
  });
});
