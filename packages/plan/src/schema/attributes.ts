import type { Attribute } from '@tiptap/core';
import { isDecision, isStatus } from '../vocabulary.ts';

/**
 * Attribute specs shared by the typed nodes. Each attribute is stored on the
 * Y.XmlElement of its node (y-prosemirror's mapping), so concurrent changes
 * to one attribute resolve last-writer-wins: a goal always has one owner.
 * Values are rendered as data-* attributes so copy and paste keeps them.
 */

/** Stable id of a typed node; unique within a plan (repaired on load if a paste duplicates it). */
export const idAttribute: Attribute = {
  default: null,
  parseHTML: (el) => el.getAttribute('data-id'),
  renderHTML: (attrs) => (attrs.id ? { 'data-id': attrs.id } : {}),
};

/** Handle of the one person who owns the node, without '@'; null while unassigned. */
export const ownerAttribute: Attribute = {
  default: null,
  parseHTML: (el) => el.getAttribute('data-owner'),
  renderHTML: (attrs) => (attrs.owner ? { 'data-owner': attrs.owner } : {}),
};

/** ✅ / 🔁 / ❌ outcome, or null while open. */
export const statusAttribute: Attribute = {
  default: null,
  parseHTML: (el) => {
    const value = el.getAttribute('data-status');
    return isStatus(value) ? value : null;
  },
  renderHTML: (attrs) => (attrs.status ? { 'data-status': attrs.status } : {}),
};

/** A moonshot flag: we think the odds of hitting it are even. */
export const fiftyFiftyAttribute: Attribute = {
  default: false,
  parseHTML: (el) => el.getAttribute('data-fifty-fifty') === 'true',
  renderHTML: (attrs) => (attrs.fiftyFifty ? { 'data-fifty-fifty': 'true' } : {}),
};

/** Prioritised / deprioritised decision on a hang-over item. */
export const decisionAttribute: Attribute = {
  default: null,
  parseHTML: (el) => {
    const value = el.getAttribute('data-decision');
    return isDecision(value) ? value : null;
  },
  renderHTML: (attrs) => (attrs.decision ? { 'data-decision': attrs.decision } : {}),
};
