import type { HocuspocusProvider } from '@hocuspocus/provider';
import { allFragments, elementsBelow, planExtensions, stringAttr } from '@sprintboard/plan';
import { type AnyExtension, Extension, type NodeViewRenderer } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { ReactNodeViewRenderer } from '@tiptap/react';
import type * as Y from 'yjs';
import { assignIdsPlugin, ID_NODE_TYPES } from './assignIds.ts';
import { GoalNodeView } from './nodeViews/GoalNodeView.tsx';
import { ItemNodeView } from './nodeViews/ItemNodeView.tsx';
import { HeadlineNodeView, StatementNodeView, SubGoalNodeView } from './nodeViews/LineNodeViews.tsx';
import { TeamPartNodeView } from './nodeViews/TeamPartNodeView.tsx';
import { OwnerSuggestion } from './OwnerSuggestion.ts';
import { placeholderFor } from './placeholders.ts';
import { PlanEnter, PlanTab } from './planKeymap.ts';
import { SectionInfo } from './SectionInfo.ts';
import type { MenuPerson } from './suggestionMenu.ts';

/** What one section editor is bound to. */
export interface EditorBinding {
  /** The fragment this editor edits (a section, or a team's body). */
  fragment: Y.XmlFragment;
  /** The room's one provider: carets travel over its awareness. */
  provider: HocuspocusProvider;
  /** Section key or `team:<id>`. */
  section: string;
  /** Caret label and colour. */
  user: { name: string; handle: string; color: string };
  /** The roster for `@`. */
  people: () => readonly MenuPerson[];
  /** Whether the editor may write now (no id repairs on a read-only editor). */
  isEditable: () => boolean;
}

const NODE_VIEWS: Record<string, NodeViewRenderer> = {
  goal: ReactNodeViewRenderer(GoalNodeView),
  item: ReactNodeViewRenderer(ItemNodeView),
  statement: ReactNodeViewRenderer(StatementNodeView),
  subGoal: ReactNodeViewRenderer(SubGoalNodeView),
  headline: ReactNodeViewRenderer(HeadlineNodeView),
  teamPart: ReactNodeViewRenderer(TeamPartNodeView),
};

/** The plan schema's extensions, with React node views on the typed nodes (same schema as the server). */
function planExtensionsWithViews(): AnyExtension[] {
  return planExtensions().map((extension) => {
    const view = NODE_VIEWS[extension.name];
    return view && extension.type === 'node' ? extension.extend({ addNodeView: () => view }) : extension;
  });
}

/** Ids used in the other fragments of the doc, for telling a pasted copy from an original. */
function idsOutside(fragment: Y.XmlFragment): Set<string> {
  const ids = new Set<string>();
  const doc = fragment.doc;
  if (!doc) return ids;
  for (const other of allFragments(doc)) {
    if (other === fragment) continue;
    for (const element of elementsBelow(other)) {
      if (!ID_NODE_TYPES.has(element.nodeName)) continue;
      const id = stringAttr(element, 'id');
      if (id) ids.add(id);
    }
  }
  return ids;
}

/** Every extension of one section editor. */
export function editorExtensions(binding: EditorBinding): AnyExtension[] {
  return [
    ...planExtensionsWithViews(),
    Collaboration.configure({ fragment: binding.fragment }),
    CollaborationCaret.configure({ provider: binding.provider, user: binding.user }),
    Placeholder.configure({ placeholder: placeholderFor, includeChildren: true, showOnlyCurrent: false }),
    SectionInfo.configure({ section: binding.section }),
    OwnerSuggestion.configure({ people: binding.people }),
    PlanEnter,
    PlanTab,
    Extension.create({
      name: 'assignIds',
      addProseMirrorPlugins: () => [
        assignIdsPlugin({ idsElsewhere: () => idsOutside(binding.fragment), isEditable: binding.isEditable }),
      ],
    }),
  ];
}
