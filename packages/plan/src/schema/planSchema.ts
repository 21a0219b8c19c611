import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { planExtensions } from './planExtensions.ts';

let cached: Schema | undefined;

/** The ProseMirror schema of every rich-text fragment of a plan (built once). */
export function planSchema(): Schema {
  cached ??= getSchema(planExtensions());
  return cached;
}
