import type { EventKey, EventPage, EventRow } from './store.js';

/** An event row as the adapters' listings read it: with the day it is sorted by, its part of the next page's key. */
export type KeyedEventRow = EventRow & { sort_day: string | null };

/** The page of `limit` rows from the `limit + 1` fetched in the listing's order, with its last row's key when more follow. */
export function pageOf(rows: KeyedEventRow[], limit: number): EventPage {
  const events = rows.slice(0, limit).map(({ sort_day: _, ...row }) => row);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  const next: EventKey | null = last ? { day: last.sort_day, sources: last.sources, id: last.id } : null;
  return { events, next };
}
