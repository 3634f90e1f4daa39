import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { test } from 'node:test';
import { warcPages, type WarcItem } from '../../../src/ingest/web/warc.js';
import { fixturePath } from './fixtures.js';

async function readAll(name: string): Promise<WarcItem[]> {
  const items: WarcItem[] = [];
  for await (const item of warcPages(createReadStream(fixturePath(name)), name)) items.push(item);
  return items;
}

test('WARC: HTML responses become pages with URL and capture date; images skipped; an HTTP error reported', async () => {
  const items = await readAll('pages.warc');
  const pages = items.flatMap((i) => (i.ok ? [i.page] : []));
  assert.deepEqual(pages.map((p) => [p.url, p.fetched]), [
    ['https://city.example/2022/05/03/library-reopens', '2022-05-03'],
    ['https://courier.example/news/harbour-ferry-link', '2024-03-10'],
  ]);
  assert.match(Buffer.from(pages[0].body).toString('utf8'), /The central library reopened/);
  const errors = items.flatMap((i) => (i.ok ? [] : [i.error.message]));
  assert.equal(errors.length, 1);
  assert.match(errors[0], /pages\.warc@\d+ https:\/\/city\.example\/missing: HTTP error 404/);
});

test('a truncated WARC keeps the whole records and ends with an error naming the file', async () => {
  const items = await readAll('truncated.warc');
  assert.ok(items[0].ok);
  const last = items[items.length - 1];
  assert.equal(last.ok, false);
  if (!last.ok) assert.match(last.error.message, /^truncated\.warc@\d+: truncated or corrupt WARC record/);
});
