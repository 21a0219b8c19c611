import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useBoard } from '../../components/BoardContext.tsx';
import { FindingBadge } from '../../components/FindingBadge.tsx';
import { OwnerChip } from '../../components/OwnerChip.tsx';
import { RowActions } from '../../components/RowActions.tsx';
import { StatusToggle } from '../../components/StatusToggle.tsx';
import { DecisionToggle } from '../../components/Toggles.tsx';
import { useFindingsFor } from '../../hooks/useFindingsFor.ts';
import { decisionAttr, shortText, statusAttr, strAttr } from './attrs.ts';
import { moveAmongSiblings, removeNodeAt } from './structure.ts';

/** The kind of the teamPart holding the node at `pos`, if any. */
function partKind(editor: ReactNodeViewProps['editor'], pos: number): string | null {
  if (pos < 0 || pos > editor.state.doc.content.size) return null;
  const parent = editor.state.doc.resolve(pos).parent;
  return parent.type.name === 'teamPart' ? String(parent.attrs.kind) : null;
}

/**
 * A team's work item: one line of text with its owner, status and, in the
 * hang-over part, the prioritised/deprioritised decision.
 */
export function ItemNodeView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { people, health, canEdit } = useBoard();
  const findings = useFindingsFor(health, strAttr(node, 'id'));
  const pos = () => getPos() ?? -1;
  const hangOver = partKind(editor, pos()) === 'hangOver';
  const decision = decisionAttr(node);
  const status = statusAttr(node);
  return (
    <NodeViewWrapper
      className={`item${findings.length ? ' has-findings' : ''}`}
      data-status={status ?? undefined}
      data-decision={decision ?? undefined}
      data-id={strAttr(node, 'id') ?? undefined}
    >
      <span className="item__bullet" contentEditable={false} aria-hidden="true" />
      <NodeViewContent className="item__text" />
      <span className="item__meta" contentEditable={false}>
        <FindingBadge findings={findings} />
        {hangOver && (
          <DecisionToggle
            value={decision}
            editable={canEdit}
            onChange={(value) => updateAttributes({ decision: value })}
          />
        )}
        <StatusToggle
          status={status}
          editable={canEdit}
          onChange={(value) => updateAttributes({ status: value })}
        />
        <OwnerChip
          owner={strAttr(node, 'owner')}
          people={people}
          editable={canEdit}
          what={`item ${shortText(node)}`}
          onChange={(owner) => updateAttributes({ owner })}
        />
        {canEdit && (
          <RowActions
            what="item"
            onMove={(direction) => moveAmongSiblings(editor, pos(), direction)}
            onRemove={() => removeNodeAt(editor, pos())}
          />
        )}
      </span>
    </NodeViewWrapper>
  );
}
