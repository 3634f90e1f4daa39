import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { repoPath } from '../../src/knowledge/data-files.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tableCounts } from './table-counts.js';

const ARTICLES = 40;

test('kill -9 during ingest, then a re-run: the store is consistent and complete', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-crash-'));
  const fixtures = ['talks-announced.txt', 'talks-held.txt', 'call-first.txt', 'call-second.txt'].map((f) => readFileSync(repoPath(`test/store/fixtures/${f}`), 'utf8'));
  const input = join(dir, 'articles.jsonl');
  // Distinct articles: each fixture under several ids and dates.
  const lines = Array.from({ length: ARTICLES }, (_, i) => JSON.stringify({ id: `a${i}`, published: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`, text: fixtures[i % fixtures.length] }));
  writeFileSync(input, lines.join('\n') + '\n');
  const ingest = (db: string) => [repoPath('bin/readout.js'), 'ingest', input, '--db', db, '--batch', '1', '--threads', '1', '-q'];

  const crashed = join(dir, 'crashed.db');
  const child = spawn(process.execPath, ingest(crashed), { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let storedAtKill = 0;
  for (let waited = 0; waited < 120_000; waited += 10) {
    try {
      storedAtKill = tableCounts(crashed)[0];
    } catch {
      // not created yet
    }
    if (storedAtKill >= 3) break;
    await sleep(10);
  }
  child.kill('SIGKILL');
  await exited;
  assert.ok(storedAtKill >= 3 && storedAtKill < ARTICLES, `killed after ${storedAtKill} articles`);

  const rerun = spawnSync(process.execPath, ingest(crashed), { encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  const clean = join(dir, 'clean.db');
  assert.equal(spawnSync(process.execPath, ingest(clean), { encoding: 'utf8' }).status, 0);
  assert.deepEqual(tableCounts(crashed), tableCounts(clean));
  const { db } = SqliteStore.open(crashed, { mustExist: true });
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  db.close();
});
