import { useEffect, useState } from 'preact/hooks';

/** The filters the sidebar sets: the query parameters of GET /api/events. */
export const FILTERS = ['actor', 'country', 'dyad', 'type', 'cameo', 'status', 'from', 'to', 'place', 'text'] as const;
export type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

/** Where the UI is: the page (overview, an event, an article) and the filters, all in the URL so a view can be shared. */
export interface Route {
  page: 'overview' | 'event' | 'article';
  id: string | null;
  filters: Filters;
  stack: string;
}

export function readRoute(): Route {
  const q = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const f of FILTERS) {
    const v = q.get(f)?.trim();
    if (v) filters[f] = v;
  }
  const page = q.get('event') ? 'event' : q.get('article') ? 'article' : 'overview';
  return { page, id: q.get('event') ?? q.get('article'), filters, stack: q.get('stack') ?? 'type' };
}

/** A URL for the route: filters first, then the page. */
export function hrefOf(route: Partial<Route>): string {
  const current = readRoute();
  const next = { ...current, ...route };
  const q = new URLSearchParams();
  for (const f of FILTERS) if (next.filters[f]) q.set(f, next.filters[f]!);
  if (next.stack !== 'type') q.set('stack', next.stack);
  if (next.page !== 'overview' && next.id) q.set(next.page, next.id);
  const s = q.toString();
  return s ? `?${s}` : location.pathname;
}

export function navigate(href: string): void {
  history.pushState(null, '', href);
  dispatchEvent(new PopStateEvent('popstate'));
}

/** The route, kept in step with the address bar (back and forward included). */
export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const onPop = () => setRoute(readRoute());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  return route;
}

/** Query parameters of the filters for the API. */
export function filterParams(filters: Filters, extra: Record<string, string> = {}): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q;
}

/** Fetches with the latest arguments; older answers are dropped. */
export function useFetch<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): { data: T | null; error: string | null; loading: boolean } {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true });
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    load(controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (err: Error) => {
        if (!controller.signal.aborted) setState({ data: null, error: err.message, loading: false });
      },
    );
    return () => controller.abort();
  }, deps);
  return state;
}
