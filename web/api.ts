/** The API as the UI uses it: GET JSON, errors as exceptions with the server's message. */
export async function getJson<T>(path: string, params: URLSearchParams | null = null, signal?: AbortSignal): Promise<T> {
  const res = await fetch(params && [...params].length ? `${path}?${params}` : path, { signal });
  const body = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }));
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body as T;
}

// The API's shapes are the store's and the jobs' own types (type-only: nothing of them is bundled).
export type { ArticleFact as Fact, EventRow, PlaceCount as Place, StoredArticle as Article, Story } from '../src/store/store.js';
export type { Timeline } from '../src/jobs/views.js';
import type { eventNetwork } from '../src/jobs/views.js';
export type Network = Awaited<ReturnType<typeof eventNetwork>>;
