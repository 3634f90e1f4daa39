import { performance } from 'node:perf_hooks';
import { findEvents } from '../../src/jobs/queries.js';
import type { PostgresStore } from '../../src/store/postgres/index.js';
import { ensurePartitions } from '../../src/store/postgres/open.js';

/** Id offset of the k-th copy: above any id a bench store holds. */
const STRIDE = 10_000_000;

/**
 * Grows a PostgreSQL store to ≥ `target` events: the stored events (with their participants and
 * event list rows) copied, copy k moved k % 1095 days later, so the copies spread over three years. Returns the
 * events the store then holds.
 */
export async function growPostgresStore(store: PostgresStore, target: number): Promise<{ events: number; base: number; seconds: number }> {
  const started = performance.now();
  const base = (await store.stats()).events;
  const copies = Math.ceil(target / base) - 1;
  const [range] = (await store.pool.query<{ first: string; last: string }>('SELECT min(day)::text AS first, max(day)::text AS last FROM events')).rows;
  const days: string[] = [];
  for (let t = Date.parse(range.first); t <= Date.parse(range.last) + (1095 + 31) * 86_400_000; t += 28 * 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  await ensurePartitions(store.pool, days);
  const shifted = (column: string) => `CASE WHEN ${column} ~ '^\\d{4}-\\d{2}-\\d{2}' THEN to_char(left(${column}, 10)::date + k % 1095, 'YYYY-MM-DD') END`;
  for (let from = 1; from <= copies; from += 50) {
    const to = Math.min(copies, from + 49);
    await store.pool.query(
      `INSERT INTO events (id, day, type, cameo, mode, context, status, date_value, earliest, latest, window_start, window_end, reciprocal, place, first_reported, last_reported, sources, text)
       SELECT k::bigint * ${STRIDE} + e.id, e.day + k % 1095, e.type, e.cameo, e.mode, e.context, e.status, NULL, ${shifted('e.earliest')}, ${shifted('e.latest')}, ${shifted('e.window_start')},
         ${shifted('e.window_end')}, e.reciprocal, e.place, ${shifted('e.first_reported')}, ${shifted('e.last_reported')}, e.sources, e.text
       FROM events e, generate_series($1::int, $2::int) k WHERE e.id < ${STRIDE}`,
      [from, to],
    );
    await store.pool.query(
      `INSERT INTO event_participants (event, actor, role, side) SELECT k::bigint * ${STRIDE} + p.event, p.actor, p.role, p.side
       FROM event_participants p, generate_series($1::int, $2::int) k WHERE p.event < ${STRIDE}`,
      [from, to],
    );
  }
  // The copies' rows of the event list, made by the view the store's writers make them with.
  await store.pool.query(`INSERT INTO event_list SELECT * FROM event_list_rows WHERE id >= ${STRIDE}`);
  // As autovacuum leaves a store that has been written to: statistics taken, hint bits set.
  await store.pool.query('VACUUM ANALYZE');
  return { events: (await store.stats()).events, base, seconds: (performance.now() - started) / 1000 };
}

/**
 * The filtered event list as `readout events` asks for it, 120 queries (each of 60 run twice):
 * by each of the ten most frequent countries, a dyad of two of them, a type in a month, a country
 * in a half-year, a status, a CAMEO root. Milliseconds per query, sorted.
 */
export async function eventListLatency(store: PostgresStore): Promise<number[]> {
  const countries = (await store.pool.query<{ side: string }>("SELECT side FROM event_participants WHERE side ~ '^[A-Z]{3}$' GROUP BY side ORDER BY count(*) DESC LIMIT 10")).rows.map((r) => r.side);
  const queries: (() => Promise<unknown>)[] = [];
  for (let i = 0; i < 10; i++) {
    const year = 1988 + i * 2;
    queries.push(
      () => findEvents(store, { country: countries[i % countries.length], limit: 50 }),
      () => findEvents(store, { dyad: [countries[i % countries.length], countries[(i + 1) % countries.length]], limit: 50 }),
      () => findEvents(store, { type: 'CONSULT', from: `${year}-03-01`, to: `${year}-03-31`, limit: 50 }),
      () => findEvents(store, { country: countries[i % countries.length], from: `${year}-01-01`, to: `${year}-06-30`, limit: 50 }),
      () => findEvents(store, { status: 'planned', limit: 50 }),
      () => findEvents(store, { cameo: '04', limit: 50 }),
    );
  }
  const ms: number[] = [];
  for (const q of [...queries, ...queries]) {
    const t = performance.now();
    await q();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b);
}

/** "p50 … ms, p95 … ms, max … ms" of sorted milliseconds. */
export function percentiles(ms: number[]): string {
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${ms[ms.length - 1].toFixed(1)} ms`;
}
