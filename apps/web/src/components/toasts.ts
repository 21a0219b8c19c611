import { Store } from '../room/Store.ts';

/** A short message in the corner: a confirmation or an error. */
export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

/** The toasts on screen. */
export const toasts = new Store<Toast[]>([]);
let next = 1;

/** Shows a toast for a few seconds. */
export function toast(text: string, tone: Toast['tone'] = 'info'): void {
  const id = next++;
  toasts.update((list) => [...list, { id, text, tone }]);
  setTimeout(() => toasts.update((list) => list.filter((t) => t.id !== id)), tone === 'error' ? 7000 : 3500);
}

/** Shows an error's message as a toast. */
export function toastError(error: unknown): void {
  toast(error instanceof Error ? error.message : String(error), 'error');
}
