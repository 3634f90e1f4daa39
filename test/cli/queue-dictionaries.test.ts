import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../src/knowledge/data-files.js';

// No NATS server is needed: both checks come before any connection (port 9 answers nothing).
const NO_SERVER = 'nats://127.0.0.1:9';

function readout(args: string[]) {
  const run = spawnSync(process.execPath, [repoPath('bin/readout.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('ingest --queue refuses --actors and --verbs, which apply where articles are analysed: in the workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-queue-dict-'));
  const article = join(dir, 'a.txt');
  writeFileSync(article, 'Freedonia accused Sylvania of massing troops on the border.\n');
  const tsv = join(dir, 'mine.tsv');
  writeFileSync(tsv, 'Freedonia\tFRE\n');
  const run = readout(['ingest', article, '--queue', NO_SERVER, '--actors', tsv, '-q']);
  assert.equal(run.code, 1);
  assert.equal(run.stderr, 'readout: --actors and --verbs apply where articles are analysed: give them to `readout worker`, not to `ingest --queue`\n');
});

test('worker --actors reads the dictionaries before it connects: a bad file stops it with one line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-worker-dict-'));
  const bad = join(dir, 'bad.tsv');
  writeFileSync(bad, 'Sylvania\n');
  const run = readout(['worker', '--queue', NO_SERVER, '--db', join(dir, 'store.db'), '--actors', bad, '-q']);
  assert.equal(run.code, 1);
  assert.equal(run.stderr, `readout: ${bad}:1: expected "name<TAB>code[<TAB>provenance]", got "Sylvania" (and nothing read from ${bad}: is it an actors or agents file?)\n`);
});
