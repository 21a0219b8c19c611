import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import { type ReactNode, useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { editorExtensions } from '../editor/editorExtensions.ts';
import { SECTION_EDITOR_ATTR } from '../editor/focusNavigation.ts';
import { colorForHandle } from '../room/colorForHandle.ts';
import { useBoard } from './BoardContext.tsx';

/**
 * One rich-text editor bound to one fragment of the board's Y.Doc, over
 * the room's one provider. Read-only whenever the user may not edit (the
 * lock turns it read-only in place, without a reload).
 */
export function SectionEditor(props: {
  fragment: Y.XmlFragment;
  section: string;
  label: string;
  autoFocus?: boolean;
  footer?: (editor: Editor) => ReactNode;
}) {
  const { room, user, people, canEdit } = useBoard();
  const live = useRef({ people, canEdit });
  live.current = { people, canEdit };
  const { fragment, section, label } = props;
  const editor = useEditor(
    {
      extensions: editorExtensions({
        fragment,
        provider: room.provider,
        section,
        user: { name: user.name || user.handle, handle: user.handle, color: colorForHandle(user.handle) },
        people: () => live.current.people,
        isEditable: () => live.current.canEdit,
      }),
      editable: live.current.canEdit,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: editorAttributes(label, section, live.current.canEdit) },
      onFocus: () => room.setSection(section),
    },
    [fragment, room, section],
  );

  // `editable` in useEditor's options is read once; later changes must go through setEditable().
  useEffect(() => {
    if (editor.isEditable !== canEdit) editor.setEditable(canEdit);
    editor.setOptions({ editorProps: { attributes: editorAttributes(label, section, canEdit) } });
  }, [editor, canEdit, label, section]);

  useEffect(() => {
    if (props.autoFocus) editor.commands.focus('start');
  }, [editor, props.autoFocus]);

  return (
    <div className="section-editor">
      <EditorContent editor={editor} />
      {canEdit && props.footer?.(editor)}
    </div>
  );
}

function editorAttributes(label: string, section: string, editable: boolean): Record<string, string> {
  return {
    'aria-label': label,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-readonly': editable ? 'false' : 'true',
    class: 'doc',
    [SECTION_EDITOR_ATTR]: section,
  };
}
