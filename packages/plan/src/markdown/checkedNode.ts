import { paragraph, plainText, type RichNode, text } from '../richText.ts';
import { planSchema } from '../schema/planSchema.ts';

/**
 * The node as the schema stores it (attribute defaults filled in), repaired
 * where it does not fit the schema: y-prosemirror deletes content that does
 * not fit, so an import must never write any. A node that does not fit is
 * rebuilt from its checked children; failing that, it becomes a paragraph of
 * its text. `onRepair` is told each time, for the report.
 */
export function checkedNode(node: RichNode, onRepair: (node: RichNode) => void): RichNode {
  const direct = tryCheck(node);
  if (direct) return direct;
  if (node.content && node.content.length > 0) {
    const rebuilt = tryCheck({ ...node, content: node.content.map((child) => checkedNode(child, onRepair)) });
    if (rebuilt) return rebuilt;
  }
  onRepair(node);
  if (node.type === 'text') return text(node.text ?? '');
  const value = plainText(node).trim();
  return paragraph(value ? [text(value)] : []);
}

function tryCheck(node: RichNode): RichNode | null {
  try {
    const pmNode = planSchema().nodeFromJSON(node);
    pmNode.check();
    // toJSON is typed `any` by ProseMirror; it is the JSON of a node we just checked.
    return pmNode.toJSON() as RichNode;
  } catch {
    return null;
  }
}
