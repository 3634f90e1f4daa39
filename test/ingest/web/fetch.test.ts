import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PoliteFetcher, retryAfterMs, type Validators } from '../../../src/ingest/web/fetch.js';
import { hugePage, serve } from './server.js';

const page = '<html><body><p>hello</p></body></html>';

test('names itself, honours robots.txt, follows a bounded number of redirects', async () => {
  const server = await serve({
    '/robots.txt': (_q, r) => r.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'),
    '/ok': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(page),
    '/private/secret': (_q, r) => r.writeHead(200).end(page),
    '/moved': (_q, r) => r.writeHead(301, { location: '/ok' }).end(),
    '/loop': (_q, r) => r.writeHead(302, { location: '/loop' }).end(),
  });
  try {
    const fetcher = new PoliteFetcher({ perHostPerSecond: 100, maxRedirects: 3 });
    const ok = await fetcher.get(`${server.origin}/moved`);
    assert.equal(ok.status, 'ok');
    assert.equal(ok.url, `${server.origin}/ok`);
    assert.match(server.log[0].userAgent, /^Readout\//);
    await assert.rejects(fetcher.get(`${server.origin}/private/secret`), /private\/secret: disallowed by .*robots\.txt/);
    assert.ok(!server.log.some((r) => r.path.startsWith('/private/')), 'a disallowed path is never requested');
    await assert.rejects(fetcher.get(`${server.origin}/loop`), /too many redirects \(more than 3\)/);
    assert.equal(server.log.filter((r) => r.path === '/loop').length, 4);
    await assert.rejects(fetcher.get(`${server.origin}/nowhere`), /nowhere: HTTP error 404/);
  } finally {
    await server.close();
  }
});

test('a 503 with Retry-After is retried after the wait; one that keeps failing is an error', async () => {
  let calls = 0;
  const server = await serve({
    '/flaky': (_q, r) => (++calls === 1 ? r.writeHead(503, { 'retry-after': '1' }).end() : r.writeHead(200, { 'content-type': 'text/html' }).end(page)),
    '/down': (_q, r) => r.writeHead(500).end(),
    '/later': (_q, r) => r.writeHead(429, { 'retry-after': '3600' }).end(),
  });
  try {
    const fetcher = new PoliteFetcher({ perHostPerSecond: 100, robots: false, retries: 2, backoffMs: 10 });
    const result = await fetcher.get(`${server.origin}/flaky`);
    assert.equal(result.status, 'ok');
    const [first, second] = server.log.filter((r) => r.path === '/flaky');
    assert.ok(second.at - first.at >= 900, `waited ${second.at - first.at} ms for Retry-After: 1`);
    await assert.rejects(fetcher.get(`${server.origin}/down`), /down: HTTP error 500/);
    assert.equal(server.log.filter((r) => r.path === '/down').length, 3);
    await assert.rejects(fetcher.get(`${server.origin}/later`), /retry after 3600 s, longer than 120 s/);
  } finally {
    await server.close();
  }
});

test('a 50 MB page is refused, announced or not', async () => {
  const server = await serve({ '/announced': hugePage(50, true), '/streamed': hugePage(50, false) });
  try {
    const fetcher = new PoliteFetcher({ perHostPerSecond: 100, robots: false });
    await assert.rejects(fetcher.get(`${server.origin}/announced`), /announced: too large: 52428800 bytes, the limit is 10485760/);
    await assert.rejects(fetcher.get(`${server.origin}/streamed`), /streamed: too large: more than 10485760 bytes/);
  } finally {
    await server.close();
  }
});

test('conditional GET: an unchanged page answers 304 and nothing is downloaded', async () => {
  const server = await serve({
    '/feed': (q, r) => (q.headers['if-none-match'] === '"v1"' ? r.writeHead(304).end() : r.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end('<rss/>')),
  });
  try {
    const store = new Map<string, Validators>();
    const fetcher = new PoliteFetcher({ perHostPerSecond: 100, robots: false, validators: { get: (u) => store.get(u), set: (u, v) => store.set(u, v) } });
    assert.equal((await fetcher.get(`${server.origin}/feed`)).status, 'ok');
    assert.equal((await fetcher.get(`${server.origin}/feed`)).status, 'not-modified');
    assert.deepEqual(server.log.map((r) => r.ifNoneMatch), [null, '"v1"']);
  } finally {
    await server.close();
  }
});

test('requests to one host are spaced by the rate', async () => {
  const server = await serve({ '/p': (_q, r) => r.writeHead(200).end(page) });
  try {
    const fetcher = new PoliteFetcher({ perHostPerSecond: 5, robots: false });
    await Promise.all([1, 2, 3].map(() => fetcher.get(`${server.origin}/p`)));
    const times = server.log.map((r) => r.at).sort((a, b) => a - b);
    assert.ok(times[2] - times[0] >= 300, // 400 ms by the clock; the first request also opens the connection
      `three requests within ${times[2] - times[0]} ms at 5 a second`);
  } finally {
    await server.close();
  }
});

test('Retry-After as seconds or an HTTP date', () => {
  assert.equal(retryAfterMs('2'), 2000);
  assert.equal(retryAfterMs(null), null);
  const inAMinute = retryAfterMs(new Date(Date.now() + 60_000).toUTCString())!;
  assert.ok(inAMinute > 55_000 && inAMinute <= 60_000);
});
