import { describe, expect, it } from 'vitest';
import { matchPeople } from './suggestionMenu.ts';

const people = [
  { handle: 'ana', name: 'Ana López' },
  { handle: 'bob', name: 'Robert Banana' },
  { handle: 'carla', name: 'Carla Díaz' },
];

describe('matchPeople', () => {
  it('puts handle prefixes before name matches before substrings', () => {
    expect(matchPeople(people, 'an').map((p) => p.handle)).toEqual(['ana', 'bob']);
    expect(matchPeople(people, 'díaz').map((p) => p.handle)).toEqual(['carla']);
    expect(matchPeople(people, 'zzz')).toEqual([]);
  });

  it('offers everyone (up to the limit) for an empty query', () => {
    expect(matchPeople(people, '', 2)).toHaveLength(2);
  });
});
