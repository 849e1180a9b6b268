import { useSyncExternalStore, type MouseEvent } from 'react';

/*
 * A router small enough to read: the History API, one event, two routes. The server
 * serves index.html for unknown paths, so deep links to /graphs/:id work on reload.
 */

const NAVIGATE_EVENT = 'pc:navigate';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
};

const getPathname = () => window.location.pathname;

export const usePathname = (): string => useSyncExternalStore(subscribe, getPathname, () => '/');

const getSearch = () => window.location.search;

/** The query string (`?revision=3`), for pages whose view depends on it. */
export const useSearch = (): string => useSyncExternalStore(subscribe, getSearch, () => '');

export const navigate = (path: string, { replace = false }: { replace?: boolean } = {}): void => {
  if (path === window.location.pathname + window.location.search) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
};

export type Route =
  | { name: 'graphs' }
  | { name: 'canvas'; graphId: string }
  | { name: 'sign-in' }
  | { name: 'sign-up' }
  | { name: 'members' }
  | { name: 'api-keys' }
  | { name: 'batches' }
  | { name: 'batch'; batchId: string }
  | { name: 'not-found'; path: string };

/** Pure so it can be tested without a browser. */
export const matchRoute = (pathname: string): Route => {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/graphs') return { name: 'graphs' };
  if (path === '/signin') return { name: 'sign-in' };
  if (path === '/signup') return { name: 'sign-up' };
  if (path === '/members') return { name: 'members' };
  if (path === '/settings/api-keys') return { name: 'api-keys' };
  if (path === '/batches') return { name: 'batches' };
  const batch = /^\/batches\/([^/]+)$/.exec(path);
  if (batch?.[1]) return { name: 'batch', batchId: decodeURIComponent(batch[1]) };
  const canvas = /^\/graphs\/([^/]+)$/.exec(path);
  if (canvas?.[1]) return { name: 'canvas', graphId: decodeURIComponent(canvas[1]) };
  return { name: 'not-found', path };
};

export const graphPath = (graphId: string) => `/graphs/${encodeURIComponent(graphId)}`;
export const batchPath = (batchId: string) => `/batches/${encodeURIComponent(batchId)}`;

/** onClick for an <a href>: client-side navigation unless the user asked for a new tab. */
export const followLink = (event: MouseEvent<HTMLAnchorElement>) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
};

/** Public pages: everything else needs a session. */
export const isPublicRoute = (route: Route): boolean => route.name === 'sign-in' || route.name === 'sign-up';

/** `/signin?next=<where they were>`, for a signed-out person. */
export const signInPath = (next: string): string => (next === '/' || next.startsWith('/signin') ? '/signin' : `/signin?next=${encodeURIComponent(next)}`);

/**
 * Where to go after signing in: the `next` parameter when it is a path on this site
 * (never `//evil.example` or `https://…`: an open redirect would help phishing).
 */
export const nextPathFrom = (search: string): string => {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
};
