import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/pipeline.js';

// Fixture sentences written for these tests: invented people and events (issue 16, item 5).
const people = (text: string) =>
  analyzeArticle({ id: 'fixture', text, published: '2024-03-06', title: null, url: null }).actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions.length]);

test('a transliteration of a first name is the same person', () => {
  assert.deepEqual(people('Yuri Petrovsky met the envoy in Minsk. Yury Petrovsky said the talks went well.'), [['Yuri Petrovsky', 2]]);
});

test('a surname spelt with one letter changed is the same person', () => {
  assert.deepEqual(people('Ivan Kuzmenko met the envoy in Kyiv on Monday. Later, Kuzmenco told reporters the talks went well.'), [['Ivan Kuzmenko', 2]]);
});

test('negative: two surnames two edits apart are two people', () => {
  assert.equal(people('Anna Kowalski met the envoy in Warsaw. Later, Anna Kowalczyk told reporters the talks went well.').length, 2);
});

test('negative: short surnames must agree letter for letter', () => {
  assert.equal(people('Lee Min met the envoy in Seoul. Later, Lee Mun told reporters the talks went well.').length, 2);
});
