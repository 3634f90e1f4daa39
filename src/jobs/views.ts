import type { Period, PlaceCount, Store } from '../store/store.js';
import { scoreOf } from './export.js';
import { eventCriteria, type EventQuery } from './queries.js';

/** A query for an aggregate: every event filter, without paging. */
export type EventSelection = Omit<EventQuery, 'limit' | 'after' | 'order'>;

/** What a timeline's series are split by: PLOVER type, quad class, or status. */
export type Stack = 'type' | 'quad' | 'status';

const QUAD_NAMES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export interface Timeline {
  periods: string[];
  /** One series per key, with a count for each period (same order as `periods`). */
  series: { key: string; counts: number[] }[];
  /** Events with no day at all, left out of the periods. */
  undated: number;
}

/** Events over time: counts per period, one series per type, quad class or status, largest series first. */
export async function eventTimeline(store: Store, selection: EventSelection, period: Period, stack: Stack): Promise<Timeline> {
  const counts = await store.countEvents(eventCriteria(selection), period);
  const periods = [...new Set(counts.flatMap((c) => (c.period ? [c.period] : [])))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const series = new Map<string, number[]>();
  let undated = 0;
  for (const c of counts) {
    if (!c.period) {
      undated += c.events;
      continue;
    }
    const key = stack === 'type' ? c.type : stack === 'status' ? c.status : QUAD_NAMES[scoreOf(c.type, c.mode).quad];
    let row = series.get(key);
    if (!row) series.set(key, (row = periods.map(() => 0)));
    row[index.get(c.period)!] += c.events;
  }
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { periods, series: [...series].map(([key, counts]) => ({ key, counts })).sort((a, b) => total(b.counts) - total(a.counts) || a.key.localeCompare(b.key)), undated };
}

export interface NetworkNode {
  id: number;
  name: string;
  country: string | null;
  kind: string;
  events: number;
}

export interface NetworkEdge {
  source: number;
  target: number;
  events: number;
  /** Mean PLOVER conflict–cooperation score of the pair's events: below 0 conflict, above 0 cooperation. */
  score: number;
  /** Events per PLOVER type. */
  types: Record<string, number>;
}

/** The actor network of matching events: actor → recipient edges weighted by events and scored conflict–cooperation. */
export async function eventNetwork(store: Store, selection: EventSelection, limit: number): Promise<{ nodes: NetworkNode[]; edges: NetworkEdge[] }> {
  const dyads = await store.eventDyads(eventCriteria(selection), limit);
  const nodes = new Map<number, NetworkNode>();
  const edges = new Map<string, NetworkEdge & { scoreSum: number }>();
  for (const d of dyads) {
    if (d.actor.id === d.recipient.id) continue;
    for (const who of [d.actor, d.recipient]) {
      const node = nodes.get(who.id) ?? { ...who, events: 0 };
      node.events += d.events;
      nodes.set(who.id, node);
    }
    const key = `${d.actor.id}>${d.recipient.id}`;
    const edge = edges.get(key) ?? { source: d.actor.id, target: d.recipient.id, events: 0, score: 0, scoreSum: 0, types: {} };
    edge.events += d.events;
    edge.scoreSum += scoreOf(d.type, d.mode).score * d.events;
    edge.types[d.type] = (edge.types[d.type] ?? 0) + d.events;
    edges.set(key, edge);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].map(({ scoreSum, ...edge }) => ({ ...edge, score: Math.round((scoreSum / edge.events) * 100) / 100 })),
  };
}

/** Places of matching events, with coordinates where the gazetteer gave them. */
export function eventMap(store: Store, selection: EventSelection, limit: number): Promise<PlaceCount[]> {
  return store.eventPlaces(eventCriteria(selection), limit);
}
