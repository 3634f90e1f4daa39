import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../src/knowledge/data-files.js';

function readout(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [repoPath('bin/readout.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'readout-cli-serve-'));
const db = join(dir, 'store.db');
const input = join(dir, 'talks.jsonl');
const article = (file: string, published: string) => JSON.stringify({ id: file, published, text: readFileSync(repoPath(`test/store/fixtures/${file}`), 'utf8') });
writeFileSync(input, [article('talks-announced.txt', '2024-03-04'), article('talks-held.txt', '2024-03-13'), article('call-second.txt', '2024-03-08')].join('\n') + '\n');

test('readout --version prints the package version', () => {
  const run = readout(['--version']);
  assert.equal(run.code, 0);
  assert.equal(run.stdout.trim(), JSON.parse(readFileSync(repoPath('package.json'), 'utf8')).version);
});

test("the text readout gives each event's words before its codes", () => {
  const run = readout(['analyze', repoPath('test/store/fixtures/talks-held.txt'), '--published', '2024-03-13', '--format', 'text', '-q']);
  assert.equal(run.code, 0, run.stderr);
  const events = run.stdout.split('\nEvents\n')[1].split('\n\n')[0].split('\n');
  assert.match(events[0], /^ {2}“Norway and Chile held talks in Santiago[^”]*”$/);
  assert.match(events[1], /^ {4}\S+ · occurred · CONSULT/);
});

test('readout events fits a 120-column terminal, wrapping the words, sorted by the event day', () => {
  assert.equal(readout(['ingest', input, '--db', db, '--threads', '1', '-q']).code, 0);
  const run = readout(['events', '--db', db, '--sort', 'earliest']);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  assert.ok(lines.every((l) => [...l].length <= 120), lines.map((l) => [...l].length).join());
  assert.match(lines[1], /│ id +│ date +│ status +│ type +│ who → whom +│ place +│ src +│ text +│/);
  const json = JSON.parse(readout(['events', '--db', db, '--sort', 'earliest', '--format', 'json']).stdout) as { id: number; first_reported: string }[];
  const ids = lines.flatMap((l) => /^│ (\d+) /.exec(l)?.[1] ?? []).map(Number);
  assert.deepEqual(ids, json.map((e) => e.id));
  assert.ok(lines.some((l) => /^│ +│/.test(l)), 'a wrapped line');
});

test('readout serve answers the API on 127.0.0.1 and stops on SIGTERM', async () => {
  const server = spawn(process.execPath, [repoPath('bin/readout.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    let stderr = '';
    server.stderr.setEncoding('utf8');
    const address = await new Promise<string>((resolve, reject) => {
      server.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (m) resolve(m[1]);
      });
      server.once('exit', () => reject(new Error(`serve exited: ${stderr}`)));
    });
    const stats = (await (await fetch(`${address}/api/stats`)).json()) as { articles: number };
    assert.equal(stats.articles, 3);
    const bad = await fetch(`${address}/api/events?limit=nope`);
    assert.equal(bad.status, 400);
    const write = await fetch(`${address}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x' }) });
    assert.equal(write.status, 401);
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
});
