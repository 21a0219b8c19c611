/**
 * The browser location as an external store: components read it with
 * useLocation(), and navigate() changes it without a reload.
 */
export interface LocationSnapshot {
  pathname: string;
  search: string;
}

const listeners = new Set<() => void>();
let current: LocationSnapshot = read();

function read(): LocationSnapshot {
  return { pathname: window.location.pathname, search: window.location.search };
}

function update(): void {
  const next = read();
  if (next.pathname === current.pathname && next.search === current.search) return;
  current = next;
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', update);

/** Subscribes to location changes. */
export function subscribeLocation(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current location (a stable object until it changes). */
export function getLocation(): LocationSnapshot {
  return current;
}

/** Goes to a path inside the app. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  update();
  if (!options.replace) window.scrollTo(0, 0);
}
