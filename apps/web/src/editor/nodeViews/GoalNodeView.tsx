import { newId } from '@sprintboard/plan';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useCallback, useState } from 'react';
import { Avatar } from '../../components/Avatar.tsx';
import { useBoard } from '../../components/BoardContext.tsx';
import { FindingBadge } from '../../components/FindingBadge.tsx';
import { OwnerChip } from '../../components/OwnerChip.tsx';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import { Popover } from '../../components/Popover.tsx';
import { RowActions } from '../../components/RowActions.tsx';
import { StatusToggle } from '../../components/StatusToggle.tsx';
import { FiftyFiftyToggle } from '../../components/Toggles.tsx';
import { useFindingsFor } from '../../hooks/useFindingsFor.ts';
import { collaboratorsAttr, statusAttr, strAttr } from './attrs.ts';
import { insertChild, moveAmongSiblings, removeNodeAt } from './structure.ts';

/**
 * A goal as a block of the document: its parts are edited in place (title,
 * summary, Why?, 🎯 statements, sub-goals); owner, collaborators, 50:50 and
 * status sit in a quiet bar above, with plan-health warnings.
 */
export function GoalNodeView({ node, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const { people, health, canEdit } = useBoard();
  const id = strAttr(node, 'id');
  const findings = useFindingsFor(health, id);
  const title = node.firstChild?.textContent.trim() || 'untitled goal';
  const inRetro = editor.storage.sectionInfo.section === 'retroOutcomes';
  const pos = () => getPos() ?? -1;
  const status = statusAttr(node);
  return (
    <NodeViewWrapper
      as="section"
      className={`goal${findings.length ? ' has-findings' : ''}`}
      data-status={status ?? undefined}
      data-id={id ?? undefined}
      aria-label={`Goal ${title}`}
    >
      <div className="goal__bar" contentEditable={false}>
        <OwnerChip
          owner={strAttr(node, 'owner')}
          people={people}
          editable={canEdit}
          what={`goal ${title}`}
          onChange={(owner) => updateAttributes({ owner })}
        />
        <Collaborators
          handles={collaboratorsAttr(node)}
          editable={canEdit}
          onChange={(collaborators) => updateAttributes({ collaborators })}
        />
        <FiftyFiftyToggle
          value={node.attrs.fiftyFifty === true}
          editable={canEdit}
          onChange={(fiftyFifty) => updateAttributes({ fiftyFifty })}
        />
        {(inRetro || status) && (
          <StatusToggle
            status={status}
            editable={canEdit && inRetro}
            onChange={(s) => updateAttributes({ status: s })}
          />
        )}
        <FindingBadge findings={findings} />
        <span className="spacer" />
        {canEdit && (
          <RowActions
            what="goal"
            onMove={(direction) => moveAmongSiblings(editor, pos(), direction)}
            onRemove={() => removeNodeAt(editor, pos())}
          />
        )}
      </div>
      <NodeViewContent className="goal__body" />
      {canEdit && (
        <div className="goal__actions" contentEditable={false}>
          <button
            type="button"
            className="link-btn"
            onClick={() =>
              insertChild(
                editor,
                pos(),
                { type: 'statement', attrs: { id: newId(), status: null } },
                ['statement'],
                node.childCount,
              )
            }
          >
            + 🎯 Add statement
          </button>
          <button
            type="button"
            className="link-btn"
            onClick={() =>
              insertChild(
                editor,
                pos(),
                { type: 'subGoal', attrs: { id: newId(), owner: null } },
                ['subGoal', 'goalSummary', 'goalTitle'],
                1,
              )
            }
          >
            + Add sub-goal
          </button>
          {!node.content.content.some((c) => c.type.name === 'goalWhy') && (
            <button
              type="button"
              className="link-btn"
              onClick={() =>
                insertChild(editor, pos(), { type: 'goalWhy' }, ['subGoal', 'goalSummary', 'goalTitle'], 1)
              }
            >
              + Why?
            </button>
          )}
        </div>
      )}
    </NodeViewWrapper>
  );
}

function Collaborators(props: {
  handles: string[];
  editable: boolean;
  onChange: (handles: string[]) => void;
}) {
  const { people } = useBoard();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  if (!props.editable && props.handles.length === 0) return null;
  const toggle = (handle: string) =>
    props.onChange(
      props.handles.includes(handle) ? props.handles.filter((h) => h !== handle) : [...props.handles, handle],
    );
  return (
    <span className="chip-wrap collaborators" contentEditable={false}>
      {props.handles.length > 0 && <span className="collaborators__label">with</span>}
      {props.handles.map((handle) => (
        <Avatar key={handle} handle={handle} size="sm" />
      ))}
      {props.editable && (
        <button
          type="button"
          className="chip chip--empty"
          aria-label="Collaborators"
          aria-expanded={open}
          onClick={() => setOpen((v) => !v)}
        >
          {props.handles.length ? 'Edit' : '+ Collaborators'}
        </button>
      )}
      <Popover open={open} onClose={close} label="Choose collaborators">
        <PersonPicker people={people} selected={props.handles} onPick={toggle} />
      </Popover>
    </span>
  );
}
