import type { Node as PMNode } from '@tiptap/pm/model';

const LINES: Record<string, string> = {
  goalTitle: 'Goal title',
  goalSummary: 'What it delivers',
  goalWhy: 'Why does it matter?',
  statement: 'A measurable goal statement',
  subGoal: 'Sub-goal',
  statusNote: 'How did it go?',
  headline: 'A huge goal for the sprint',
  item: 'Describe the work',
  paragraph: 'Write here… type @ to mention someone',
};

/**
 * The grey hint shown in an empty line, by the kind of line. Where a
 * paragraph's hint shows (only when alone in its section or team part, and
 * with what words in each team part) is decided in editor.css: the function
 * is called while a transaction is applied, when the editor's state is not
 * yet the one the position refers to.
 */
export function placeholderFor({ node }: { node: PMNode }): string {
  return LINES[node.type.name] ?? '';
}
