import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ARTICLES, DEAD, openQueue } from '../../src/jobs/queue/nats.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { sharedDir } from '../eval/shared.js';
import { eventListLatency, growPostgresStore, percentiles } from './event-list-bench.js';

/**
 * Scale-out figures (needs a PostgreSQL server and a NATS server: `--pg URL`, `--nats URL`, or
 * READOUT_BENCH_PG / READOUT_BENCH_NATS): queue throughput with 1 and 2 workers over the same
 * Reuters stories, the per-article costs behind the README's projection, and the latency of the
 * filtered event list on a store grown to ≥ 1M events by copying the stored events across the years.
 * `--only event-list` measures the event list alone (no NATS): the stories ingested by `readout
 * ingest --db` into the database readout_bench_events, which `--reuse` keeps for the next run
 * once grown (its schema migrated as any store's when opened).
 */
const { values } = parseArgs({
  options: { pg: { type: 'string' }, nats: { type: 'string' }, articles: { type: 'string' }, events: { type: 'string' }, only: { type: 'string' }, reuse: { type: 'boolean' } },
});
const pgUrl = values.pg ?? process.env.READOUT_BENCH_PG;
const natsUrl = values.nats ?? process.env.READOUT_BENCH_NATS;
const eventListOnly = values.only === 'event-list';
const shared = sharedDir();
if (!pgUrl || (!natsUrl && !eventListOnly) || !shared || (values.only !== undefined && !eventListOnly)) {
  console.error('readout bench:scale: needs --pg postgres://… (a database it may create databases from), --nats nats://… (unless --only event-list) and ../shared');
  process.exit(1);
}
const ARTICLE_COUNT = Number(values.articles ?? 400);
const TARGET_EVENTS = Number(values.events ?? 1_000_000);
const cli = repoPath('bin/readout.js');

const admin = new pg.Pool({ connectionString: pgUrl, max: 1 });
function databaseUrl(name: string): string {
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}
async function freshDatabase(name: string): Promise<string> {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  return databaseUrl(name);
}

const { reutersInputs } = await import('../../test/store/corpus.js');
const input = join(mkdtempSync(join(tmpdir(), 'readout-scale-')), 'articles.jsonl');
writeFileSync(input, reutersInputs(shared, ARTICLE_COUNT).map((a) => JSON.stringify(a)).join('\n') + '\n');

/** The event list's latency on a store of ≥ TARGET_EVENTS events. */
async function benchEventList(store: PostgresStore): Promise<void> {
  const events = (await store.stats()).events;
  if (events < TARGET_EVENTS) {
    const grown = await growPostgresStore(store, TARGET_EVENTS);
    console.log(`synthetic   ${grown.events.toLocaleString('en')} events (${grown.base} stored events copied, spread over three years) in ${grown.seconds.toFixed(0)} s`);
  }
  const total = (await store.stats()).events;
  console.log(`queries     120 filtered event lists (country, dyad, type and month, country and half-year, status, CAMEO root) on ${total.toLocaleString('en')} events: ${percentiles(await eventListLatency(store))}`);
}

if (eventListOnly) {
  const name = 'readout_bench_events';
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  let db = databaseUrl(name);
  if (!values.reuse || !exists) {
    db = await freshDatabase(name);
    await once(spawn(process.execPath, [cli, 'ingest', input, '--db', db, '-q'], { stdio: 'ignore' }), 'exit');
  }
  const store = await PostgresStore.open(db, { mustExist: true });
  await benchEventList(store);
  await store.close();
  await admin.end();
  process.exit(0);
}

/** Queues the stories, then runs `workers` worker processes until all are stored: articles per second from the workers' start. */
async function throughput(workers: number): Promise<{ perSecond: number; db: string }> {
  const queue = await openQueue(natsUrl!);
  for (const stream of [ARTICLES.stream, DEAD.stream]) await queue.jsm.streams.delete(stream);
  await queue.nc.close();
  const db = await freshDatabase(`readout_bench_${workers}w`);
  await (await PostgresStore.open(db)).close();
  await once(spawn(process.execPath, [cli, 'ingest', input, '--queue', natsUrl!, '-q'], { stdio: 'ignore' }), 'exit');
  const store = await PostgresStore.open(db, { mustExist: true });
  const procs = Array.from({ length: workers }, () => spawn(process.execPath, [cli, 'worker', '--queue', natsUrl!, '--db', db, '--batch', '10', '-q'], { stdio: 'ignore' }));
  // Timed from the first article stored: model loading at start-up is not throughput.
  let first = 0;
  while ((first = (await store.stats()).articles) === 0) await new Promise((r) => setTimeout(r, 50));
  const started = performance.now();
  while ((await store.stats()).articles < ARTICLE_COUNT) await new Promise((r) => setTimeout(r, 200));
  const seconds = (performance.now() - started) / 1000;
  for (const p of procs) p.kill('SIGTERM');
  await Promise.all(procs.map((p) => once(p, 'exit')));
  await store.close();
  return { perSecond: (ARTICLE_COUNT - first) / seconds, db };
}

const one = await throughput(1);
const two = await throughput(2);
console.log(`queue       ${ARTICLE_COUNT} Reuters stories: 1 worker ${one.perSecond.toFixed(1)} articles/s, 2 workers ${two.perSecond.toFixed(1)} articles/s (${(two.perSecond / one.perSecond).toFixed(2)}×)`);

// Per-article costs: what one worker spends per article (analysis + store), and the store's share and size.
const store = await PostgresStore.open(one.db, { mustExist: true });
const stats = await store.stats();
// The database's growth over an empty one (template1), per article.
const [{ bytes }] = (await store.pool.query<{ bytes: number }>("SELECT pg_database_size(current_database()) - pg_database_size('template1') AS bytes")).rows;
const workerMs = 1000 / one.perSecond;
console.log(`per article ${workerMs.toFixed(0)} ms of one worker (one core), ${(stats.reports / stats.articles).toFixed(2)} event reports, ${(bytes / stats.articles / 1024).toFixed(1)} KiB of database`);

await benchEventList(store);
await store.close();
await admin.end();
