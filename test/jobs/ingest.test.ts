import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FLAT_COLUMNS, flatRows, ploverRecords } from '../../src/jobs/export.js';
import { ingestInputs } from '../../src/jobs/ingest.js';
import { findActors, findEvents, findQuotes } from '../../src/jobs/queries.js';
import { openStore } from '../../src/jobs/stores.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import type { Store } from '../../src/store/store.js';

const fixture = (name: string) => repoPath(`test/store/fixtures/${name}`);

/** A JSON Lines file of fixture articles with their publication dates. */
function jsonl(dir: string, name: string, articles: [string, string][]): string {
  const path = join(dir, name);
  writeFileSync(path, articles.map(([file, published]) => JSON.stringify({ id: file, published, text: readFileSync(fixture(file), 'utf8') })).join('\n') + '\n');
  return path;
}

async function freshStore(): Promise<{ store: Store; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-jobs-'));
  return { store: (await openStore(join(dir, 'readout.db'))).store, dir };
}

const options = { threads: 1, batchSize: 10 };

test('ingest counts new, unchanged and updated articles, and a second run of the same inputs stores nothing', async () => {
  const { store, dir } = await freshStore();
  const input = jsonl(dir, 'talks.jsonl', [['talks-announced.txt', '2024-03-04'], ['talks-held.txt', '2024-03-13']]);
  const first = await ingestInputs(store, [input], options);
  assert.deepEqual([first.added, first.updated, first.unchanged, first.failures.length], [2, 0, 0, 0]);
  assert.ok(first.events > 0 && first.merged >= 1 && first.quotes >= 1, JSON.stringify(first));
  const before = await store.stats();
  // Twice in one run too: the second copy finds the first already stored.
  const again = await ingestInputs(store, [input, input], { threads: 1, batchSize: 100 });
  assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 4]);
  assert.deepEqual(await store.stats(), before);

  const updated = join(dir, 'updated.jsonl');
  writeFileSync(updated, JSON.stringify({ id: 'talks-held.txt', published: '2024-03-13', text: readFileSync(fixture('call-first.txt'), 'utf8') }) + '\n');
  const update = await ingestInputs(store, [updated], options);
  assert.deepEqual([update.added, update.updated], [0, 1]);
  await store.close();
});

test('a bad record is reported with its place and the batch goes on', async () => {
  const { store, dir } = await freshStore();
  const csv = join(dir, 'articles.csv');
  const text = readFileSync(fixture('call-first.txt'), 'utf8').replace(/"/g, '""');
  // The good record's text has line breaks: it runs over lines 2 to 5, so the bad one starts on line 6.
  writeFileSync(csv, `id,published,text\ngood,2024-03-04,"${text}"\nbad,2024-13-40,"A sentence."\nbroken,2024-03-05,"no closing quote\n`);
  const failures: string[] = [];
  const summary = await ingestInputs(store, [csv, join(dir, 'missing.jsonl')], options, { onFailure: (f) => failures.push(`${f.input}: ${f.reason}`) });
  assert.equal(summary.added, 1);
  assert.equal(summary.failures.length, 3, failures.join('\n'));
  assert.match(failures[0], /articles\.csv:6: record bad: bad publication date/);
  assert.match(failures[1], /articles\.csv.*(quote|malformed)/i);
  assert.match(failures[2], /missing\.jsonl: no such file/);
  await store.close();
});

test('queries take names, acronyms and codes in any case: an organisation by its acronym, a country by its code', async () => {
  const { store, dir } = await freshStore();
  const input = jsonl(dir, 'one-sided.jsonl', [['cartel-meeting-set.txt', '1987-06-01'], ['tariff-first.txt', '1987-04-09'], ['cartel-meeting-held.txt', '1987-06-26']]);
  await ingestInputs(store, [input], options);
  const meetings = await findEvents(store, { actor: 'OPEC', type: 'consult', limit: 10 });
  assert.deepEqual(meetings.map((e) => [e.place, e.sources]), [['Vienna', 2]]);
  assert.deepEqual((await findEvents(store, { country: 'jpn', type: 'AGREE', limit: 10 })).map((e) => e.sources), [1]);
  assert.deepEqual(await findEvents(store, { country: 'jpn', type: 'CONSULT', limit: 10 }), []);
  assert.ok((await findActors(store, { country: 'jpn', limit: 10 })).some((a) => a.country === 'JPN'));
  assert.deepEqual(await findQuotes(store, { speaker: 'nobody of that name', limit: 10 }), []);
  await store.close();
});

test('exports: PLOVER records and flat rows of every stored event', async () => {
  const { store, dir } = await freshStore();
  await ingestInputs(store, [jsonl(dir, 'talks.jsonl', [['talks-announced.txt', '2024-03-04'], ['talks-held.txt', '2024-03-13']])], options);
  const records = [];
  for await (const record of ploverRecords(store, 'test')) records.push(record);
  assert.equal(records.length, (await store.stats()).events);
  const talks = records.find((r) => (r.event_loc as { resolved_place?: string } | undefined)?.resolved_place === 'Santiago')!;
  assert.deepEqual(talks.event, ['CONSULT']);
  assert.equal(talks.quad_code, 1);
  assert.equal(talks.coder, 'test');
  assert.equal((talks.cite_info as unknown[]).length, 2);
  assert.ok((talks.actor as { code: string }[]).some((a) => a.code === 'NOR'));
  const rows = [];
  for await (const row of flatRows(store)) rows.push(row);
  assert.equal(rows.length, records.length);
  assert.ok(rows.every((r) => r.length === FLAT_COLUMNS.length));
  await store.close();
});
