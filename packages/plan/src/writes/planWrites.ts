import * as Y from 'yjs';
import { newId } from '../ids.ts';
import {
  allFragments,
  orderedTeams,
  type SectionKey,
  sectionFragment,
  TEAM,
  teamBody,
  teamsMap,
} from '../layout.ts';
import { paragraph, type RichNode, text } from '../richText.ts';
import { goalNode, itemNode, teamTemplate } from '../templates.ts';
import type { Decision, Status, TeamPartKind } from '../vocabulary.ts';
import { elementsBelow, normalizeRich, replaceFragment, stringAttr, toYElement } from '../yxml.ts';

/**
 * The typed write API. Each function is one Yjs transaction (with the given
 * origin, so undo managers and the server can tell who wrote it) and throws
 * PlanWriteError when its target does not exist.
 */

/** A write aimed at something that is not in the plan. */
export class PlanWriteError extends Error {
  override name = 'PlanWriteError';
}

/** The element with the given id in any fragment, with its parent. */
export function findElement(doc: Y.Doc, id: string): Y.XmlElement | undefined {
  for (const fragment of allFragments(doc)) {
    for (const element of elementsBelow(fragment)) {
      if (stringAttr(element, 'id') === id) return element;
    }
  }
  return undefined;
}

function mustFind(doc: Y.Doc, id: string, types: string[]): Y.XmlElement {
  const element = findElement(doc, id);
  if (!element || !types.includes(element.nodeName)) {
    throw new PlanWriteError(`No ${types.join('/')} with id ${id}`);
  }
  return element;
}

function setAttr(element: Y.XmlElement, key: string, value: unknown): void {
  if (value === null || value === undefined) element.removeAttribute(key);
  else element.setAttribute(key, value as string);
}

/** Sets the one owner of a goal, sub-goal or item (null clears it). */
export function setOwner(doc: Y.Doc, id: string, owner: string | null, origin?: unknown): void {
  doc.transact(() => setAttr(mustFind(doc, id, ['goal', 'subGoal', 'item']), 'owner', owner), origin);
}

/** Sets the ✅/🔁/❌ status of a goal, 🎯 statement or item (null: open). */
export function setStatus(doc: Y.Doc, id: string, status: Status | null, origin?: unknown): void {
  doc.transact(() => setAttr(mustFind(doc, id, ['goal', 'statement', 'item']), 'status', status), origin);
}

/** Marks a hang-over item prioritised or deprioritised (null: undecided). */
export function setDecision(doc: Y.Doc, id: string, decision: Decision | null, origin?: unknown): void {
  doc.transact(() => setAttr(mustFind(doc, id, ['item']), 'decision', decision), origin);
}

/** Flags a goal or headline as a 50:50 moonshot. */
export function setFiftyFifty(doc: Y.Doc, id: string, flag: boolean, origin?: unknown): void {
  doc.transact(() => setAttr(mustFind(doc, id, ['goal', 'headline']), 'fiftyFifty', flag), origin);
}

/** Replaces a goal's collaborators. */
export function setCollaborators(doc: Y.Doc, id: string, handles: string[], origin?: unknown): void {
  doc.transact(() => setAttr(mustFind(doc, id, ['goal']), 'collaborators', [...new Set(handles)]), origin);
}

/** Inserts a node at `index` of a fragment or element (end when omitted). */
function insertNode(parent: Y.XmlFragment | Y.XmlElement, node: RichNode, index?: number): void {
  const at = index === undefined ? parent.length : Math.max(0, Math.min(index, parent.length));
  parent.insert(at, [toYElement(normalizeRich(node))]);
}

/** Adds a goal to the proposed goals or the retro outcomes; returns its id. */
export function addGoal(
  doc: Y.Doc,
  section: Extract<SectionKey, 'proposedGoals' | 'retroOutcomes'>,
  input: Parameters<typeof goalNode>[0],
  options: { index?: number; origin?: unknown } = {},
): string {
  const node = goalNode(input);
  doc.transact(() => insertNode(sectionFragment(doc, section), node, options.index), options.origin);
  return String(node.attrs?.id);
}

/** Adds a headline goal; returns its id. */
export function addHeadline(
  doc: Y.Doc,
  input: { text: string; fiftyFifty?: boolean },
  options: { index?: number; origin?: unknown } = {},
): string {
  const id = newId();
  const node: RichNode = {
    type: 'headline',
    attrs: { id, fiftyFifty: input.fiftyFifty ?? false },
    ...(input.text ? { content: [text(input.text)] } : {}),
  };
  doc.transact(() => insertNode(sectionFragment(doc, 'headline'), node, options.index), options.origin);
  return id;
}

/** Adds a 🎯 statement to a goal (after its last statement); returns its id. */
export function addStatement(doc: Y.Doc, goalId: string, value: string, origin?: unknown): string {
  const id = newId();
  doc.transact(() => {
    const goal = mustFind(doc, goalId, ['goal']);
    const node: RichNode = {
      type: 'statement',
      attrs: { id, status: null },
      ...(value ? { content: [text(value)] } : {}),
    };
    insertNode(goal, node, lastIndexOf(goal, 'statement') + 1 || undefined);
  }, origin);
  return id;
}

/** Adds a sub-goal with its own owner to a goal; returns its id. */
export function addSubGoal(
  doc: Y.Doc,
  goalId: string,
  value: string,
  owner: string | null,
  origin?: unknown,
): string {
  const id = newId();
  doc.transact(() => {
    const goal = mustFind(doc, goalId, ['goal']);
    const node: RichNode = {
      type: 'subGoal',
      attrs: { id, owner },
      ...(value ? { content: [text(value)] } : {}),
    };
    insertNode(goal, node, lastIndexOf(goal, 'subGoal') + 1 || 1);
  }, origin);
  return id;
}

function lastIndexOf(parent: Y.XmlElement, nodeName: string): number {
  const children = parent.toArray();
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child instanceof Y.XmlElement && child.nodeName === nodeName) return i;
  }
  return -1;
}

/** Adds a team section from the template (after the last team); returns its id. */
export function addTeam(doc: Y.Doc, name: string, origin?: unknown): string {
  const id = newId();
  doc.transact(() => {
    const teams = orderedTeams(doc);
    const last = teams.at(-1)?.[1].get(TEAM.order);
    const entry = new Y.Map<unknown>();
    const body = new Y.XmlFragment();
    entry.set(TEAM.name, name);
    entry.set(TEAM.order, (typeof last === 'number' ? last : 0) + 1);
    entry.set(TEAM.body, body);
    teamsMap(doc).set(id, entry);
    replaceFragment(body, teamTemplate().content ?? []);
  }, origin);
  return id;
}

function mustTeam(doc: Y.Doc, teamId: string): Y.Map<unknown> {
  const team = teamsMap(doc).get(teamId);
  if (!(team instanceof Y.Map)) throw new PlanWriteError(`No team with id ${teamId}`);
  return team;
}

/** Renames a team. */
export function renameTeam(doc: Y.Doc, teamId: string, name: string, origin?: unknown): void {
  doc.transact(() => mustTeam(doc, teamId).set(TEAM.name, name), origin);
}

/** Removes a team section with everything in it. */
export function removeTeam(doc: Y.Doc, teamId: string, origin?: unknown): void {
  doc.transact(() => {
    mustTeam(doc, teamId);
    teamsMap(doc).delete(teamId);
  }, origin);
}

/**
 * Moves a team to position `toIndex` among the teams by giving it an order
 * between its new neighbours: no content is copied, so edits made inside the
 * team at the same time are kept.
 */
export function moveTeam(doc: Y.Doc, teamId: string, toIndex: number, origin?: unknown): void {
  doc.transact(() => {
    const team = mustTeam(doc, teamId);
    const others = orderedTeams(doc).filter(([id]) => id !== teamId);
    const at = Math.max(0, Math.min(toIndex, others.length));
    const orderAt = (i: number) => {
      const value = others[i]?.[1].get(TEAM.order);
      return typeof value === 'number' ? value : undefined;
    };
    const before = orderAt(at - 1);
    const after = orderAt(at);
    const order =
      before === undefined && after === undefined
        ? 1
        : before === undefined
          ? (after ?? 0) - 1
          : after === undefined
            ? before + 1
            : (before + after) / 2;
    team.set(TEAM.order, order);
  }, origin);
}

/** Adds an item to one part of a team (hang-over, high or low priority); returns its id. */
export function addItem(
  doc: Y.Doc,
  teamId: string,
  kind: Exclude<TeamPartKind, 'retro'>,
  input: Omit<Parameters<typeof itemNode>[0], 'id'>,
  options: { index?: number; origin?: unknown } = {},
): string {
  const node = itemNode(input);
  doc.transact(() => {
    const body = teamBody(mustTeam(doc, teamId));
    if (!body) throw new PlanWriteError(`Team ${teamId} has no body`);
    let part = body
      .toArray()
      .find(
        (child): child is Y.XmlElement =>
          child instanceof Y.XmlElement && child.getAttribute('kind') === kind,
      );
    if (!part) {
      // A part deleted by an editor is recreated rather than losing the item.
      insertNode(body, { type: 'teamPart', attrs: { kind }, content: [] });
      part = body.get(body.length - 1) as Y.XmlElement;
    }
    // Items go after the last item, before trailing free text such as the template's empty line.
    const lastItem = lastIndexOf(part, 'item');
    const index = options.index ?? lastItem + 1;
    insertNode(part, node, index);
  }, options.origin);
  return String(node.attrs?.id);
}

/** Removes a goal, headline, statement, sub-goal or item. */
export function removeNode(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => {
    const element = mustFind(doc, id, ['goal', 'headline', 'statement', 'subGoal', 'item']);
    const parent = element.parent;
    if (!(parent instanceof Y.XmlFragment || parent instanceof Y.XmlElement)) return;
    const index = parent.toArray().indexOf(element);
    if (index >= 0) parent.delete(index, 1);
  }, origin);
}

/**
 * Moves a typed node to `toIndex` among its siblings. Yjs cannot move a
 * nested type, so this copies the node and deletes the original in one
 * transaction; text typed into it concurrently by someone else is lost, as
 * with drag and drop in the editor.
 */
export function moveNode(doc: Y.Doc, id: string, toIndex: number, origin?: unknown): void {
  doc.transact(() => {
    const element = mustFind(doc, id, ['goal', 'headline', 'statement', 'subGoal', 'item']);
    const parent = element.parent;
    if (!(parent instanceof Y.XmlFragment || parent instanceof Y.XmlElement)) return;
    const from = parent.toArray().indexOf(element);
    const copy = element.clone();
    parent.delete(from, 1);
    parent.insert(Math.max(0, Math.min(toIndex, parent.length)), [copy]);
  }, origin);
}

/** Replaces the plain text of a one-line typed node (title, statement, item…), keeping its attributes. */
export function setLineText(doc: Y.Doc, id: string, value: string, origin?: unknown): void {
  doc.transact(() => {
    const element = mustFind(doc, id, ['headline', 'statement', 'subGoal', 'item']);
    if (element.length > 0) element.delete(0, element.length);
    if (value) element.insert(0, [new Y.XmlText(value)]);
  }, origin);
}

/** Replaces a goal's title, creating the title line if a merge removed it. */
export function setGoalTitle(doc: Y.Doc, goalId: string, value: string, origin?: unknown): void {
  doc.transact(() => {
    const goal = mustFind(doc, goalId, ['goal']);
    const title = goal
      .toArray()
      .find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === 'goalTitle');
    if (title) title.delete(0, title.length);
    const target = title ?? new Y.XmlElement('goalTitle');
    if (!title) goal.insert(0, [target]);
    if (value) target.insert(0, [new Y.XmlText(value)]);
  }, origin);
}

/** Replaces the free rich text of a section (retro discussion, priorities) with the given blocks. */
export function setSectionBlocks(
  doc: Y.Doc,
  section: SectionKey,
  blocks: RichNode[],
  origin?: unknown,
): void {
  doc.transact(
    () => replaceFragment(sectionFragment(doc, section), blocks.length ? blocks : [paragraph()]),
    origin,
  );
}
