/**
 * ProseMirror JSON: the plain form of rich text that the typed view,
 * Markdown in/out and the server exchange. Same shape as Tiptap's
 * JSONContent, without its `any`.
 */
export interface RichMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
}

/** A rich-text fragment as a whole: a `doc` node whose content is blocks. */
export interface RichDoc extends RichNode {
  type: 'doc';
}

/** An empty rich-text fragment. */
export function emptyDoc(): RichDoc {
  return { type: 'doc', content: [] };
}

/** The plain text of a node and its descendants (mentions as @handle, blocks joined by newlines). */
export function plainText(node: RichNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'mention') return `@${String(node.attrs?.handle ?? '')}`;
  if (node.type === 'hardBreak') return '\n';
  const parts = (node.content ?? []).map(plainText);
  const isInlineContainer = (node.content ?? []).every(
    (child) => child.type === 'text' || child.type === 'mention' || child.type === 'hardBreak',
  );
  return parts.join(isInlineContainer ? '' : '\n');
}

/** A text node, with marks when given. */
export function text(value: string, marks?: RichMark[]): RichNode {
  return marks && marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

/** A paragraph holding the given inline nodes. */
export function paragraph(content: RichNode[] = []): RichNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}
