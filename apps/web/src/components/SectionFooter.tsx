import type { SectionKey } from '@sprintboard/plan';
import type { Editor } from '@tiptap/core';
import { addGoalTo, addHeadlineTo } from '../editor/sectionCommands.ts';

/** The "add" button under a section editor, where the section has typed blocks. */
export function SectionFooter(props: { section: SectionKey; editor: Editor }) {
  const { section, editor } = props;
  if (section === 'headline') {
    return (
      <button
        type="button"
        className="add-btn"
        aria-label="Add headline goal"
        onClick={() => addHeadlineTo(editor)}
      >
        + Add headline goal
      </button>
    );
  }
  if (section === 'proposedGoals') {
    return (
      <button type="button" className="add-btn" aria-label="Add goal" onClick={() => addGoalTo(editor)}>
        + Add goal
      </button>
    );
  }
  if (section === 'retroOutcomes') {
    return (
      <button
        type="button"
        className="add-btn"
        aria-label="Add retro outcome"
        onClick={() => addGoalTo(editor)}
      >
        + Add retro outcome
      </button>
    );
  }
  return null;
}
