import type { DyadCount } from './store.js';

/** An actor–recipient pair as the adapters' dyad queries read it: both actors flattened into columns. */
export interface DyadRow {
  a_id: number;
  a_name: string;
  a_country: string | null;
  a_kind: string;
  r_id: number;
  r_name: string;
  r_country: string | null;
  r_kind: string;
  type: string;
  mode: string | null;
  events: number;
}

/**
 * The columns of a DyadRow and the joins that give them, from the table of events `events` (as
 * `e`, with its id, type and mode), in SQL both adapters speak; each adds its own filters,
 * grouping (by a.id, r.id, e.type, e.mode) and order.
 */
export const dyadSelect = (events: string) => `SELECT a.id AS a_id, a.name AS a_name, a.country AS a_country, a.kind AS a_kind,
       r.id AS r_id, r.name AS r_name, r.country AS r_country, r.kind AS r_kind, e.type, e.mode, count(DISTINCT e.id) AS events
     FROM ${events} e
     JOIN event_participants pa ON pa.event = e.id AND pa.role = 'actor' JOIN actors a ON a.id = pa.actor
     JOIN event_participants pr ON pr.event = e.id AND pr.role = 'recipient' JOIN actors r ON r.id = pr.actor`;

export function dyadCount(r: DyadRow): DyadCount {
  return {
    actor: { id: r.a_id, name: r.a_name, country: r.a_country, kind: r.a_kind },
    recipient: { id: r.r_id, name: r.r_name, country: r.r_country, kind: r.r_kind },
    type: r.type,
    mode: r.mode,
    events: r.events,
  };
}
