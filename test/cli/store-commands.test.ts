import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../src/knowledge/data-files.js';

function readout(args: string[]) {
  const run = spawnSync(process.execPath, [repoPath('bin/readout.js'), ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('ingest on worker threads, then events, story, quotes, actors and export read the store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-cli-store-'));
  const db = join(dir, 'store.db');
  const input = join(dir, 'talks.jsonl');
  const article = (file: string, published: string) => JSON.stringify({ id: file, published, text: readFileSync(repoPath(`test/store/fixtures/${file}`), 'utf8') });
  writeFileSync(input, [article('talks-announced.txt', '2024-03-04'), article('talks-held.txt', '2024-03-13')].join('\n') + '\n');

  const ingest = readout(['ingest', input, '--db', db, '--threads', '2']);
  assert.equal(ingest.code, 0, ingest.stderr);
  assert.match(ingest.stderr, /created the store/);
  assert.match(ingest.stderr, /2 articles stored .* \(2 new, 0 updated\)/);

  const events = readout(['events', '--db', db, '--place', 'Santiago', '--format', 'json']);
  assert.equal(events.code, 0, events.stderr);
  const [talks, ...others] = JSON.parse(events.stdout) as { id: number; status: string; sources: number }[];
  assert.deepEqual([others.length, talks.status, talks.sources], [0, 'occurred', 2]);

  const story = readout(['story', String(talks.id), '--db', db]);
  assert.equal(story.code, 0, story.stderr);
  assert.match(story.stdout, /2024-03-04 {2}talks-announced\.txt[^\n]*\n {2}planned/);
  assert.match(story.stdout, /2024-03-13 {2}talks-held\.txt[^\n]*\n {2}occurred/);
  assert.match(story.stdout, /joined: same type, same sides \(CHL, NOR\)/);

  const quotes = readout(['quotes', '--db', db, '--text', 'frank discussion', '--format', 'csv']);
  assert.equal(quotes.stdout.split('\n')[0], 'id,published,speaker,kind,cue,content,article');
  assert.match(quotes.stdout, /a ministry spokesperson,direct,said/);

  const actors = readout(['actors', '--db', db, '--country', 'NOR']);
  assert.match(actors.stdout, /Norway/);

  const plover = readout(['export', '--db', db]);
  const records = plover.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.ok(records.some((r) => r.id === `readout-${talks.id}` && r.event[0] === 'CONSULT' && r.cite_info.length === 2));
  const tsv = readout(['export', '--db', db, '--format', 'tsv']).stdout.trim().split('\n');
  assert.equal(tsv.length, records.length + 1);
  assert.ok(tsv[0].startsWith('EventId\tDate\tEndDate\tActor1Code'));
});

test('query options are checked: unknown types, CAMEO codes, statuses, dates and formats are errors listing what is valid', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'readout-cli-store-')), 'none.db');
  const refused = (args: string[], message: RegExp) => {
    const run = readout([...args, '--db', db]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, message);
  };
  refused(['events', '--type', 'MEET'], /unknown PLOVER type "MEET": expected one of AGREE, CONSULT, .*ASSAULT/);
  refused(['events', '--cameo', '99'], /unknown CAMEO code "99": .*roots 02, 03, .*20/);
  refused(['events', '--cameo', '01'], /unknown CAMEO code "01"/);
  refused(['events', '--cameo', '04%'], /unknown CAMEO code "04%"/);
  refused(['events', '--status', 'done'], /Allowed choices are occurred, ongoing, planned/);
  refused(['events', '--from', '2024-02-30'], /bad publication date "2024-02-30": expected YYYY-MM-DD|2024-02-30/);
  refused(['quotes', '--format', 'xml'], /Allowed choices are table, json, csv/);
  refused(['export', '--format', 'xml'], /Allowed choices are plover, tsv, csv/);
  // Valid values in any case get as far as the store, which does not exist.
  const valid = readout(['events', '--type', 'consult', '--cameo', '041', '--db', db]);
  assert.equal(valid.code, 2, valid.stderr);
  assert.match(valid.stderr, /no store here yet/);
});
