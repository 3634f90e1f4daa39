import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestInputs } from '../../src/store/ingest.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { listActors, listEvents, listQuotes, storyOf } from '../../src/store/queries.js';

/**
 * Ingest throughput into a fresh store (all cores, as `readout ingest` runs), then the latency of
 * a mix of the queries `readout events/story/quotes/actors` make, on that filled store.
 */
export async function benchStore(corpus: string, limit: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
  const path = join(dir, 'bench.db');
  const { db } = openStore(path);
  try {
    const threads = availableParallelism();
    const started = performance.now();
    let seen = 0;
    const summary = await ingestInputs(db, [corpus], { threads, batchSize: 100 }, { onArticle: () => seen++, shouldStop: () => seen >= limit });
    const seconds = (performance.now() - started) / 1000;
    const stored = summary.added + summary.updated;
    const lines = [
      `ingest      ${stored} articles into a new store in ${seconds.toFixed(1)} s: ${(stored / seconds).toFixed(1)} articles/s (${threads} worker threads, ${summary.failures.length} failed)`,
      `store       ${summary.events} event reports became ${count(db, 'events')} events (${summary.merged} merged across articles), ${summary.quotes} quotes`,
    ];
    lines.push(queryLatency(db));
    return lines;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function count(db: Store, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** p50/p95/max over a fixed mix of queries, with parameters drawn from what the store holds. */
function queryLatency(db: Store): string {
  const countries = (db.prepare(`SELECT side FROM event_participants WHERE length(side) = 3 GROUP BY side ORDER BY count(*) DESC LIMIT 20`).all() as { side: string }[]).map((r) => r.side);
  const names = (db.prepare(`SELECT name FROM actors WHERE kind = 'person' ORDER BY id LIMIT 20`).all() as { name: string }[]).map((r) => r.name);
  const eventIds = (db.prepare('SELECT id FROM events ORDER BY sources DESC LIMIT 20').all() as { id: number }[]).map((r) => r.id);
  const days = db.prepare('SELECT min(first_reported) AS first, max(last_reported) AS last FROM events').get() as { first: string; last: string };
  const pick = <T>(xs: T[], i: number) => xs[i % Math.max(1, xs.length)];
  const queries: (() => unknown)[] = [];
  for (let i = 0; i < 20; i++) {
    queries.push(
      () => listEvents(db, { country: pick(countries, i), limit: 50 }),
      () => listEvents(db, { dyad: [pick(countries, i), pick(countries, i + 1)], limit: 50 }),
      () => listEvents(db, { type: 'CONSULT', from: days.first, to: days.last, limit: 50 }),
      () => listEvents(db, { status: 'planned', asOf: days.last, limit: 50 }),
      () => listEvents(db, { actor: pick(names, i), limit: 50 }),
      () => listEvents(db, { text: 'talks', limit: 50 }),
      () => storyOf(db, pick(eventIds, i)),
      () => listQuotes(db, { text: 'prices', limit: 50 }),
      () => listQuotes(db, { speaker: pick(names, i), limit: 50 }),
      () => listActors(db, { limit: 50 }),
    );
  }
  const ms = queries.map((q) => {
    const t = performance.now();
    q();
    return performance.now() - t;
  });
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
  return `queries     ${ms.length} (events by country, dyad, type and dates, planned as of a day, actor, text; stories; quotes; actors): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${ms[ms.length - 1].toFixed(1)} ms`;
}
