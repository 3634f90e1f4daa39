import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { findEvents } from '../../src/jobs/queries.js';
import { ARTICLES, DEAD, openQueue } from '../../src/jobs/queue/nats.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { ensurePartitions } from '../../src/store/postgres/open.js';
import { sharedDir } from '../eval/shared.js';

/**
 * Scale-out figures (needs a PostgreSQL server and a NATS server: `--pg URL`, `--nats URL`, or
 * READOUT_BENCH_PG / READOUT_BENCH_NATS): queue throughput with 1 and 2 workers over the same
 * Reuters stories, the per-article costs behind the README's projection, and the latency of the
 * filtered event list on a store grown to ≥ 1M events by copying the stored events across the years.
 */
const { values } = parseArgs({ options: { pg: { type: 'string' }, nats: { type: 'string' }, articles: { type: 'string' }, events: { type: 'string' } } });
const pgUrl = values.pg ?? process.env.READOUT_BENCH_PG;
const natsUrl = values.nats ?? process.env.READOUT_BENCH_NATS;
const shared = sharedDir();
if (!pgUrl || !natsUrl || !shared) {
  console.error('readout bench:scale: needs --pg postgres://… (a database it may create databases from), --nats nats://… and ../shared');
  process.exit(1);
}
const ARTICLE_COUNT = Number(values.articles ?? 400);
const TARGET_EVENTS = Number(values.events ?? 1_000_000);
const cli = repoPath('bin/readout.js');

const admin = new pg.Pool({ connectionString: pgUrl, max: 1 });
async function freshDatabase(name: string): Promise<string> {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

const { reutersInputs } = await import('../../test/store/corpus.js');
const input = join(mkdtempSync(join(tmpdir(), 'readout-scale-')), 'articles.jsonl');
writeFileSync(input, reutersInputs(shared, ARTICLE_COUNT).map((a) => JSON.stringify(a)).join('\n') + '\n');

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

// A store of ≥ TARGET_EVENTS events: the stored events (and their participants) copied, each copy a day later, over three years.
const base = stats.events;
const copies = Math.ceil(TARGET_EVENTS / base) - 1;
const started = performance.now();
const [range] = (await store.pool.query<{ first: string; last: string }>("SELECT min(day)::text AS first, max(day)::text AS last FROM events")).rows;
const days: string[] = [];
for (let t = Date.parse(range.first); t <= Date.parse(range.last) + (1095 + 31) * 86_400_000; t += 28 * 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
await ensurePartitions(store.pool, days);
const shifted = (column: string) => `CASE WHEN ${column} ~ '^\\d{4}-\\d{2}-\\d{2}' THEN to_char(left(${column}, 10)::date + k % 1095, 'YYYY-MM-DD') END`;
for (let from = 1; from <= copies; from += 50) {
  const to = Math.min(copies, from + 49);
  await store.pool.query(
    `INSERT INTO events (id, day, type, cameo, mode, context, status, date_value, earliest, latest, window_start, window_end, reciprocal, place, first_reported, last_reported, sources, text)
     SELECT k::bigint * 10000000 + e.id, e.day + k % 1095, e.type, e.cameo, e.mode, e.context, e.status, NULL, ${shifted('e.earliest')}, ${shifted('e.latest')}, ${shifted('e.window_start')},
       ${shifted('e.window_end')}, e.reciprocal, e.place, ${shifted('e.first_reported')}, ${shifted('e.last_reported')}, e.sources, e.text
     FROM events e, generate_series($1::int, $2::int) k WHERE e.id < 10000000`,
    [from, to],
  );
  await store.pool.query(
    `INSERT INTO event_participants (event, actor, role, side) SELECT k::bigint * 10000000 + p.event, p.actor, p.role, p.side FROM event_participants p, generate_series($1::int, $2::int) k WHERE p.event < 10000000`,
    [from, to],
  );
}
await store.pool.query('ANALYZE');
const total = (await store.stats()).events;
console.log(`synthetic   ${total.toLocaleString('en')} events (${base} stored events × ${copies + 1}, spread over three years) in ${((performance.now() - started) / 1000).toFixed(0)} s`);

// The filtered event list as `readout events` asks for it.
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
ms.sort((a, b) => a - b);
const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
console.log(`queries     ${ms.length} filtered event lists (country, dyad, type and month, country and half-year, status, CAMEO root) on ${total.toLocaleString('en')} events: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${ms[ms.length - 1].toFixed(1)} ms`);
await store.close();
await admin.end();
