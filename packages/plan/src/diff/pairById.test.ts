import { describe, expect, it } from 'vitest';
import { pairById } from './pairById.ts';

const nodes = (ids: string) => [...ids].map((id) => ({ id }));
const shape = (before: string, after: string) =>
  pairById(nodes(before), nodes(after)).map(([b, a]) => (b && a ? b.id : b ? `-${b.id}` : `+${a?.id}`));

describe('pairById', () => {
  it('keeps document order, a removal where it was and ahead of an addition in its place', () => {
    expect(shape('abcd', 'axcd')).toEqual(['a', '-b', '+x', 'c', 'd']);
    expect(shape('abc', 'ab')).toEqual(['a', 'b', '-c']);
    expect(shape('abc', 'xbc')).toEqual(['-a', '+x', 'b', 'c']);
    expect(shape('', 'xy')).toEqual(['+x', '+y']);
  });

  it('pairs reordered nodes with themselves', () => {
    expect(shape('abc', 'cab')).toEqual(['c', 'a', 'b']);
  });

  it('matches a duplicated id once; the copy is new', () => {
    expect(shape('ab', 'abb')).toEqual(['a', 'b', '+b']);
  });
});
