import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/pipeline.js';

// Fixture sentences written for these tests: invented people, real countries.
const person = (text: string, name: string) => analyzeArticle({ id: 'fixture', text, published: '2024-03-06', title: null, url: null }).actors.find((a) => a.kind === 'person' && a.name === name);

test("a person of no known country takes the country of an apposition headed by an agent noun", () => {
  const a = person("John Mwangi, Kenya's leading human rights activist, staged a hunger strike on Sunday.", 'John Mwangi');
  assert.equal(a?.country, 'KEN');
  assert.ok(a?.cameo?.startsWith('KEN'));
});

test('negative: an apposition headed by a relational noun names whom the person is against, not their country', () => {
  const a = person("John Mwangi, Uganda's fiercest critic, staged a hunger strike on Sunday.", 'John Mwangi');
  assert.ok(a, 'the person is an actor');
  assert.equal(a?.country, null);
});
