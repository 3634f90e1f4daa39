import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import { ingestArticles } from '../../src/jobs/ingest-articles.js';
import { openStore } from '../../src/jobs/stores.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import type { Store } from '../../src/store/store.js';

const fixture = (file: string, published: string) => ({ id: file, text: readFileSync(repoPath(`test/store/fixtures/${file}`), 'utf8'), published, title: null, url: null });

let path: string;
let store: Store;
let app: FastifyInstance;

before(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'readout-cache-')), 'store.db');
  store = (await openStore(path)).store;
  await ingestArticles(store, [fixture('talks-announced.txt', '2024-03-04')]);
  app = await buildServer({ store, token: 'cache-token', exposed: false, logger: false, webRoot: null });
});
after(async () => {
  await app.close();
  await store.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
const articles = async () => (await get('/api/stats')).json().articles as number;

test('a repeated read is answered from the cache, with the same body and an ETag that revalidates to 304', async () => {
  const first = await get('/api/events?limit=5');
  const second = await get('/api/events?limit=5');
  assert.equal(first.headers['x-cache'], 'miss');
  assert.equal(second.headers['x-cache'], 'hit');
  assert.equal(second.body, first.body);
  assert.equal(second.headers['content-type'], first.headers['content-type']);
  const etag = String(second.headers.etag);
  assert.match(etag, /^W\/"/);
  const revalidated = await get('/api/events?limit=5', { 'if-none-match': etag });
  assert.equal(revalidated.statusCode, 304);
  assert.equal(revalidated.body, '');
  // Another URL is another answer.
  assert.equal((await get('/api/events?limit=4')).headers['x-cache'], 'miss');
});

test('a write through the API is seen by the next read', async () => {
  const before = await articles();
  assert.equal(before, await articles());
  const res = await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: 'Bearer cache-token' }, payload: { articles: [fixture('talks-held.txt', '2024-03-13')] } });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(await articles(), before + 1);
});

test("another process's write to the same store is seen by the next read", async () => {
  const before = await articles();
  const other = (await openStore(path)).store;
  try {
    await ingestArticles(other, [fixture('call-first.txt', '2024-03-04')]);
  } finally {
    await other.close();
  }
  const res = await get('/api/stats');
  assert.equal(res.headers['x-cache'], 'miss');
  assert.equal(res.json().articles, before + 1);
});

test('errors are not cached, and a server without a cache says nothing of one', async () => {
  assert.equal((await get('/api/events/999999')).statusCode, 404);
  const again = await get('/api/events/999999');
  assert.equal(again.statusCode, 404);
  assert.equal(again.headers['x-cache'], undefined);
  const plain = await buildServer({ store, token: null, exposed: false, logger: false, webRoot: null, cacheBytes: 0 });
  try {
    const res = await plain.inject({ method: 'GET', url: '/api/stats' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['x-cache'], undefined);
  } finally {
    await plain.close();
  }
});

test('concurrent misses on one URL run the query once', async () => {
  let calls = 0;
  const counting: Store = Object.assign(Object.create(Object.getPrototypeOf(store)), store, {
    listEvents: (...args: Parameters<Store['listEvents']>) => {
      calls++;
      return store.listEvents(...args);
    },
    pageEvents: (...args: Parameters<Store['pageEvents']>) => {
      calls++;
      return store.pageEvents(...args);
    },
    dataVersion: () => store.dataVersion(),
  });
  const server = await buildServer({ store: counting, token: null, exposed: false, logger: false, webRoot: null });
  try {
    const answers = await Promise.all(Array.from({ length: 8 }, () => server.inject({ method: 'GET', url: '/api/events?limit=7' })));
    assert.ok(answers.every((a) => a.statusCode === 200 && a.body === answers[0].body));
    assert.equal(calls, 1);
  } finally {
    await server.close();
  }
});
