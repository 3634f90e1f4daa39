import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AckPolicy } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sharedDir } from '../../dev/eval/shared.js';
import { ingestInputs } from '../../src/jobs/ingest.js';
import { ACK_WAIT_MS, ARTICLES, DEAD, deadLetters, MAX_DELIVER, openQueue, queueStatus, WORKERS } from '../../src/jobs/queue/nats.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { generatedNews } from '../robustness/generated-news.js';
import { reutersInputs } from '../store/corpus.js';
import { dropDatabases, freshDatabase, TEST_PG } from '../store/pg-databases.js';

/**
 * Reuters stories through the queue; the full check is 5,000 (READOUT_DISTRIBUTED_COUNT),
 * the default keeps CI within its budget on two cores.
 */
const COUNT = Number(process.env.READOUT_DISTRIBUTED_COUNT ?? 300);
const TEST_NATS = process.env.READOUT_TEST_NATS;
const shared = sharedDir();
const cli = repoPath('bin/readout.js');

after(dropDatabases);

function worker(queue: string, db: string): ChildProcess {
  return spawn(process.execPath, [cli, 'worker', '--queue', queue, '--db', db, '--batch', '10', '-q'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

test(`${COUNT} Reuters stories through 3 queue workers, one killed mid-way and another started, end as a single-process SQLite ingest does`, { timeout: 3_600_000 }, async (t) => {
  if (!TEST_PG || !TEST_NATS) return t.skip('READOUT_TEST_PG and READOUT_TEST_NATS are not set');
  if (!shared) return t.skip('../shared not present');
  const dir = mkdtempSync(join(tmpdir(), 'readout-queue-'));
  const input = join(dir, 'articles.jsonl');
  // The stories, and two records no reader accepts: both modes must report exactly these.
  const records = [...reutersInputs(shared, COUNT).map((a) => JSON.stringify(a)), JSON.stringify({ id: 'no-text', published: '1987-03-01' }), JSON.stringify({ id: 'empty', text: ' ' })];
  writeFileSync(input, records.join('\n') + '\n');

  const sqlite = SqliteStore.open(join(dir, 'single.db'));
  const single = await ingestInputs(sqlite, [input], { threads: 1, batchSize: 100 });
  const expected = await sqlite.stats();
  await sqlite.close();
  assert.ok(single.failures.length >= 2, JSON.stringify(single.failures));

  // An empty queue: streams of an earlier run are removed.
  const queue = await openQueue(TEST_NATS);
  for (const stream of [ARTICLES.stream, DEAD.stream]) await queue.jsm.streams.delete(stream);
  await queue.nc.close();
  const db = await freshDatabase();
  const store = await PostgresStore.open(db);
  const workers = [0, 1, 2].map(() => worker(TEST_NATS, db));
  const publisher = spawn(process.execPath, [cli, 'ingest', input, '--queue', TEST_NATS, '-q'], { stdio: 'ignore' });
  try {
    await once(publisher, 'exit');
    // Kill one worker without warning once a third is stored, and start another in its place.
    while ((await store.stats()).articles < COUNT / 3) await sleep(500);
    workers[0].kill('SIGKILL');
    workers.push(worker(TEST_NATS, db));
    const q = await openQueue(TEST_NATS);
    try {
      for (;;) {
        const status = await queueStatus(q);
        if (status.pending === 0 && status.inFlight === 0) break;
        await sleep(1000);
      }
      for (const w of workers.slice(1)) w.kill('SIGTERM');
      const exits = await Promise.all(workers.slice(1).map((w) => (w.exitCode !== null ? [w.exitCode] : once(w, 'exit'))));
      assert.deepEqual(exits.map(([code]) => code), [0, 0, 0], 'workers drain and exit cleanly on SIGTERM');

      const stats = await store.stats();
      assert.deepEqual([stats.articles, stats.versions], [expected.articles, expected.articles], 'every article exactly once');
      assert.deepEqual([stats.events, stats.reports, stats.quotes], [expected.events, expected.reports, expected.quotes]);
      const dead = await deadLetters(q);
      assert.deepEqual(dead.map((d) => d.input).sort(), single.failures.map((f) => f.input).sort());
    } finally {
      await q.nc.close();
    }
  } finally {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await store.close();
  }
});

test('an article that kills every worker that takes it is dead-lettered with the reason; the article beside it is stored', { timeout: 600_000 }, async (t) => {
  if (!TEST_NATS) return t.skip('READOUT_TEST_NATS is not set');
  const dir = mkdtempSync(join(tmpdir(), 'readout-poison-'));
  const small = { id: 'small', published: '2024-03-04', text: readFileSync(repoPath('test/store/fixtures/talks-announced.txt'), 'utf8') };
  // Long enough that a worker is still analysing it when it is killed: each kill is a worker dying on it.
  const poison = { id: 'poison', published: '2024-03-05', text: generatedNews(300_000, 7) };
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, [small, poison].map((a) => JSON.stringify(a)).join('\n') + '\n');
  const db = join(dir, 'store.db');

  // Empty streams, and the workers' consumer with a short hold so the killed workers' articles come back quickly.
  let queue = await openQueue(TEST_NATS);
  for (const stream of [ARTICLES.stream, DEAD.stream]) await queue.jsm.streams.delete(stream);
  await queue.nc.close();
  queue = await openQueue(TEST_NATS);
  try {
    const { config } = await queue.jsm.consumers.info(ARTICLES.stream, WORKERS);
    await queue.jsm.consumers.delete(ARTICLES.stream, WORKERS);
    await queue.jsm.consumers.add(ARTICLES.stream, { ...config, ack_policy: AckPolicy.Explicit, ack_wait: nanos(3000) });
    assert.ok(ACK_WAIT_MS > 3000);

    const published = spawn(process.execPath, [cli, 'ingest', input, '--queue', TEST_NATS, '-q'], { stdio: 'ignore' });
    assert.deepEqual(await once(published, 'exit'), [0, null]);
    const stored = async () => {
      if (!existsSync(db)) return 0;
      const store = SqliteStore.open(db, { readOnly: true });
      try {
        return (await store.stats()).articles;
      } finally {
        await store.close();
      }
    };

    // A worker dies holding the poison MAX_DELIVER times; the first time the small article is in
    // the same batch, and the second time it comes back on its own and is stored before the poison
    // is taken. Deliveries are counted by the server: 2, then 2 more, then 1 per death.
    const delivered = async () => (await queue.jsm.consumers.info(ARTICLES.stream, WORKERS)).delivered.consumer_seq;
    for (let death = 1; death <= MAX_DELIVER; death++) {
      const w = worker(TEST_NATS, db);
      const expected = death === 1 ? 2 : death + 2;
      while ((await delivered()) < expected || (death === 2 && (await stored()) < 1)) await sleep(50);
      w.kill('SIGKILL');
      await once(w, 'exit');
    }
    const last = worker(TEST_NATS, db);
    try {
      // Poison that is never dead-lettered stays on the queue, undelivered: wait a bounded time for the letter.
      for (const deadline = Date.now() + 120_000; ; ) {
        const status = await queueStatus(queue);
        if (status.pending === 0 && status.inFlight === 0 && status.failed > 0) break;
        assert.ok(Date.now() < deadline, `no dead letter after two minutes: ${JSON.stringify(status)}`);
        await sleep(200);
      }
    } finally {
      last.kill('SIGTERM');
      await once(last, 'exit');
    }
    const dead = await deadLetters(queue);
    assert.deepEqual(dead.map((d) => d.input), ['poison']);
    assert.match(dead[0].reason, /stopped before answering/);
    assert.equal(await stored(), 1, 'the small article is stored once');
  } finally {
    await queue.nc.close();
  }
});
