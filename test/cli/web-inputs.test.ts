import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../src/knowledge/data-files.js';
import { Readout } from '../../src/model/schema.js';

function readout(args: string[]) {
  const run = spawnSync(process.execPath, [repoPath('bin/readout.js'), ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('analyze page.html: like a .txt input, with the extracted text the offsets index and the page metadata', () => {
  const page = repoPath('examples/ministers-water-deal.html');
  const run = readout(['analyze', '-q', page]);
  assert.equal(run.code, 0, run.stderr);
  const out = Readout.parse(JSON.parse(run.stdout));
  assert.equal(out.article.title, 'Ministers sign river water deal after two years of talks');
  assert.equal(out.article.published, '2025-10-22');
  assert.equal(out.article.url, 'https://ledger.example/world/2025/10/22/river-water-deal');
  assert.equal(out.article.dateline, 'VIENNA');
  const text = out.text!;
  assert.ok(text.startsWith('VIENNA — The foreign ministers of Hungary and Slovakia signed'));
  assert.doesNotMatch(text, /Photo: Ledger archive|Drought hits river shipping/);
  assert.ok(out.quotes.some((q) => text.slice(q.start, q.end).includes('This is a fair deal for farmers on both banks')));
});

test('a directory mixing a page, a feed, a bad page and a WARC: every good article read, every bad one named, the batch goes on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-web-'));
  for (const name of ['article-meta-only.html', 'feed-atom.xml', 'not-html.html', 'pages.warc']) copyFileSync(repoPath(`test/ingest/fixtures/web/${name}`), join(dir, name));
  writeFileSync(join(dir, 'saved-page.txt'), '<!DOCTYPE html><html><body><p>A page saved with the wrong extension still reads as a page, because its first bytes say so.</p></body></html>');
  const run = readout(['analyze', '-q', dir]);
  assert.equal(run.code, 1);
  const ids = run.stdout.trim().split('\n').map((line) => Readout.parse(JSON.parse(line)).article.id);
  assert.deepEqual(ids, [
    join(dir, 'article-meta-only.html'),
    'https://valley.example/2023/08/harvest',
    'https://city.example/2022/05/03/library-reopens',
    'https://courier.example/news/harbour-ferry-link',
    join(dir, 'saved-page.txt'),
  ]);
  assert.match(run.stderr, /not-html\.html: not HTML: no markup found/);
  assert.match(run.stderr, /pages\.warc@\d+ https:\/\/city\.example\/missing: HTTP error 404/);
});
