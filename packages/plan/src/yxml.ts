import * as Y from 'yjs';
import type { RichDoc, RichMark, RichNode } from './richText.ts';
import { planSchema } from './schema/planSchema.ts';

/**
 * Conversion between rich-text JSON and the Y.XmlFragment/Y.XmlElement tree,
 * using exactly y-prosemirror's mapping (node name = element name, non-null
 * attrs = element attributes, runs of text = one Y.XmlText whose formatting
 * attributes are mark name → mark attrs), so what the server writes is what
 * the editor would have written.
 */

/** Normalise JSON through the schema: fills attribute defaults, drops nothing valid. */
export function normalizeRich(node: RichNode): RichNode {
  return planSchema().nodeFromJSON(node).toJSON() as RichNode;
}

/** Y elements for a list of nodes (consecutive text nodes share one Y.XmlText). */
export function toYNodes(nodes: RichNode[]): Array<Y.XmlElement | Y.XmlText> {
  const out: Array<Y.XmlElement | Y.XmlText> = [];
  let run: RichNode[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const yText = new Y.XmlText();
    yText.applyDelta(run.map((t) => ({ insert: t.text ?? '', attributes: markAttributes(t.marks) })));
    out.push(yText);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.text) run.push(node);
      continue;
    }
    flush();
    out.push(toYElement(node));
  }
  flush();
  return out;
}

/** One Y.XmlElement for an element node (not a text node). */
export function toYElement(node: RichNode): Y.XmlElement {
  const element = new Y.XmlElement(node.type);
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value !== null && value !== undefined) element.setAttribute(key, value as string);
  }
  element.insert(0, toYNodes(node.content ?? []));
  return element;
}

function markAttributes(marks: RichMark[] | undefined): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const mark of marks ?? []) attrs[mark.type] = mark.attrs ?? {};
  return attrs;
}

/**
 * The fragment as JSON, attribute defaults filled from the schema. A pure
 * read: unlike y-prosemirror's reader it never repairs (deletes) anything, so
 * reading a snapshot or a locked board leaves it untouched. Nodes the schema
 * does not know (from a newer client) are kept as they are.
 */
export function fragmentToRich(fragment: Y.XmlFragment): RichDoc {
  return { type: 'doc', content: childrenToRich(fragment) };
}

function childrenToRich(parent: Y.XmlFragment | Y.XmlElement): RichNode[] {
  const out: RichNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) out.push(elementToRich(child));
    else if (child instanceof Y.XmlText) out.push(...textToRich(child));
  }
  return out;
}

function elementToRich(element: Y.XmlElement): RichNode {
  const type = element.nodeName;
  const attrs: Record<string, unknown> = {};
  const spec = planSchema().nodes[type]?.spec.attrs ?? {};
  for (const [key, attrSpec] of Object.entries(spec)) attrs[key] = attrSpec.default ?? null;
  Object.assign(attrs, element.getAttributes());
  const node: RichNode = { type };
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  const content = childrenToRich(element);
  if (content.length > 0) node.content = content;
  return node;
}

/** y-prosemirror names overlapping marks `name--hash`; the mark type is the part before. */
const HASHED_MARK = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

function textToRich(yText: Y.XmlText): RichNode[] {
  const out: RichNode[] = [];
  for (const op of yText.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
    if (typeof op.insert !== 'string' || op.insert.length === 0) continue;
    const marks: RichMark[] = Object.entries(op.attributes ?? {}).map(([name, value]) => {
      const type = HASHED_MARK.exec(name)?.[1] ?? name;
      const attrs = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
      return Object.keys(attrs).length > 0 ? { type, attrs } : { type };
    });
    out.push(marks.length > 0 ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert });
  }
  return out;
}

/** Replace a fragment's whole content with the given blocks (inside the caller's transaction). */
export function replaceFragment(fragment: Y.XmlFragment, content: RichNode[]): void {
  if (fragment.length > 0) fragment.delete(0, fragment.length);
  fragment.insert(0, toYNodes(content.map(normalizeRich)));
}

/** Depth-first walk over the elements below a fragment or element. */
export function* elementsBelow(parent: Y.XmlFragment | Y.XmlElement): Generator<Y.XmlElement> {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlElement) {
      yield child;
      yield* elementsBelow(child);
    }
  }
}

/** The element's string attribute, or null. */
export function stringAttr(element: Y.XmlElement, key: string): string | null {
  const value: unknown = element.getAttribute(key);
  return typeof value === 'string' ? value : null;
}
