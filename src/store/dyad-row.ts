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

export function dyadCount(r: DyadRow): DyadCount {
  return {
    actor: { id: r.a_id, name: r.a_name, country: r.a_country, kind: r.a_kind },
    recipient: { id: r.r_id, name: r.r_name, country: r.r_country, kind: r.r_kind },
    type: r.type,
    mode: r.mode,
    events: r.events,
  };
}
