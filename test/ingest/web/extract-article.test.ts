import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeMarkup } from '../../../src/ingest/web/decode-markup.js';
import { extractArticle } from '../../../src/ingest/web/extract-article.js';
import { fixtureBytes } from './fixtures.js';

const extract = (name: string, options = {}) => extractArticle(decodeMarkup(fixtureBytes(name), name), name, { fetched: '2024-12-31', ...options });

test('JSON-LD page: metadata with sources, the published date as written (not the modified one)', () => {
  const a = extract('article-jsonld.html');
  assert.equal(a.title, 'Harbour council approves new ferry link');
  assert.equal(a.sources.title, 'jsonld');
  assert.equal(a.byline, 'Mara Lind, Tomas Berg');
  assert.equal(a.published, '2024-03-07'); // 23:40 at -05:00 is 8 March in UTC: the local date is kept
  assert.equal(a.sources.published, 'jsonld');
  assert.equal(a.language, 'en-GB');
  assert.equal(a.site, 'The Coastline Courier');
  assert.equal(a.url, 'https://courier.example/news/harbour-ferry-link');
  assert.equal(a.sources.url, 'meta:canonical');
});

test('block-aware text: one paragraph or heading a line; captions, share boxes and link lists left out', () => {
  const a = extract('article-jsonld.html');
  const lines = a.text.split('\n').filter((l) => l !== '');
  // A byline line in the body stays: the article-layout stage marks it as the byline.
  assert.deepEqual(lines.map((l) => l.slice(0, 30)), [
    'By Mara Lind and Tomas Berg',
    'The harbour council voted on T',
    'Councillors backed the plan by',
    'Opposition from fishermen',
    "The local fishermen's associat",
    'The mayor said the first cross',
  ]);
  assert.doesNotMatch(a.text, /Photo: Courier archive|Share on social media|Bridge repairs delayed|Home/);
});

test('meta-only page: windows-1252 declared in http-equiv, author and article:published_time meta', () => {
  const a = extract('article-meta-only.html');
  assert.match(a.text, /quality of the fruit was “excellent” so far/);
  assert.equal(a.byline, 'Lucie Marchand');
  assert.equal(a.sources.byline, 'meta:author');
  assert.equal(a.published, '2023-08-14');
  assert.equal(a.sources.published, 'meta:article:published_time');
});

test('visible date nearest the headline, not the site clock above it nor a teaser below', () => {
  const a = extract('article-visible-date.html');
  assert.equal(a.published, '2024-11-14');
  assert.equal(a.sources.published, 'text');
  assert.equal(a.language, 'de');
});

test('URL date as the last resort; no date at all gives null, never today', () => {
  assert.deepEqual([extract('article-url-date.html', { url: 'https://city.example/2022/05/03/library-reopens' }).published], ['2022-05-03']);
  const none = extract('article-url-date.html', { url: 'https://city.example/library-reopens' });
  assert.equal(none.published, null);
  assert.equal(none.site, 'city.example');
  assert.equal(none.sources.site, 'url');
});

test('a date after the fetch day is refused', () => {
  assert.equal(extract('article-jsonld.html', { fetched: '2024-03-01' }).published, null);
});

test('not HTML and an empty extraction are named errors', () => {
  assert.throws(() => extract('not-html.html'), /not-html\.html: not HTML/);
  assert.throws(() => extract('empty-body.html'), /empty-body\.html: empty extraction/);
});
