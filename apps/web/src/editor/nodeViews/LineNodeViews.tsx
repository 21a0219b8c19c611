import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useBoard } from '../../components/BoardContext.tsx';
import { FindingBadge } from '../../components/FindingBadge.tsx';
import { OwnerChip } from '../../components/OwnerChip.tsx';
import { RowActions } from '../../components/RowActions.tsx';
import { StatusToggle } from '../../components/StatusToggle.tsx';
import { FiftyFiftyToggle } from '../../components/Toggles.tsx';
import { useFindingsFor } from '../../hooks/useFindingsFor.ts';
import { shortText, statusAttr, strAttr } from './attrs.ts';
import { moveAmongSiblings, removeNodeAt } from './structure.ts';

/** A 🎯 goal statement with its own status. */
export function StatementNodeView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { canEdit } = useBoard();
  const status = statusAttr(node);
  return (
    <NodeViewWrapper className="line line--statement" data-status={status ?? undefined}>
      <span className="line__mark" contentEditable={false} aria-hidden="true">
        🎯
      </span>
      <NodeViewContent className="line__text" />
      <span className="line__meta" contentEditable={false}>
        <StatusToggle
          status={status}
          editable={canEdit}
          onChange={(value) => updateAttributes({ status: value })}
        />
        {canEdit && <RowActions what="statement" onRemove={() => removeNodeAt(editor, getPos() ?? -1)} />}
      </span>
    </NodeViewWrapper>
  );
}

/** A sub-goal with an owner of its own. */
export function SubGoalNodeView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { canEdit, people, health } = useBoard();
  const findings = useFindingsFor(health, strAttr(node, 'id'));
  return (
    <NodeViewWrapper className="line line--subgoal" data-id={strAttr(node, 'id') ?? undefined}>
      <span className="line__mark" contentEditable={false} aria-hidden="true">
        ↳
      </span>
      <NodeViewContent className="line__text" />
      <span className="line__meta" contentEditable={false}>
        <FindingBadge findings={findings} />
        <OwnerChip
          owner={strAttr(node, 'owner')}
          people={people}
          editable={canEdit}
          what={`sub-goal ${shortText(node)}`}
          onChange={(owner) => updateAttributes({ owner })}
        />
        {canEdit && <RowActions what="sub-goal" onRemove={() => removeNodeAt(editor, getPos() ?? -1)} />}
      </span>
    </NodeViewWrapper>
  );
}

/** A headline goal of the sprint, optionally a 50:50 moonshot. */
export function HeadlineNodeView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { canEdit } = useBoard();
  const pos = () => getPos() ?? -1;
  return (
    <NodeViewWrapper
      className="headline"
      data-fifty-fifty={node.attrs.fiftyFifty === true ? 'true' : undefined}
    >
      <span className="headline__mark" contentEditable={false} aria-hidden="true">
        ★
      </span>
      <NodeViewContent className="headline__text" />
      <span className="line__meta" contentEditable={false}>
        <FiftyFiftyToggle
          value={node.attrs.fiftyFifty === true}
          editable={canEdit}
          onChange={(fiftyFifty) => updateAttributes({ fiftyFifty })}
        />
        {canEdit && (
          <RowActions
            what="headline goal"
            onMove={(direction) => moveAmongSiblings(editor, pos(), direction)}
            onRemove={() => removeNodeAt(editor, pos())}
          />
        )}
      </span>
    </NodeViewWrapper>
  );
}
