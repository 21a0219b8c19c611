import { type Decision, isDecision, isStatus, type Status } from '@sprintboard/plan';
import type { Node as PMNode } from '@tiptap/pm/model';

/** A node's string attribute, or null when empty or of another type. */
export function strAttr(node: PMNode, key: string): string | null {
  const value: unknown = node.attrs[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** A node's status attribute. */
export function statusAttr(node: PMNode): Status | null {
  const value: unknown = node.attrs.status;
  return isStatus(value) ? value : null;
}

/** A node's decision attribute. */
export function decisionAttr(node: PMNode): Decision | null {
  const value: unknown = node.attrs.decision;
  return isDecision(value) ? value : null;
}

/** A goal's collaborators. */
export function collaboratorsAttr(node: PMNode): string[] {
  const value: unknown = node.attrs.collaborators;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}

/** The plain text of a node, for accessible names ("item Ship search"). */
export function shortText(node: PMNode, max = 40): string {
  const text = node.textContent.trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text || '(empty)';
}
