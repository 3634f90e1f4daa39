import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import analyze from '../../src/jobs/analyze-worker.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { STORE_VERSION } from '../../src/store/sqlite/schema.js';
import { articleHash } from '../../src/store/store.js';

// The store contract runs on this adapter from adapters.test.ts; here are the checks of SQLite's own tables and locks.

const analysed = (file: string, published: string, id = file) => {
  const input = { id, text: readFileSync(repoPath(`test/store/fixtures/${file}`), 'utf8'), published, title: null, url: null };
  return { input, hash: articleHash(input), readout: analyze(input) };
};

test('sqlite: after an update no event is left without reports, and each actor counts the articles it is in', async () => {
  const store = SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'readout-sqlite-')), 'readout.db'));
  await store.writeArticles([analysed('talks-announced.txt', '2024-03-04'), analysed('talks-held.txt', '2024-03-13')]);
  await store.writeArticles([analysed('call-first.txt', '2024-03-13', 'talks-held.txt')]);
  const { db } = store;
  assert.deepEqual(db.prepare("SELECT version, current FROM articles WHERE article_id = 'talks-held.txt' ORDER BY version").all(), [{ version: 1, current: 0 }, { version: 2, current: 1 }]);
  const orphans = db.prepare('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = e.id)').get() as { n: number };
  assert.equal(orphans.n, 0);
  // Each actor's article count follows the versions: the retracted one no longer counts.
  const miscounted = db.prepare('SELECT count(*) AS n FROM actors a WHERE a.articles <> (SELECT count(DISTINCT article) FROM article_actors aa WHERE aa.actor = a.id)').get() as { n: number };
  assert.equal(miscounted.n, 0);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  await store.close();
});

test('sqlite: a batch that finds the store locked by another process waits, retries, and is written once', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'readout-sqlite-')), 'readout.db');
  const store = SqliteStore.open(path);
  const other = SqliteStore.open(path);
  other.db.exec('BEGIN IMMEDIATE');
  // The lock is released while the writer pauses between attempts (its first attempt waits out the busy timeout).
  const release = setTimeout(() => other.db.exec('COMMIT'), 100);
  try {
    const call = analysed('call-first.txt', '2024-03-04');
    assert.deepEqual((await store.writeArticles([call, call])).map((r) => r.state), ['new', 'unchanged']);
    assert.deepEqual([(await other.stats()).articles, (await other.stats()).versions], [1, 1]);
  } finally {
    clearTimeout(release);
    await other.close();
    await store.close();
  }
});

test('sqlite: a store of the first version is migrated when opened, even for reading, and answers as before', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'readout-sqlite-')), 'readout.db');
  const store = SqliteStore.open(path);
  await store.writeArticles([analysed('talks-announced.txt', '2024-03-04'), analysed('talks-held.txt', '2024-03-13')]);
  const actors = await store.listActors({ limit: 50 });
  const part = actors[0]!.name.slice(1, 5);
  const byPart = await store.listActors({ name: part, limit: 50 });
  const events = await store.listEvents({ limit: 50 });
  // Back to the first version: without what the second added.
  store.db.exec('DROP INDEX events_day; DROP INDEX events_type_day; DROP INDEX events_status_day; DROP INDEX events_sources_day; DROP INDEX articles_published; DROP INDEX events_export; DROP TRIGGER actors_named; DROP TABLE actor_names');
  store.db.pragma('user_version = 1');
  await store.close();

  const reader = SqliteStore.open(path, { readOnly: true });
  assert.equal(reader.db.pragma('user_version', { simple: true }), STORE_VERSION);
  assert.ok(byPart.length > 0 && byPart.every((a) => a.name.toLowerCase().includes(part.toLowerCase())));
  assert.deepEqual(await reader.listActors({ name: part, limit: 50 }), byPart);
  assert.deepEqual(await reader.listEvents({ limit: 50 }), events);
  await reader.close();
  // Actors stored after the migration are found by any part of their name too.
  const writer = SqliteStore.open(path);
  await writer.writeArticles([analysed('call-first.txt', '2024-03-20', 'call-first.txt')]);
  for (const actor of await writer.listActors({ limit: 50 })) {
    if (actor.name.length < 3) continue;
    assert.ok((await writer.listActors({ name: actor.name.slice(-3).toUpperCase(), limit: 50 })).some((a) => a.id === actor.id), actor.name);
  }
  await writer.close();
});
