import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from './routes.ts';

describe('matchRoute', () => {
  it('knows every route', () => {
    expect(matchRoute('/')).toEqual({ name: 'boards' });
    expect(matchRoute('/setup')).toEqual({ name: 'setup' });
    expect(matchRoute('/join/abc')).toEqual({ name: 'join', token: 'abc' });
    expect(matchRoute('/b/b1')).toEqual({ name: 'board', boardId: 'b1' });
    expect(matchRoute('/b/b1/s/s9')).toEqual({ name: 'snapshot', boardId: 'b1', snapshotId: 's9' });
    expect(matchRoute('/s/tok')).toEqual({ name: 'shared', token: 'tok' });
    expect(matchRoute('/b/b1/x/s9')).toEqual({ name: 'notFound' });
  });

  it('keeps only a local next= after login', () => {
    expect(matchRoute('/login', '?next=%2Fb%2F1')).toEqual({ name: 'login', next: '/b/1' });
    expect(matchRoute('/login', '?next=https://evil.example')).toEqual({ name: 'login', next: null });
    expect(matchRoute('/login', '?next=//evil.example')).toEqual({ name: 'login', next: null });
  });

  it('round-trips the paths it builds', () => {
    expect(matchRoute(paths.snapshot('a b', 's/1'))).toEqual({
      name: 'snapshot',
      boardId: 'a b',
      snapshotId: 's/1',
    });
  });
});
