import { addGoal, addTeam, readPlanDocument, sectionFragment, toPlanView } from '@sprintboard/plan';
import * as Y from 'yjs';

/**
 * Edits the scale tests make, each leaving a unique marker that no other
 * client's edit can split (markers go into new nodes, or at the end of a
 * paragraph only their writer appends to), so "is this edit still there"
 * is a substring test on the plan's JSON view.
 */

/** The plan as the typed view, as JSON: what every check compares. */
export function planJson(doc: Y.Doc): string {
  return JSON.stringify(toPlanView(readPlanDocument(doc)));
}

/** Markers of `markers` that `json` lacks (whole markers: `m-1` is not found inside `m-12`). */
export function missingFrom(json: string, markers: readonly string[]): string[] {
  const present = new Set(json.match(/[\w.-]+/g) ?? []);
  return markers.filter((marker) => !present.has(marker));
}

/** A new team named `marker`. */
export function addMarkedTeam(doc: Y.Doc, marker: string): void {
  addTeam(doc, marker);
}

/** A new proposed goal titled `marker`, with one 🎯 statement. */
export function addMarkedGoal(doc: Y.Doc, marker: string): void {
  addGoal(doc, 'proposedGoals', { title: marker, owner: null, statements: [`${marker} done`] });
}

/** A new paragraph holding `marker`, at the end of the retro discussion; returns it for appends. */
export function addMarkedParagraph(doc: Y.Doc, marker: string): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph');
  doc.transact(() => {
    const fragment = sectionFragment(doc, 'retroDiscussion');
    fragment.insert(fragment.length, [paragraph]);
    paragraph.insert(0, [new Y.XmlText(marker)]);
  });
  return paragraph;
}

/** Appends ` marker` to a paragraph only this writer appends to (typing at the end of one's own line). */
export function appendMarker(paragraph: Y.XmlElement, marker: string): void {
  const text = paragraph.get(0);
  if (!(text instanceof Y.XmlText)) throw new Error('paragraph without text');
  text.insert(text.length, ` ${marker}`);
}
