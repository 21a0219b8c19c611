import { isTeamPartKind, newId, TEAM_PART_TITLES } from '@sprintboard/plan';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useBoard } from '../../components/BoardContext.tsx';
import { insertChild } from './structure.ts';

/** One part of a team's section (Retro, Hang-over, High, Low) with its heading and "Add item". */
export function TeamPartNodeView({ node, editor, getPos }: ReactNodeViewProps) {
  const { canEdit } = useBoard();
  const kind = isTeamPartKind(node.attrs.kind) ? node.attrs.kind : 'retro';
  const addItem = () =>
    insertChild(
      editor,
      getPos() ?? -1,
      { type: 'item', attrs: { id: newId(), owner: null, decision: null, status: null } },
      ['item'],
      0,
    );
  return (
    <NodeViewWrapper as="section" className={`team-part team-part--${kind}`}>
      <h4 className="team-part__title" contentEditable={false}>
        {TEAM_PART_TITLES[kind]}
      </h4>
      <NodeViewContent className="team-part__body" />
      {canEdit && kind !== 'retro' && (
        <button
          type="button"
          className="link-btn team-part__add"
          contentEditable={false}
          aria-label={`Add item to ${TEAM_PART_TITLES[kind]}`}
          onClick={addItem}
        >
          + Add item
        </button>
      )}
    </NodeViewWrapper>
  );
}
