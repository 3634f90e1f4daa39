import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sharedDir } from '../../dev/eval/shared.js';
import analyze from '../../src/jobs/analyze-worker.js';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { articleHash, type AnalysedArticle, type Store } from '../../src/store/store.js';
import { exampleInputs, reutersInputs, storeView } from './corpus.js';
import { dropDatabases, freshDatabase, TEST_PG } from './pg-databases.js';

/**
 * Reuters stories ingested. The check is 2,000 (READOUT_SAME_RESULTS_COUNT=2000: passed,
 * 835 s on a loaded two-core machine); the default keeps CI within its budget.
 */
const COUNT = Number(process.env.READOUT_SAME_RESULTS_COUNT ?? 500);
const shared = sharedDir();

after(dropDatabases);

test(`the same ${COUNT} Reuters stories and the example articles give the same events, merges, stories, quotes, actors and export from SQLite and PostgreSQL`, async (t) => {
  if (!TEST_PG) return t.skip('READOUT_TEST_PG is not set');
  if (!shared) return t.skip('../shared not present');
  const sqlite = SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'readout-same-')), 'readout.db'));
  const postgres = await PostgresStore.open(await freshDatabase());
  try {
    const inputs = [...exampleInputs(shared), ...reutersInputs(shared, COUNT)];
    // Analysed once, written to both in the same batches: only the stores can differ.
    for (let i = 0; i < inputs.length; i += 100) {
      const batch: AnalysedArticle[] = inputs.slice(i, i + 100).map((input) => ({ input, hash: articleHash(input), readout: analyze(input) }));
      assert.deepEqual(await postgres.writeArticles(batch), await sqlite.writeArticles(batch));
    }
    const [fromSqlite, fromPostgres] = [await storeView(sqlite), await storeView(postgres)];
    assert.ok(fromSqlite.stats.events > COUNT / 4 && fromSqlite.stats.reports > fromSqlite.stats.events, JSON.stringify(fromSqlite.stats));
    assert.ok(fromSqlite.stories.some((s) => s.includes('"merge.dyad"')), 'some reports merged across articles');
    assert.deepEqual(fromPostgres.stats, fromSqlite.stats);
    for (const part of ['stories', 'quotes', 'actors', 'exported'] as const) {
      const missing = fromSqlite[part].filter((x) => !fromPostgres[part].includes(x)).slice(0, 3);
      const extra = fromPostgres[part].filter((x) => !fromSqlite[part].includes(x)).slice(0, 3);
      assert.deepEqual({ part, missing, extra }, { part, missing: [], extra: [] });
    }
    // Listings in each order give the same rows in the same order (ids aside: each store numbers its own, in the same order), a page at a time too.
    const listings = async (store: Store) => {
      const shown: unknown[] = [];
      for (const order of ['latest', 'earliest', 'sources'] as const) {
        for (const filter of [{}, { participants: [{ side: 'USA' }] }, { participants: [{ side: 'USA' }, { side: 'JPN' }] }, { type: 'CONSULT' }, { status: 'planned' }, { from: '1987-03-01', to: '1987-03-10' }]) {
          shown.push((await store.listEvents({ ...filter, order, limit: 100 })).map(({ id: _, ...row }) => row));
        }
        const paged: unknown[] = [];
        for (let page = await store.pageEvents({ order, limit: 7 }), n = 0; n < 20; n++, page = await store.pageEvents({ order, limit: 7, after: page.next! })) {
          paged.push(...page.events.map(({ id: _, ...row }) => row));
          if (!page.next) break;
        }
        shown.push(paged);
      }
      return shown;
    };
    const listed = await listings(postgres);
    assert.ok(listed.every((rows) => (rows as unknown[]).length > 0), 'every listing holds events');
    assert.deepEqual(listed, await listings(sqlite));
  } finally {
    await sqlite.close();
    await postgres.close();
  }
});
