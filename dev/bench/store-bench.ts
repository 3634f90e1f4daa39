import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestInputs } from '../../src/jobs/ingest.js';
import { findActors, findEvents, findQuotes } from '../../src/jobs/queries.js';
import { openStore } from '../../src/jobs/stores.js';
import type { Store } from '../../src/store/store.js';
import { benchApi } from './api-bench.js';
import { growSqliteStore } from './store-grow.js';

/** The larger store's size, in copies of what was ingested. */
const GROWTH = 5;

/**
 * Ingest throughput into a fresh store (all cores, as `readout ingest` runs), then the latency of
 * a mix of the queries `readout events/story/quotes/actors` make, on that filled store and on it
 * grown to GROWTH times its events (store-grow.ts): queries that stop at their limit take as long on both.
 */
export async function benchStore(corpus: string, limit: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
  const path = join(dir, 'bench.db');
  const { store } = await openStore(path);
  try {
    const threads = availableParallelism();
    const started = performance.now();
    let seen = 0;
    const summary = await ingestInputs(store, [corpus], { threads, batchSize: 100 }, { onArticle: () => seen++, shouldStop: () => seen >= limit });
    const seconds = (performance.now() - started) / 1000;
    const stored = summary.added + summary.updated;
    const lines = [
      `ingest      ${stored} articles into a new store in ${seconds.toFixed(1)} s: ${(stored / seconds).toFixed(1)} articles/s (${threads} worker threads, ${summary.failures.length} failed)`,
      `store       ${summary.events} event reports became ${(await store.stats()).events} events (${summary.merged} merged across articles), ${summary.quotes} quotes`,
    ];
    const small = await queryLatency(store);
    lines.push(...(await benchApi(store)));
    await store.close();
    growSqliteStore(path, GROWTH);
    const grown = (await openStore(path, { readOnly: true })).store;
    try {
      const large = await queryLatency(grown);
      lines.push(
        `queries     ${small.count} (events by country, dyad, type and dates, planned as of a day, actor, text; stories; quotes; actors), store ×1 → ×${GROWTH}:` +
          ` p50 ${small.p50.toFixed(1)} → ${large.p50.toFixed(1)} ms, p95 ${small.p95.toFixed(1)} → ${large.p95.toFixed(1)} ms (×${(large.p95 / small.p95).toFixed(2)}), max ${small.max.toFixed(1)} → ${large.max.toFixed(1)} ms`,
      );
    } finally {
      await grown.close();
    }
    return lines;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * p50/p95/max over a fixed mix of queries, with parameters drawn from what the store holds: the
 * most reported countries and people, the events of the most reported actors.
 */
export async function queryLatency(store: Store): Promise<{ count: number; p50: number; p95: number; max: number }> {
  const countries = (await findActors(store, { kind: 'country', limit: 20 })).map((a) => a.country ?? a.name);
  const names = (await findActors(store, { kind: 'person', limit: 20 })).map((a) => a.name);
  const eventIds = (await findEvents(store, { actor: names[0], limit: 20 })).map((e) => e.id);
  const stats = await store.stats();
  const days = { first: stats.firstReported ?? undefined, last: stats.lastReported ?? undefined };
  const pick = <T>(xs: T[], i: number) => xs[i % Math.max(1, xs.length)];
  const queries: (() => Promise<unknown>)[] = [];
  for (let i = 0; i < 20; i++) {
    queries.push(
      () => findEvents(store, { country: pick(countries, i), limit: 50 }),
      () => findEvents(store, { dyad: [pick(countries, i), pick(countries, i + 1)], limit: 50 }),
      () => findEvents(store, { type: 'CONSULT', from: days.first, to: days.last, limit: 50 }),
      () => findEvents(store, { status: 'planned', asOf: days.last, limit: 50 }),
      () => findEvents(store, { actor: pick(names, i), limit: 50 }),
      () => findEvents(store, { text: 'talks', limit: 50 }),
      () => store.storyOf(pick(eventIds, i)),
      () => findQuotes(store, { text: 'prices', limit: 50 }),
      () => findQuotes(store, { speaker: pick(names, i), limit: 50 }),
      () => findActors(store, { limit: 50 }),
    );
  }
  const ms: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await q();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  return { count: ms.length, p50: at(0.5), p95: at(0.95), max: ms[ms.length - 1] };
}
