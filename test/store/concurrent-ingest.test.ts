import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/jobs/stores.js';
import { repoPath } from '../../src/knowledge/data-files.js';

const ARTICLES = 8;

function ingest(inputs: string[], db: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [repoPath('bin/readout.js'), 'ingest', ...inputs, '--db', db, '--batch', '1', '--threads', '1', '-q']);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

async function stats(db: string) {
  const { store } = await openStore(db, { mustExist: true });
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}

test('three ingests of overlapping inputs into one store at once all finish, each article stored once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-concurrent-'));
  const fixtures = ['talks-announced.txt', 'talks-held.txt', 'call-first.txt', 'call-second.txt'].map((f) => readFileSync(repoPath(`test/store/fixtures/${f}`), 'utf8'));
  const record = (i: number) => JSON.stringify({ id: `a${i}`, published: `2024-03-${String(1 + i).padStart(2, '0')}`, text: fixtures[i % fixtures.length] });
  const file = (name: string, ids: number[]) => {
    const path = join(dir, name);
    writeFileSync(path, ids.map(record).join('\n') + '\n');
    return path;
  };
  const all = Array.from({ length: ARTICLES }, (_, i) => i);
  const inputs = [file('first.jsonl', all.slice(0, 5)), file('second.jsonl', all.slice(3)), file('all.jsonl', all)];

  const shared = join(dir, 'shared.db');
  const runs = await Promise.all(inputs.map((input) => ingest([input], shared)));
  for (const run of runs) assert.equal(run.code, 0, run.stderr);
  const alone = join(dir, 'alone.db');
  assert.equal((await ingest([inputs[2]], alone)).code, 0);

  const [together, single] = [await stats(shared), await stats(alone)];
  assert.deepEqual([together.articles, together.versions], [ARTICLES, ARTICLES]);
  assert.deepEqual([together.reports, together.quotes], [single.reports, single.quotes]);
});
