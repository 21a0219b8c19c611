import type { Finding } from '@sprintboard/plan';
import { describe, expect, it } from 'vitest';
import { anchorId, indexFindings } from './findingsIndex.ts';

const goalFinding: Finding = {
  rule: 'PH4',
  severity: 'warning',
  where: { section: 'proposedGoals', goalId: 'g1' },
  message: 'Goal "A" has no 🎯 statement.',
};
const itemFinding: Finding = {
  rule: 'PH1',
  severity: 'warning',
  where: { section: 'teams', teamId: 't1', part: 'high', itemId: 'i1' },
  message: 'Item has no owner.',
};

describe('findings index', () => {
  it('anchors findings on the most specific node', () => {
    expect(anchorId(itemFinding.where)).toBe('i1');
    expect(anchorId({ section: 'proposedGoals', goalId: 'g1', partId: 's1' })).toBe('s1');
    expect(anchorId({ section: 'priorities' })).toBeNull();
  });

  it('keeps unchanged lists identical between rebuilds', () => {
    const first = indexFindings([goalFinding, itemFinding]);
    const second = indexFindings([goalFinding, { ...itemFinding, message: 'changed' }], first);
    expect(second.get('g1')).toBe(first.get('g1'));
    expect(second.get('i1')).not.toBe(first.get('i1'));
  });
});
