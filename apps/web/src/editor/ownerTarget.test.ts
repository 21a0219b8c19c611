import { planSchema } from '@sprintboard/plan';
import { describe, expect, it } from 'vitest';
import { ownerTargetAt } from './ownerTarget.ts';

const schema = planSchema();
const text = (value: string) => [{ type: 'text', text: value }];

describe('ownerTargetAt', () => {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      {
        type: 'goal',
        attrs: { id: 'g' },
        content: [
          { type: 'goalTitle', content: text('Title') },
          { type: 'goalWhy', content: text('Because') },
          { type: 'subGoal', attrs: { id: 's' }, content: text('Sub') },
        ],
      },
      { type: 'paragraph', content: text('free') },
    ],
  });

  it('owns the goal from its title, the sub-goal from its line', () => {
    expect(ownerTargetAt(doc, 3)).toEqual({ pos: 0, type: 'goal' });
    const sub = doc.firstChild?.child(2);
    let subPos = -1;
    doc.descendants((node, pos) => {
      if (node === sub) subPos = pos;
    });
    expect(ownerTargetAt(doc, subPos + 2)).toEqual({ pos: subPos, type: 'subGoal' });
  });

  it('is a mention in Why? and in free text', () => {
    const whyStart = 1 + (doc.firstChild?.child(0).nodeSize ?? 0) + 2;
    expect(ownerTargetAt(doc, whyStart)).toBeNull();
    expect(ownerTargetAt(doc, doc.content.size - 2)).toBeNull();
  });

  it('owns an item from its line', () => {
    const team = schema.nodeFromJSON({
      type: 'doc',
      content: [
        {
          type: 'teamPart',
          attrs: { kind: 'high' },
          content: [{ type: 'item', attrs: { id: 'i' }, content: text('Do') }],
        },
      ],
    });
    expect(ownerTargetAt(team, 3)).toEqual({ pos: 1, type: 'item' });
  });
});
