/**
 * The routes of the web app. The server answers every non-API path with
 * index.html, so these are all the client has to tell apart.
 */
export type Route =
  | { name: 'boards' }
  | { name: 'setup' }
  | { name: 'login'; next: string | null }
  | { name: 'join'; token: string }
  | { name: 'board'; boardId: string }
  | { name: 'snapshot'; boardId: string; snapshotId: string }
  | { name: 'shared'; token: string }
  | { name: 'notFound' };

/** Routes a logged-out visitor may see. */
export const PUBLIC_ROUTES: ReadonlySet<Route['name']> = new Set(['setup', 'login', 'join', 'shared']);

function segment(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The route of a path (and query string, for `?next=`). */
export function matchRoute(pathname: string, search = ''): Route {
  const parts = pathname.split('/').filter(Boolean);
  const [first, second, third, fourth] = parts;
  if (parts.length === 0) return { name: 'boards' };
  if (parts.length === 1 && first === 'setup') return { name: 'setup' };
  if (parts.length === 1 && first === 'login') {
    const next = new URLSearchParams(search).get('next');
    return { name: 'login', next: next?.startsWith('/') && !next.startsWith('//') ? next : null };
  }
  const id = segment(second);
  if (parts.length === 2 && id) {
    if (first === 'join') return { name: 'join', token: id };
    if (first === 'b') return { name: 'board', boardId: id };
    if (first === 's') return { name: 'shared', token: id };
  }
  const snapshotId = segment(fourth);
  if (parts.length === 4 && first === 'b' && id && third === 's' && snapshotId) {
    return { name: 'snapshot', boardId: id, snapshotId };
  }
  return { name: 'notFound' };
}

/** Paths of the routes, for links. */
export const paths = {
  boards: () => '/',
  board: (boardId: string) => `/b/${encodeURIComponent(boardId)}`,
  snapshot: (boardId: string, snapshotId: string) =>
    `/b/${encodeURIComponent(boardId)}/s/${encodeURIComponent(snapshotId)}`,
  login: (next?: string) => (next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  setup: () => '/setup',
};
