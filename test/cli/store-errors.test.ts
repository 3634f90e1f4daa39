import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { repoPath } from '../../src/knowledge/data-files.js';

function readout(args: string[]) {
  const run = spawnSync(process.execPath, [repoPath('bin/readout.js'), ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'readout-store-errors-'));

function article(dir: string): string {
  const path = join(dir, 'call.jsonl');
  writeFileSync(path, JSON.stringify({ id: 'call', published: '2024-03-04', text: readFileSync(repoPath('test/store/fixtures/call-first.txt'), 'utf8') }) + '\n');
  return path;
}

/** One line on standard error naming the file, exit code 2, no stack trace. */
function assertStoreError(run: { code: number | null; stderr: string }, file: string, reason: RegExp): void {
  assert.equal(run.code, 2, run.stderr);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.ok(lines[0].startsWith(`readout: ${file}: `), lines[0]);
  assert.match(lines[0], reason);
}

/** Makes a file unwritable, also for root (immutable); false when this system cannot. */
function protect(path: string, on: boolean): boolean {
  if (process.getuid?.() !== 0) {
    spawnSync('chmod', [on ? 'a-w' : 'u+w', path]);
    return true;
  }
  return spawnSync('chattr', [on ? '+i' : '-i', path]).status === 0;
}

test('queries read a write-protected store, and never turn a file into a store', (t) => {
  const dir = tempDir();
  const db = join(dir, 'store.db');
  assert.equal(readout(['ingest', article(dir), '--db', db, '--threads', '1', '-q']).code, 0);
  if (!protect(db, true)) return t.skip('cannot write-protect a file here');
  try {
    const events = readout(['events', '--db', db, '--format', 'json']);
    assert.equal(events.code, 0, events.stderr);
    assert.ok((JSON.parse(events.stdout) as unknown[]).length > 0);
    assert.equal(readout(['export', '--db', db]).code, 0);
  } finally {
    protect(db, false);
  }
  // An empty file is no store: a query says so and leaves it empty.
  const empty = join(dir, 'empty.db');
  writeFileSync(empty, '');
  assertStoreError(readout(['events', '--db', empty]), empty, /no store here yet/);
  assert.equal(statSync(empty).size, 0);
});

test("ingest refuses another application's SQLite file, a file that is not SQLite, and a newer store, leaving them as they were", () => {
  const dir = tempDir();
  const input = article(dir);
  const other = join(dir, 'other.db');
  const foreign = new Database(other);
  foreign.exec('CREATE TABLE notes (text TEXT)');
  foreign.close();
  const before = readFileSync(other);
  assertStoreError(readout(['ingest', input, '--db', other, '-q']), other, /not a readout store/);
  assertStoreError(readout(['events', '--db', other]), other, /not a readout store/);
  assert.deepEqual(readFileSync(other), before);

  const text = join(dir, 'notes.db');
  writeFileSync(text, 'these are notes, not a database\n'.repeat(100));
  assertStoreError(readout(['ingest', input, '--db', text, '-q']), text, /not a readout store|not a database/);

  const newer = join(dir, 'newer.db');
  assert.equal(readout(['ingest', input, '--db', newer, '--threads', '1', '-q']).code, 0);
  const store = new Database(newer);
  store.pragma('user_version = 99');
  store.close();
  assertStoreError(readout(['ingest', input, '--db', newer, '-q']), newer, /version 99 .*newer readout/);
  assertStoreError(readout(['events', '--db', newer]), newer, /version 99/);
});

test('an explicit --db in a directory that does not exist is an error; --debug shows the stack', () => {
  const dir = tempDir();
  const db = join(dir, 'missing', 'store.db');
  assertStoreError(readout(['ingest', article(dir), '--db', db, '-q']), db, /directory .*missing does not exist/);
  assert.equal(existsSync(join(dir, 'missing')), false);
  const debug = readout(['ingest', article(dir), '--db', db, '-q', '--debug']);
  assert.equal(debug.code, 2);
  assert.match(debug.stderr, /\n\s+at /);
});

test('export to a file in a directory that does not exist is one error line', () => {
  const dir = tempDir();
  const db = join(dir, 'store.db');
  assert.equal(readout(['ingest', article(dir), '--db', db, '--threads', '1', '-q']).code, 0);
  const out = join(dir, 'missing', 'events.jsonl');
  const run = readout(['export', '--db', db, '--out', out]);
  assert.equal(run.code, 1, run.stderr);
  assert.equal(run.stderr, `readout: ${out}: cannot write here: no such directory\n`);
});

test('a query on a store that does not exist says so and exits 2', () => {
  const missing = join(tempDir(), 'none.db');
  assertStoreError(readout(['events', '--db', missing]), missing, /no store here yet \(readout ingest creates it\)/);
  assert.equal(existsSync(missing), false);
});
