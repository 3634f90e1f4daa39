import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeMarkup } from '../../../src/ingest/web/decode-markup.js';
import { parseFeed } from '../../../src/ingest/web/feeds.js';
import { fixtureBytes } from './fixtures.js';

const read = (name: string, url: string | null = null) => parseFeed(decodeMarkup(fixtureBytes(name), name), name, url, '2025-01-01');

test('RSS 2.0: items with absolute links, local dates, creators and full content as text', () => {
  const feed = read('feed-rss2.xml', 'https://courier.example/news/feed.xml');
  assert.equal(feed.format, 'rss');
  assert.equal(feed.items.length, 2);
  const [first, second] = feed.items;
  assert.equal(first.link, 'https://courier.example/news/harbour-ferry-link');
  assert.equal(first.published, '2024-03-07');
  assert.equal(first.byline, 'Mara Lind');
  assert.equal(first.summary, 'The council voted to approve a new ferry link.');
  assert.equal(first.content, 'The harbour council voted on Thursday to approve a new ferry link.\n\nFishermen promised to challenge the decision.');
  assert.equal(second.content, null);
  assert.equal(second.published, '2024-03-05');
});

test('Atom: alternate link, published (not updated) date, HTML title as text', () => {
  const [entry] = read('feed-atom.xml').items;
  assert.equal(entry.title, 'Vineyards expect an early harvest');
  assert.equal(entry.link, 'https://valley.example/2023/08/harvest');
  assert.equal(entry.published, '2023-08-14');
  assert.equal(entry.byline, 'Lucie Marchand');
});

test('JSON Feed', () => {
  const feed = read('feed.json');
  assert.equal(feed.format, 'json');
  assert.deepEqual(
    feed.items.map((i) => [i.title, i.link, i.published, i.byline]),
    [['Library reopens after flood repairs', 'https://city.example/library-reopens', '2022-05-03', 'Ines Vale']],
  );
});

test('text that is no feed is a named error', () => {
  assert.throws(() => read('not-a-feed.xml'), /not-a-feed\.xml: unparseable feed/);
});
