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

const TOKEN = 'test-token-123';
const fixture = (file: string, published: string) => ({ id: file, text: readFileSync(repoPath(`test/store/fixtures/${file}`), 'utf8'), published, title: null, url: null });
const ARTICLES = [
  fixture('talks-announced.txt', '2024-03-04'), fixture('talks-held.txt', '2024-03-13'), fixture('call-first.txt', '2024-03-04'), fixture('call-second.txt', '2024-03-08'),
  fixture('cartel-meeting-set.txt', '1987-06-01'), fixture('cartel-meeting-held.txt', '1987-06-26'), fixture('tariff-first.txt', '1987-04-09'),
  { id: 'grain-corridor-talks.txt', text: readFileSync(repoPath('examples/grain-corridor-talks.txt'), 'utf8'), published: '2025-06-12', title: null, url: null },
];

let store: Store;
let app: FastifyInstance;

before(async () => {
  store = (await openStore(join(mkdtempSync(join(tmpdir(), 'readout-api-')), 'store.db'))).store;
  const results = await ingestArticles(store, ARTICLES);
  assert.ok(results.every((r) => r.state === 'new'), JSON.stringify(results));
  app = await buildServer({ store, token: TOKEN, exposed: false, logger: false, webRoot: null });
});
after(async () => {
  await app.close();
  await store.close();
});

async function get(url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().startsWith('application/json') ? res.json() : res.body, headers: res.headers };
}

type EventJson = { id: number; type: string; status: string; place: string | null; sources: number; text: string };

test('GET /openapi.json describes every endpoint with its parameters', async () => {
  const { status, body } = await get('/openapi.json');
  assert.equal(status, 200);
  const paths = Object.keys(body.paths).sort();
  for (const p of ['/api/events', '/api/events/{id}', '/api/events/{id}/story', '/api/quotes', '/api/actors', '/api/actors/{id}', '/api/articles/{id}', '/api/search', '/api/aggregates/timeline', '/api/aggregates/network', '/api/aggregates/places', '/api/analyze', '/api/ingest']) {
    assert.ok(paths.includes(p), `${p} missing from ${paths}`);
  }
  const names = body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
  assert.ok(['actor', 'dyad', 'status', 'from', 'cursor', 'sort', 'format'].every((n) => names.includes(n)), names.join());
});

test('GET /api/events lists what the store holds, a page at a time, filtered, sorted and as JSON, CSV or PLOVER', async () => {
  const stats = await store.stats();
  const all: EventJson[] = [];
  let cursor: string | null = '';
  let pages = 0;
  while (cursor !== null) {
    const { status, body } = await get(`/api/events?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(status, 200);
    all.push(...body.events);
    cursor = body.next;
    pages++;
  }
  assert.equal(all.length, stats.events);
  assert.equal(new Set(all.map((e) => e.id)).size, stats.events);
  assert.equal(pages, Math.max(1, Math.ceil(stats.events / 3))); // the last page has no next cursor
  // A cursor continues the listing it came from: in another order it is refused, naming it.
  const first = (await get('/api/events?limit=2&sort=sources')).body;
  const second = (await get(`/api/events?limit=2&sort=sources&cursor=${first.next}`)).body;
  assert.deepEqual([...first.events, ...second.events].map((e: EventJson) => e.id), (await get('/api/events?limit=4&sort=sources')).body.events.map((e: EventJson) => e.id));
  const elsewhere = await get(`/api/events?limit=2&sort=earliest&cursor=${first.next}`);
  assert.equal(elsewhere.status, 400);
  assert.match(elsewhere.body.error, /cursor.*sources/);

  const santiago = (await get('/api/events?place=Santiago&type=consult')).body.events as EventJson[];
  assert.deepEqual(santiago.map((e) => [e.type, e.status, e.sources]), [['CONSULT', 'occurred', 2]]);
  const dyad = (await get('/api/events?dyad=NOR,CHL&status=occurred')).body.events as EventJson[];
  assert.ok(dyad.some((e) => e.id === (santiago[0] as EventJson).id) && dyad.every((e) => e.status === 'occurred'));
  const opec = (await get('/api/events?actor=OPEC&from=1987-06-01&to=1987-06-30')).body.events as EventJson[];
  assert.deepEqual(opec.map((e) => [e.type, e.place]), [['CONSULT', 'Vienna']]);
  const bySources = (await get('/api/events?sort=sources&limit=2')).body.events as EventJson[];
  assert.equal(bySources[0].sources, Math.max(...all.map((e) => e.sources)));
  assert.ok(((await get('/api/events?text=fisheries%20agreement')).body.events as EventJson[]).every((e) => e.id === santiago[0].id));

  const csv = await get('/api/events?place=Santiago&format=csv');
  assert.match(String(csv.headers['content-type']), /text\/csv/);
  const lines = String(csv.body).trim().split('\n');
  assert.equal(lines[0], 'id,date,status,type,cameo,actors,recipients,place,sources,first_reported,last_reported,text');
  assert.equal(lines.length, 2);
  const plover = await get('/api/events?place=Santiago&format=plover');
  const records = String(plover.body).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records.map((r) => [r.id, r.event[0], r.status]), [[`readout-${santiago[0].id}`, 'CONSULT', 'occurred']]);
});

test('GET /api/events/:id and its story give the reports in order with status, evidence words and merge reason', async () => {
  const [talks] = (await get('/api/events?place=Santiago&type=CONSULT')).body.events as EventJson[];
  const one = await get(`/api/events/${talks.id}`);
  assert.equal(one.status, 200);
  assert.deepEqual(one.body.reports.map((r: { article: string; status: string }) => [r.article, r.status]), [['talks-announced.txt', 'planned'], ['talks-held.txt', 'occurred']]);
  const story = await get(`/api/events/${talks.id}/story`);
  assert.equal(story.body.steps[1].merge.rule, 'merge.dyad');
  assert.ok(story.body.steps[1].evidence.length > 0 && story.body.steps[1].evidence.every((e: { text: string; rule: string }) => e.text && e.rule));
  assert.equal((await get('/api/events/999999')).status, 404);
  assert.equal((await get('/api/events/999999/story')).status, 404);
});

test('GET /api/quotes, /api/actors and /api/actors/:id with its events and quotes', async () => {
  const quotes = (await get('/api/quotes?text=frank%20discussion')).body.quotes;
  assert.deepEqual(quotes.map((q: { speaker: string; article: string }) => [q.speaker, q.article]), [['a ministry spokesperson', 'talks-announced.txt']]);
  const actors = (await get('/api/actors?kind=country&country=nor')).body.actors;
  assert.deepEqual(actors.map((a: { name: string }) => a.name), ['Norway']);
  const norway = await get(`/api/actors/${actors[0].id}`);
  assert.equal(norway.body.actor.name, 'Norway');
  assert.equal(norway.body.events.length, actors[0].events);
  assert.ok(norway.body.events.some((e: EventJson) => e.place === 'Santiago'));
  assert.ok(Array.isArray(norway.body.quotes));
  assert.equal((await get('/api/actors/999999')).status, 404);
});

test('GET /api/articles/:id gives the text and each fact on its characters; /api/search finds articles by words', async () => {
  const { status, body } = await get('/api/articles/talks-held.txt');
  assert.equal(status, 200);
  assert.equal(body.text, ARTICLES[1].text);
  const shown = body.facts.map((f: { layer: string; start: number; end: number }) => [f.layer, body.text.slice(f.start, f.end)]);
  assert.ok(shown.some(([layer, text]: string[]) => layer === 'actor' && text === 'Norway'), JSON.stringify(shown));
  assert.ok(body.facts.some((f: { layer: string; rule: string | null }) => f.layer === 'event' && f.rule));
  assert.equal((await get('/api/articles/no-such.txt')).status, 404);

  const hits = (await get('/api/search?q=fisheries%20agreement')).body.articles;
  assert.ok(hits.length >= 1 && hits.every((h: { snippet: string }) => /«fisheries agreement»/i.test(h.snippet)), JSON.stringify(hits));
});

test('aggregates: counts over time add up to the events, network edges carry conflict–cooperation scores, places their counts', async () => {
  const total = (await store.stats()).events;
  const timeline = (await get('/api/aggregates/timeline?period=month&stack=quad')).body;
  const sum = timeline.series.reduce((n: number, s: { counts: number[] }) => n + s.counts.reduce((a, b) => a + b, 0), 0);
  assert.equal(sum + timeline.undated, total);
  assert.ok(timeline.series.every((s: { key: string }) => /^(verbal|material) (cooperation|conflict)$/.test(s.key)), JSON.stringify(timeline.series));
  assert.deepEqual(timeline.periods, [...timeline.periods].sort());
  const byType = (await get('/api/aggregates/timeline?period=year&stack=type&type=CONSULT')).body;
  assert.deepEqual(byType.series.map((s: { key: string }) => s.key), ['CONSULT']);

  const network = (await get('/api/aggregates/network')).body;
  const names = new Map(network.nodes.map((n: { id: number; name: string }) => [n.id, n.name]));
  const edge = network.edges.find((e: { source: number; target: number }) => [names.get(e.source), names.get(e.target)].sort().join() === 'Chile,Norway');
  assert.ok(edge && edge.events >= 1 && edge.score > 0, JSON.stringify(network));
  assert.ok(network.edges.every((e: { source: number; target: number }) => names.has(e.source) && names.has(e.target)));

  const places = (await get('/api/aggregates/places')).body.places;
  assert.ok(places.some((p: { name: string; events: number }) => p.name === 'Santiago' && p.events === 1), JSON.stringify(places));
  assert.deepEqual((await get('/api/aggregates/places?country=PRK')).body.places, []);
});

test('a bad parameter is a 400 that names it', async () => {
  const cases: [string, RegExp][] = [
    ['/api/events?limit=0', /limit/],
    ['/api/events?limit=abc', /limit/],
    ['/api/events?from=2024-13-01', /from/],
    ['/api/events?to=2024-02-30', /to/],
    ['/api/events?status=finished', /status/],
    ['/api/events?dyad=NOR', /dyad/],
    ['/api/events?cursor=-5', /cursor/],
    ['/api/events?cursor=50', /cursor/],
    [`/api/events?cursor=${Buffer.from('["latest",null,1,0]').toString('base64url')}`, /cursor/],
    ['/api/events?format=xml', /format/],
    ['/api/events?colour=red', /colour/],
    ['/api/events/abc', /id/],
    ['/api/quotes?from=yesterday', /from/],
    ['/api/actors?kind=robot', /kind/],
    ['/api/search', /q/],
    ['/api/aggregates/timeline?period=week', /period/],
    ['/api/aggregates/network?limit=100000', /limit/],
  ];
  for (const [url, name] of cases) {
    const { status, body } = await get(url);
    assert.equal(status, 400, url);
    assert.match(body.error, name, `${url}: ${body.error}`);
  }
});

test('analyze and ingest need the bearer token; bodies are validated and size-limited', async () => {
  const article = { id: 'api-article', text: ARTICLES[3].text, published: '2024-03-20' };
  const post = (url: string, payload: unknown, token?: string) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers: token ? { authorization: `Bearer ${token}` } : {} });
  assert.equal((await post('/api/analyze', article)).statusCode, 401);
  assert.equal((await post('/api/analyze', article, 'wrong')).statusCode, 401);
  assert.equal((await post('/api/ingest', { articles: [article] })).statusCode, 401);

  const analysed = await post('/api/analyze', article, TOKEN);
  assert.equal(analysed.statusCode, 200);
  const readout = analysed.json();
  assert.equal(readout.schema, 'readout/1');
  assert.ok(readout.events.some((e: { cameo: string }) => e.cameo?.startsWith('04')), JSON.stringify(readout.events));

  const bad = await post('/api/analyze', { id: 'x', text: 'Hello.', published: '20-03-2024' }, TOKEN);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().error, /published/);
  assert.equal((await post('/api/ingest', { articles: [] }, TOKEN)).statusCode, 400);

  const huge = await app.inject({ method: 'POST', url: '/api/analyze', payload: JSON.stringify({ id: 'big', text: 'x'.repeat(3 * 1024 * 1024) }), headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } });
  assert.equal(huge.statusCode, 413);

  const before = await store.stats();
  const first = await post('/api/ingest', { articles: [article] }, TOKEN);
  assert.equal(first.statusCode, 200);
  assert.deepEqual(first.json().results.map((r: { id: string; state: string }) => [r.id, r.state]), [['api-article', 'new']]);
  assert.equal((await store.stats()).articles, before.articles + 1);
  const again = await post('/api/ingest', { articles: [article] }, TOKEN);
  assert.deepEqual(again.json().results.map((r: { state: string }) => r.state), ['unchanged']);
});

test('SQL- and FTS-shaped input is taken as words: no error and no extra rows', async () => {
  const before = await store.stats();
  const shaped = ['" OR 1=1 --', "%' OR '1'='1", "'); DROP TABLE events; --", 'NEAR(talks fisheries) OR *', 'fisheries* OR agreement', '"', '*', 'a AND NOT b', '%', '_'];
  for (const value of shaped) {
    const v = encodeURIComponent(value);
    for (const url of [`/api/events?text=${v}`, `/api/events?place=${v}`, `/api/events?actor=${v}`, `/api/quotes?text=${v}`, `/api/quotes?speaker=${v}`, `/api/actors?name=${v}`, `/api/search?q=${v}`, `/api/aggregates/timeline?text=${v}`]) {
      const { status, body } = await get(url);
      assert.equal(status, 200, `${url}: ${JSON.stringify(body)}`);
      const rows = body.events ?? body.quotes ?? body.actors ?? body.articles ?? body.series;
      // None of these strings is in the stored texts or names: every match would be an injected one.
      assert.deepEqual(rows, [], url);
    }
  }
  assert.deepEqual(await store.stats(), before);
});

test('on a non-loopback host reads need the token too', async () => {
  const exposed = await buildServer({ store, token: TOKEN, exposed: true, logger: false, webRoot: null });
  try {
    assert.equal((await exposed.inject({ method: 'GET', url: '/api/events' })).statusCode, 401);
    assert.equal((await exposed.inject({ method: 'GET', url: '/api/events', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode, 200);
  } finally {
    await exposed.close();
  }
});
