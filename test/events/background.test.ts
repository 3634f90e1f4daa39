import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/pipeline.js';

// Fixture sentences written for these tests: real countries and roles, invented events (issue 16, item 6).
const events = (text: string, published: string) => analyzeArticle({ id: 'fixture', text, published, title: null, url: null }).events;

test('a meeting dated months before the report is background, and the news meeting stays its own event', () => {
  const e = events('Gabriel Boric met Dina Boluarte in Lima on Monday. Boric last met Boluarte on April 25.', '2024-08-14');
  const consult = e.filter((x) => x.type === 'CONSULT');
  assert.equal(consult.length, 2, JSON.stringify(consult));
  assert.deepEqual(consult.map((x) => [x.date.value, x.background]), [['2024-08-12', false], ['2024-04-25', true]]);
});

test('an event in a past year is background', () => {
  const [e] = events('Chilean troops attacked Peruvian border posts in 2014.', '2024-08-14');
  assert.deepEqual([e?.type, e?.background], ['ASSAULT', true]);
});

test('negative: an event of the news week is no background', () => {
  const [e] = events('Chilean troops attacked Peruvian border posts on Monday.', '2024-08-14');
  assert.deepEqual([e?.type, e?.background], ['ASSAULT', false]);
});

test('negative: a planned event dated in the past is no background (only what took place is)', () => {
  const e = events('Chile refused to meet Peru on Monday.', '2024-08-14');
  assert.ok(e.every((x) => !x.background), JSON.stringify(e));
});

test('an undated news meeting does not merge into a background meeting of the same pair', () => {
  const e = events('Gabriel Boric met Dina Boluarte in Lima. Boric last met Boluarte on April 25.', '2024-08-14');
  assert.deepEqual(e.filter((x) => x.type === 'CONSULT').map((x) => x.background), [false, true]);
});
