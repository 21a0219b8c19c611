/**
 * Caret and avatar colours: saturated enough to read white text on, distinct
 * from each other, and valid for CollaborationCaret (which accepts only
 * #rrggbb).
 */
export const PALETTE = [
  '#e5484d',
  '#d6409f',
  '#8e4ec6',
  '#6e56cf',
  '#3e63dd',
  '#0090ff',
  '#00a2c7',
  '#12a594',
  '#30a46c',
  '#46a758',
  '#ad7f58',
  '#f76b15',
] as const;

/**
 * The colour of a person, the same in every browser and every session: a
 * FNV-1a hash of the case-folded handle picks a palette entry.
 */
export function colorForHandle(handle: string): string {
  const key = handle.trim().replace(/^@+/, '').toLowerCase();
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0];
}

/** One or two letters for an avatar: initials of the name, else of the handle. */
export function initialsOf(name: string, handle: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters =
    words.length >= 2 ? `${words[0]?.[0] ?? ''}${words.at(-1)?.[0] ?? ''}` : (words[0] ?? handle).slice(0, 2);
  return letters.toUpperCase() || '?';
}
