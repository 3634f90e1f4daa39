import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import analyze from '../../src/jobs/analyze-worker.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { MIGRATIONS } from '../../src/store/postgres/schema.js';
import { articleHash, StoreError } from '../../src/store/store.js';
import { storeContract } from './contract.js';
import { dropDatabases, freshDatabase, TEST_PG } from './pg-databases.js';

if (!TEST_PG) {
  test('postgres: the store contract (set READOUT_TEST_PG to run it)', { skip: 'READOUT_TEST_PG is not set' }, () => {});
} else {
  after(dropDatabases);
  storeContract('postgres', {
    create: async () => PostgresStore.open(await freshDatabase()),
    reopen: async (location) => PostgresStore.open(location, { mustExist: true }),
  });

  const analysed = (file: string, published: string, id = file) => {
    const input = { id, text: readFileSync(repoPath(`test/store/fixtures/${file}`), 'utf8'), published, title: null, url: null };
    return { input, hash: articleHash(input), readout: analyze(input) };
  };

  test('postgres: writers on separate connections that report one event at once store it once', async () => {
    const announced = analysed('talks-announced.txt', '2024-03-04');
    const held = analysed('talks-held.txt', '2024-03-13');
    for (let round = 0; round < 3; round++) {
      const url = await freshDatabase();
      const stores = await Promise.all([0, 1, 2].map(() => PostgresStore.open(url)));
      try {
        // The same article twice and two reports of one event, all at once.
        const results = await Promise.all([stores[0].writeArticles([announced]), stores[1].writeArticles([held]), stores[2].writeArticles([announced])]);
        assert.deepEqual(results.flat().map((r) => r.state).sort(), ['new', 'new', 'unchanged']);
        const santiago = await stores[0].listEvents({ type: 'CONSULT', place: 'Santiago', limit: 10 });
        assert.deepEqual(santiago.map((e) => [e.status, e.sources]), [['occurred', 2]]);
        const stats = await stores[0].stats();
        assert.deepEqual([stats.articles, stats.versions, stats.reports], [2, 2, announced.readout.events.length + held.readout.events.length]);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    }
  });

  test('postgres: events are kept in monthly partitions made as needed; the schema is versioned', async () => {
    const store = await PostgresStore.open(await freshDatabase());
    try {
      assert.equal(store.created, true);
      await store.writeArticles([analysed('talks-announced.txt', '2024-03-04'), analysed('cartel-meeting-set.txt', '1987-06-01')]);
      const partitions = await store.pool.query<{ name: string; n: number }>(
        `SELECT c.relname AS name, (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM ' || c.relname, false, true, '')))[1]::text::int AS n
         FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'events'::regclass ORDER BY 1`,
      );
      const names = partitions.rows.map((r) => r.name);
      assert.ok(names.includes('events_2024_03') && names.some((n) => n.startsWith('events_1987_')), JSON.stringify(names));
      assert.equal(partitions.rows.reduce((sum, r) => sum + r.n, 0), (await store.stats()).events);
      const versions = await store.pool.query('SELECT version FROM readout_migrations ORDER BY version');
      assert.deepEqual(versions.rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
    } finally {
      await store.close();
    }
  });

  test('postgres: the event list holds one row per event, as the events, participants and places give it, after merges and an updated article', async () => {
    const store = await PostgresStore.open(await freshDatabase());
    try {
      const listed = async () => {
        const rows = (sql: string) => store.pool.query(sql).then((r) => r.rows);
        return { table: await rows('SELECT * FROM event_list ORDER BY id'), derived: await rows('SELECT * FROM event_list_rows ORDER BY id') };
      };
      await store.writeArticles([analysed('talks-announced.txt', '2024-03-04'), analysed('talks-held.txt', '2024-03-13'), analysed('call-first.txt', '2024-03-04')]);
      const merged = await listed();
      assert.equal(merged.table.length, (await store.stats()).events);
      assert.ok(merged.table.some((r) => r.sources === 2 && r.side_pairs.includes('CHL\tNOR')), JSON.stringify(merged.table));
      assert.deepEqual(merged.table, merged.derived);
      // The held talks become a phone call: the meeting loses a report, the call gains one.
      await store.writeArticles([analysed('call-second.txt', '2024-03-13', 'talks-held.txt')]);
      const updated = await listed();
      assert.notDeepEqual(updated.table, merged.table);
      assert.deepEqual(updated.table, updated.derived);
    } finally {
      await store.close();
    }
  });

  test('postgres: a database without a store, or a server that is not there, is a one-line store error', async () => {
    await assert.rejects(PostgresStore.open(await freshDatabase(), { mustExist: true }), (err: Error) => err instanceof StoreError && /no store here yet/.test(err.message));
    await assert.rejects(PostgresStore.open('postgres://nobody:secret@127.0.0.1:1/none'), (err: Error) => err instanceof StoreError && /cannot open the store/.test(err.message) && !err.message.includes('secret'));
  });
}
