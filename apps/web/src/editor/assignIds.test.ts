import { planSchema } from '@sprintboard/plan';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { assignIdsPlugin, nodesNeedingIds } from './assignIds.ts';

const schema = planSchema();
const item = (id: string | null, text: string) => ({
  type: 'item',
  attrs: { id, owner: null, decision: null, status: null },
  content: [{ type: 'text', text }],
});
const teamDoc = (...items: unknown[]) =>
  schema.nodeFromJSON({
    type: 'doc',
    content: [{ type: 'teamPart', attrs: { kind: 'high' }, content: items }],
  });

function ids(doc: PMNode, type = 'item'): Array<string | null> {
  const out: Array<string | null> = [];
  doc.descendants((node) => {
    if (node.type.name === type) out.push(typeof node.attrs.id === 'string' ? node.attrs.id : null);
  });
  return out;
}

function stateWith(doc: PMNode, elsewhere: string[] = []) {
  return EditorState.create({
    schema,
    doc,
    plugins: [assignIdsPlugin({ idsElsewhere: () => new Set(elsewhere), isEditable: () => true })],
  });
}

describe('nodesNeedingIds', () => {
  it('repairs missing ids and the later of two equal ones', () => {
    const doc = teamDoc(item('a', 'one'), item(null, 'two'), item('a', 'three'));
    expect(nodesNeedingIds(doc, [], () => false)).toHaveLength(2);
  });

  it('lets an inserted copy yield to the node that was there', () => {
    const doc = teamDoc(item('a', 'pasted'), item('a', 'original'));
    const first = doc.firstChild?.firstChild;
    const size = first?.nodeSize ?? 0;
    // The first item (positions 1..1+size) was inserted: it gets the new id though it comes first.
    expect(nodesNeedingIds(doc, [[1, 1 + size]], () => false)).toEqual([1]);
  });
});

describe('assignIdsPlugin', () => {
  it('gives a pasted item a fresh id, leaving the original alone', () => {
    let state = stateWith(teamDoc(item('a', 'original')));
    const original = state.doc.firstChild?.firstChild;
    if (!original) throw new Error('no item');
    const end = 1 + original.nodeSize;
    state = state.apply(state.tr.insert(end, original.copy(original.content)));
    const [first, second] = ids(state.doc);
    expect(first).toBe('a');
    expect(second).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives both halves of a split item distinct ids', () => {
    let state = stateWith(teamDoc(item('a', 'onetwo')));
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 5)));
    const itemType = schema.nodes.item;
    if (!itemType) throw new Error('no item type');
    state = state.apply(state.tr.split(5, 1, [{ type: itemType, attrs: { id: 'a' } }]));
    const [first, second] = ids(state.doc);
    expect(first).toBe('a');
    expect(second).not.toBe('a');
    expect(second).toBeTruthy();
  });

  it('renews an inserted id that another fragment already uses', () => {
    let state = stateWith(teamDoc(item('a', 'here')), ['b']);
    state = state.apply(
      state.tr.insert(state.doc.content.size - 1, schema.nodeFromJSON(item('b', 'from elsewhere'))),
    );
    expect(ids(state.doc)).not.toContain('b');
    expect(ids(state.doc)[0]).toBe('a');
  });

  it('leaves typing alone', () => {
    let state = stateWith(teamDoc(item('a', 'x')));
    const before = state.doc;
    state = state.apply(state.tr.insertText('y', 3));
    expect(ids(state.doc)).toEqual(ids(before));
  });
});
