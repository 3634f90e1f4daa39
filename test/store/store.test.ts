import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../src/knowledge/data-files.js';
import { FLAT_COLUMNS, flatRows, ploverRecords } from '../../src/store/export.js';
import { ingestInputs } from '../../src/store/ingest.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { listActors, listEvents, listQuotes, storyOf } from '../../src/store/queries.js';

const fixture = (name: string) => repoPath(`test/store/fixtures/${name}`);

/** A JSON Lines file of fixture articles with their publication dates. */
function jsonl(dir: string, name: string, articles: [string, string][]): string {
  const path = join(dir, name);
  writeFileSync(path, articles.map(([file, published]) => JSON.stringify({ id: file, published, text: readFileSync(fixture(file), 'utf8') })).join('\n') + '\n');
  return path;
}

function freshStore(): { db: Store; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'readout-store-'));
  return { db: openStore(join(dir, 'readout.db')).db, dir };
}

const options = { threads: 1, batchSize: 10 };
const count = (db: Store, table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

test('talks announced in one article and held in a later one are one event whose story shows both steps', async () => {
  const { db, dir } = freshStore();
  const input = jsonl(dir, 'talks.jsonl', [['talks-announced.txt', '2024-03-04'], ['talks-held.txt', '2024-03-13']]);
  const summary = await ingestInputs(db, [input], options);
  assert.equal(summary.added, 2);
  assert.deepEqual(summary.failures, []);

  const santiago = listEvents(db, { type: 'CONSULT', place: 'Santiago', limit: 10 });
  assert.equal(santiago.length, 1, JSON.stringify(santiago));
  assert.equal(santiago[0].status, 'occurred');
  assert.equal(santiago[0].sources, 2);
  const story = storyOf(db, santiago[0].id)!;
  assert.deepEqual(story.steps.map((s) => [s.article, s.status]), [['talks-announced.txt', 'planned'], ['talks-held.txt', 'occurred']]);
  assert.equal(story.steps[0].merge.rule, 'new.no-match');
  assert.equal(story.steps[1].merge.rule, 'merge.dyad');
  assert.deepEqual(story.steps[1].merge.shared, ['CHL', 'NOR']);
  assert.ok(story.steps[1].evidence.length > 0 && story.steps[1].evidence.every((e) => e.status === 'occurred' && e.text !== '' && e.rule !== ''));
  // Before the second article the talks were only promised.
  assert.deepEqual(listEvents(db, { status: 'planned', asOf: '2024-03-05', place: 'Santiago', limit: 10 }).map((e) => e.id), [santiago[0].id]);
  assert.deepEqual(listEvents(db, { status: 'planned', asOf: '2024-03-14', place: 'Santiago', limit: 10 }), []);
  db.close();
});

test('talks held weeks after the announced date still join the plan; a plan is not joined by a phone call', async () => {
  const { db, dir } = freshStore();
  await ingestInputs(db, [jsonl(dir, 'late.jsonl', [['talks-announced.txt', '2024-03-04'], ['call-first.txt', '2024-03-11'], ['talks-held.txt', '2024-04-10']])], options);
  const santiago = listEvents(db, { place: 'Santiago', type: 'CONSULT', limit: 10 });
  assert.deepEqual(santiago.map((e) => [e.date, e.status, e.sources]), [['2024-04-09', 'occurred', 2]]);
  const call = listEvents(db, { cameo: '041', limit: 10 });
  assert.deepEqual(call.map((e) => [e.date, e.sources]), [['2024-03-11', 1]]);
  db.close();
});

test('ingesting the same articles again changes nothing; an updated article replaces its facts', async () => {
  const { db, dir } = freshStore();
  const input = jsonl(dir, 'talks.jsonl', [['talks-announced.txt', '2024-03-04'], ['talks-held.txt', '2024-03-13']]);
  await ingestInputs(db, [input], options);
  const tables = ['articles', 'actors', 'events', 'event_mentions', 'event_participants', 'quotes', 'places'];
  const before = tables.map((t) => count(db, t));
  const again = await ingestInputs(db, [input, input], options);
  assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 4]);
  assert.deepEqual(tables.map((t) => count(db, t)), before);

  // The same id with other text (now a phone call): a second version, whose facts replace the first's.
  const updated = join(dir, 'updated.jsonl');
  writeFileSync(updated, JSON.stringify({ id: 'talks-held.txt', published: '2024-03-13', text: readFileSync(fixture('call-first.txt'), 'utf8') }) + '\n');
  const update = await ingestInputs(db, [updated], options);
  assert.equal(update.updated, 1);
  assert.deepEqual(db.prepare("SELECT version, current FROM articles WHERE article_id = 'talks-held.txt' ORDER BY version").all(), [{ version: 1, current: 0 }, { version: 2, current: 1 }]);
  const santiago = listEvents(db, { place: 'Santiago', type: 'CONSULT', limit: 10 });
  assert.deepEqual(santiago.map((e) => [e.status, e.sources]), [['planned', 1]]);
  const orphans = db.prepare('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = e.id)').get() as { n: number };
  assert.equal(orphans.n, 0);
  // Each actor's article count follows the versions: the retracted one no longer counts.
  const miscounted = db.prepare(
    'SELECT count(*) AS n FROM actors a WHERE a.articles <> (SELECT count(DISTINCT article) FROM article_actors aa WHERE aa.actor = a.id)',
  ).get() as { n: number };
  assert.equal(miscounted.n, 0);
  db.close();
});

test('two phone calls on different days between the same sides stay two events', async () => {
  const { db, dir } = freshStore();
  await ingestInputs(db, [jsonl(dir, 'calls.jsonl', [['call-first.txt', '2024-03-04'], ['call-second.txt', '2024-03-08']])], options);
  const calls = listEvents(db, { cameo: '041', dyad: ['NOR', 'CHL'], limit: 10 });
  assert.deepEqual(calls.map((c) => c.date).sort(), ['2024-03-04', '2024-03-08']);
  assert.ok(calls.every((c) => c.sources === 1));
  db.close();
});

test("an organisation's meeting set in one article and held in another is one event; a country's two agreements in a week stay two", async () => {
  const { db, dir } = freshStore();
  const input = jsonl(dir, 'one-sided.jsonl', [
    ['cartel-meeting-set.txt', '1987-06-01'], ['tariff-first.txt', '1987-04-09'], ['tariff-second.txt', '1987-04-10'], ['cartel-meeting-held.txt', '1987-06-26'],
  ]);
  await ingestInputs(db, [input], options);
  const meetings = listEvents(db, { actor: 'OPEC', type: 'CONSULT', limit: 10 });
  assert.deepEqual(meetings.map((e) => [e.date, e.status, e.sources, e.place]), [['1987-06-25', 'occurred', 2, 'Vienna']]);
  assert.equal(storyOf(db, meetings[0].id)!.steps[1].merge.rule, 'merge.actor-place');
  const agreements = listEvents(db, { country: 'JPN', type: 'AGREE', limit: 10 });
  assert.deepEqual(agreements.map((e) => e.sources), [1, 1]);
  db.close();
});

test('a bad record is reported with its place and the batch goes on', async () => {
  const { db, dir } = freshStore();
  const csv = join(dir, 'articles.csv');
  const text = readFileSync(fixture('call-first.txt'), 'utf8').replace(/"/g, '""');
  // The good record's text has line breaks: it runs over lines 2 to 5, so the bad one starts on line 6.
  writeFileSync(csv, `id,published,text\ngood,2024-03-04,"${text}"\nbad,2024-13-40,"A sentence."\nbroken,2024-03-05,"no closing quote\n`);
  const failures: string[] = [];
  const summary = await ingestInputs(db, [csv, join(dir, 'missing.jsonl')], options, { onFailure: (f) => failures.push(`${f.input}: ${f.reason}`) });
  assert.equal(summary.added, 1);
  assert.equal(summary.failures.length, 3, failures.join('\n'));
  assert.match(failures[0], /articles\.csv:6: record bad: bad publication date/);
  assert.match(failures[1], /articles\.csv.*(quote|malformed)/i);
  assert.match(failures[2], /missing\.jsonl: no such file/);
  db.close();
});

test('quotes, actors and exports read back what was stored', async () => {
  const { db, dir } = freshStore();
  await ingestInputs(db, [jsonl(dir, 'talks.jsonl', [['talks-announced.txt', '2024-03-04'], ['talks-held.txt', '2024-03-13']])], options);
  const quotes = listQuotes(db, { text: 'frank discussion', limit: 10 });
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].kind, 'direct');
  assert.equal(quotes[0].speaker, 'a ministry spokesperson');
  const countries = listActors(db, { kind: 'country', limit: 10 }).map((a) => a.cameo);
  assert.ok(countries.includes('NOR') && countries.includes('CHL'), countries.join());

  const records = [...ploverRecords(db, 'test')];
  assert.equal(records.length, count(db, 'events'));
  const talks = records.find((r) => (r.event_loc as { resolved_place?: string } | undefined)?.resolved_place === 'Santiago')!;
  assert.deepEqual(talks.event, ['CONSULT']);
  assert.equal(talks.quad_code, 1);
  assert.equal((talks.cite_info as unknown[]).length, 2);
  assert.ok((talks.actor as { code: string }[]).some((a) => a.code === 'NOR'));
  const rows = [...flatRows(db)];
  assert.equal(rows.length, records.length);
  assert.ok(rows.every((r) => r.length === FLAT_COLUMNS.length));
  db.close();
});
