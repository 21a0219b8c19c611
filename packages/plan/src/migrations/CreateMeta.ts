import type * as Y from 'yjs';
import { META, metaMap } from '../layout.ts';
import type { Migration } from './Migration.ts';

/**
 * v1: makes the `meta` map hold the types readMeta() expects. Early docs
 * were written by a bare editor (no meta at all) or by scripts that stored
 * the sprint number as text ("24", "#24") and dates as full timestamps.
 *
 * Missing fields stay missing: absent reads as unknown (title ''), and
 * writing defaults would only add writes. Values that cannot be understood
 * are kept as they are — readMeta() ignores them, and dropping them would
 * lose what someone typed.
 */
export const CreateMeta: Migration = {
  version: 1,
  name: 'CreateMeta',
  up(doc: Y.Doc) {
    const meta = metaMap(doc);
    const title = meta.get(META.title);
    if (typeof title === 'number') meta.set(META.title, String(title));
    const sprint = meta.get(META.sprintNumber);
    if (typeof sprint === 'string') {
      const digits = SPRINT_NUMBER.exec(sprint)?.[1];
      if (digits !== undefined) meta.set(META.sprintNumber, Number(digits));
    }
    for (const key of [META.startsOn, META.endsOn]) {
      const value = meta.get(key);
      const date = typeof value === 'string' ? TIMESTAMP_DATE.exec(value)?.[1] : undefined;
      if (date !== undefined) meta.set(key, date);
    }
  },
};

/** "24", " 24 ", "#24": a sprint number written as text. */
const SPRINT_NUMBER = /^\s*#?\s*(\d{1,9})\s*$/;

/** An ISO timestamp ("2024-05-06T09:00:00Z"): its date is what the doc means. */
const TIMESTAMP_DATE = /^(\d{4}-\d{2}-\d{2})[T ]\S*$/;
