import * as Y from 'yjs';
import { orderedTeams, SECTION_KEYS, sectionFragment, teamBody } from '../layout.ts';

/** Node names that carry an `id` attribute, unique within a plan. */
export const TYPED_NODE_NAMES: readonly string[] = ['goal', 'headline', 'statement', 'subGoal', 'item'];

/** One typed element and where it sits. */
export interface LocatedElement {
  element: Y.XmlElement;
  /**
   * `section:<key>/i/j…` or `team:<teamId>/i/j…`: the fragment, then child
   * indexes (text nodes counted) from the fragment down. Equal for equal doc
   * states, so ids derived from it agree between processes.
   */
  path: string;
}

/**
 * Every typed element of the doc in document order: the sections in their
 * order, then the team bodies in display order, each depth-first. Identical
 * doc states yield identical sequences, which is what makes the id
 * migrations deterministic.
 */
export function typedElements(doc: Y.Doc): LocatedElement[] {
  const roots: Array<[string, Y.XmlFragment]> = SECTION_KEYS.map((key) => [
    `section:${key}`,
    sectionFragment(doc, key),
  ]);
  for (const [id, team] of orderedTeams(doc)) {
    const body = teamBody(team);
    if (body) roots.push([`team:${id}`, body]);
  }
  const out: LocatedElement[] = [];
  for (const [label, fragment] of roots) collect(fragment, label, out);
  return out;
}

function collect(parent: Y.XmlFragment | Y.XmlElement, path: string, out: LocatedElement[]): void {
  parent.toArray().forEach((child, index) => {
    if (!(child instanceof Y.XmlElement)) return;
    const childPath = `${path}/${index}`;
    if (TYPED_NODE_NAMES.includes(child.nodeName)) out.push({ element: child, path: childPath });
    collect(child, childPath, out);
  });
}
