import type { RichMark, RichNode } from '@sprintboard/plan';
import type { ReactNode } from 'react';

function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^(https?:|mailto:)/i.test(value) ? value : undefined;
}

function withMark(mark: RichMark, child: ReactNode, key: number): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong key={key}>{child}</strong>;
    case 'italic':
      return <em key={key}>{child}</em>;
    case 'strike':
      return <s key={key}>{child}</s>;
    case 'underline':
      return <u key={key}>{child}</u>;
    case 'code':
      return <code key={key}>{child}</code>;
    case 'link':
      return (
        <a key={key} href={safeHref(mark.attrs?.href)} rel="noopener noreferrer nofollow" target="_blank">
          {child}
        </a>
      );
    default:
      return child;
  }
}

function inline(node: RichNode, key: number): ReactNode {
  if (node.type === 'text') {
    return (node.marks ?? []).reduce<ReactNode>(
      (child, mark, i) => withMark(mark, child, i),
      node.text ?? '',
    );
  }
  if (node.type === 'mention') {
    return (
      <span key={key} className="mention">
        @{String(node.attrs?.handle ?? '')}
      </span>
    );
  }
  if (node.type === 'hardBreak') return <br key={key} />;
  return <Block key={key} node={node} />;
}

function children(node: RichNode): ReactNode {
  // biome-ignore lint/suspicious/noArrayIndexKey: read-only rich text never reorders
  return (node.content ?? []).map((child, i) => <Inline key={`${child.type}-${i}`} node={child} index={i} />);
}

function Inline(props: { node: RichNode; index: number }) {
  return <>{inline(props.node, props.index)}</>;
}

/** One block of rich text, rendered read-only (snapshots, previews). Unknown blocks show their content. */
export function Block({ node }: { node: RichNode }) {
  switch (node.type) {
    case 'paragraph':
      return <p>{children(node)}</p>;
    case 'heading': {
      const level = Math.min(6, Math.max(3, Number(node.attrs?.level ?? 3) + 1));
      const Tag = `h${level}` as 'h3' | 'h4' | 'h5' | 'h6';
      return <Tag>{children(node)}</Tag>;
    }
    case 'bulletList':
      return <ul>{children(node)}</ul>;
    case 'orderedList':
      return <ol>{children(node)}</ol>;
    case 'listItem':
      return <li>{children(node)}</li>;
    case 'blockquote':
      return <blockquote>{children(node)}</blockquote>;
    case 'codeBlock':
      return (
        <pre>
          <code>{children(node)}</code>
        </pre>
      );
    case 'horizontalRule':
      return <hr />;
    default:
      return <div className={`rich-${node.type}`}>{children(node)}</div>;
  }
}

/** A list of rich-text blocks. */
export function RichBlocks(props: { nodes: readonly RichNode[] }) {
  return (
    <>
      {props.nodes.map((node, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: read-only rich text never reorders
        <Block key={`${node.type}-${i}`} node={node} />
      ))}
    </>
  );
}
