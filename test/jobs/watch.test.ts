import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../src/jobs/stores.js';
import { parseInterval, watchUrls } from '../../src/jobs/watch.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import { hugePage, serve } from '../ingest/web/server.js';

const fixture = (name: string) => readFileSync(repoPath(`test/ingest/fixtures/web/${name}`));

test('watch: a served feed is ingested once; the second poll fetches nothing new; 503 retried, robots.txt and the size cap obeyed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-watch-'));
  process.env.READOUT_HTTP_CACHE = join(dir, 'http-validators.json'); // read when the URL reader first fetches
  let flakyCalls = 0;
  const feed = (origin: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>
    <item><title>Ferry</title><link>${origin}/news/ferry</link><pubDate>Thu, 07 Mar 2024 23:40:00 -0500</pubDate></item>
    <item><title>Harvest</title><link>${origin}/news/harvest</link><pubDate>Mon, 14 Aug 2023 06:15:00 +0200</pubDate></item>
    <item><title>Private</title><link>${origin}/private/draft</link></item>
    <item><title>Huge</title><link>${origin}/news/huge</link></item>
  </channel></rss>`;
  const server = await serve({
    '/robots.txt': (_q, r) => r.writeHead(200).end('User-agent: *\nDisallow: /private/\n'),
    '/feed.xml': (q, r) => (q.headers['if-none-match'] === '"feed-1"' ? r.writeHead(304).end() : r.writeHead(200, { etag: '"feed-1"', 'content-type': 'application/rss+xml' }).end(feed(server.origin))),
    '/news/ferry': (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"a"' }).end(fixture('article-jsonld.html')),
    '/news/harvest': (_q, r) => (++flakyCalls === 1 ? r.writeHead(503, { 'retry-after': '1' }).end() : r.writeHead(200, { 'content-type': 'text/html' }).end(fixture('article-meta-only.html'))),
    '/private/draft': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(fixture('article-url-date.html')),
    '/news/huge': hugePage(50, false),
  });
  const { store } = await openStore(join(dir, 'readout.db'));
  try {
    const polls = await watchUrls(store, [`${server.origin}/feed.xml`], { threads: 1, batchSize: 10, everyMs: 0, polls: 2 });
    const [first, second] = polls;
    assert.equal(first.added, 2);
    assert.deepEqual(first.failures.map((f) => [f.input.replace(server.origin, ''), f.reason.replace(/\d+ bytes/, 'N bytes')]), [
      ['/private/draft', `disallowed by ${server.origin}/robots.txt`],
      ['/news/huge', 'too large: more than N bytes'],
    ]);
    assert.equal(flakyCalls, 2, 'the 503 was retried');
    assert.ok(!server.log.some((r) => r.path.startsWith('/private/')));
    assert.deepEqual([second.added, second.updated, second.failures.length], [0, 0, 0]);
    const secondPoll = server.log.slice(server.log.findLastIndex((r) => r.path === '/feed.xml'));
    assert.deepEqual(secondPoll.map((r) => [r.path, r.ifNoneMatch]), [['/feed.xml', '"feed-1"']]);
  } finally {
    await store.close();
    await server.close();
  }
});

test('watch intervals', () => {
  assert.equal(parseInterval('10m'), 600_000);
  assert.equal(parseInterval('30s'), 30_000);
  assert.equal(parseInterval('2'), 2000);
  assert.throws(() => parseInterval('soon'), /bad interval "soon"/);
});
