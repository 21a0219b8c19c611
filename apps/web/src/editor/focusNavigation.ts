/** Attribute marking each section editor (or its not-yet-mounted stand-in) for Tab navigation. */
export const SECTION_EDITOR_ATTR = 'data-section-editor';

/**
 * Moves focus from one section editor to the next (1) or previous (-1) in
 * page order. Returns false at either end, so the browser's own Tab moves on
 * to the controls beyond.
 */
export function focusNextEditor(from: HTMLElement, direction: 1 | -1): boolean {
  const editors = [...document.querySelectorAll<HTMLElement>(`[${SECTION_EDITOR_ATTR}]`)];
  const index = editors.indexOf(from);
  const target = index < 0 ? undefined : editors[index + direction];
  if (!target) return false;
  target.focus({ preventScroll: false });
  target.scrollIntoView({ block: 'nearest' });
  return true;
}
