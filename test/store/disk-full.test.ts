import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../src/knowledge/data-files.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tableCounts } from './table-counts.js';

/** util-linux's prlimit sets RLIMIT_FSIZE on the child: a write past it fails with EFBIG, as on a full disk. */
const hasPrlimit = spawnSync('prlimit', ['--version']).status === 0;

function articles(dir: string, name: string, from: number, count: number): string {
  const fixtures = ['talks-announced.txt', 'talks-held.txt', 'call-first.txt', 'call-second.txt'].map((f) => readFileSync(repoPath(`test/store/fixtures/${f}`), 'utf8'));
  const lines = Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return JSON.stringify({ id: `a${i}`, published: `2024-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`, text: fixtures[i % fixtures.length] });
  });
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** `readout ingest` into `db`, run under `wrapper` (e.g. prlimit and its options) if given. */
function ingest(inputs: string[], db: string, wrapper: string[] = []) {
  const [command, ...args] = [...wrapper, process.execPath, repoPath('bin/readout.js'), 'ingest', ...inputs, '--db', db, '--threads', '2', '--batch', '4', '-q'];
  return spawnSync(command, args, { encoding: 'utf8' });
}

test('a disk that fills up mid-ingest: one clean error, exit 2, a consistent store that a re-run completes', { skip: !hasPrlimit && 'prlimit (util-linux) is not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-disk-full-'));
  const first = articles(dir, 'first.jsonl', 0, 12);
  const second = articles(dir, 'second.jsonl', 12, 60);
  const store = join(dir, 'store.db');
  assert.equal(ingest([first], store).status, 0);

  // Room for a few more pages in any one file, not for 60 more articles.
  const limit = statSync(store).size + 32 * 1024;
  const full = ingest([second], store, ['prlimit', `--fsize=${limit}`]);
  assert.equal(full.status, 2, `exit code, stderr: ${full.stderr}`);
  const errors = full.stderr.trim().split('\n');
  assert.equal(errors.length, 1, full.stderr);
  assert.match(errors[0], /^readout: .*store\.db: /);
  assert.doesNotMatch(full.stderr, /\n\s+at /, 'no stack trace');

  const { db } = SqliteStore.open(store, { mustExist: true });
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  db.close();
  const stored = tableCounts(store)[0];
  assert.ok(stored >= 12 && stored < 72, `${stored} articles stored when the disk filled up`);

  assert.equal(ingest([second], store).status, 0);
  const clean = join(dir, 'clean.db');
  assert.equal(ingest([first, second], clean).status, 0);
  assert.deepEqual(tableCounts(store), tableCounts(clean));
});
