import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/pipeline.js';
import { capSentences, SENTENCE_CAP, type CappedSentence } from '../../src/text/long-sentences.js';
import { splitParagraphs } from '../../src/text/paragraphs.js';
import { splitSentences } from '../../src/text/sentences.js';
import { generatedNews } from '../robustness/generated-news.js';

const sentencesOf = (text: string): CappedSentence[] => splitSentences(text, splitParagraphs(text, { start: 0, end: text.length }));

test('a page without punctuation on one line is cut into sentences under the cap', () => {
  const text = generatedNews(40_000, 3).replace(/[^\p{L}\p{N}]+/gu, ' ');
  const sentences = sentencesOf(text);
  assert.ok(sentences.length >= Math.floor(text.length / SENTENCE_CAP));
  for (const s of sentences) {
    assert.ok(s.end - s.start <= SENTENCE_CAP);
    assert.match(s.rule ?? '', /^sentence\.cap\.(space|rest)$/);
  }
  // The pieces cover the text: nothing but white space is lost between them.
  assert.equal(sentences.map((s) => text.slice(s.start, s.end)).join(' '), text.trim());
});

test('a long sentence is cut at the best boundary: semicolon, then comma and conjunction, then comma', () => {
  const clause = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const semicolon = `${clause(100)}, and ${clause(20)}; ${clause(100)}.`;
  assert.equal(capSentences(semicolon, [{ start: 0, end: semicolon.length }])[0].rule, 'sentence.cap.semicolon');
  const conjunction = `${clause(100)}, but ${clause(10)}, ${clause(100)}.`;
  const [first] = capSentences(conjunction, [{ start: 0, end: conjunction.length }]);
  assert.equal(first.rule, 'sentence.cap.comma-conjunction');
  assert.ok(conjunction.slice(first.start, first.end).endsWith(`${clause(100)},`));
  const comma = `${clause(100)}, ${clause(100)}.`;
  assert.equal(capSentences(comma, [{ start: 0, end: comma.length }])[0].rule, 'sentence.cap.comma');
  const solid = 'x'.repeat(3000);
  assert.deepEqual(capSentences(solid, [{ start: 0, end: 3000 }]).map((s) => [s.start, s.end, s.rule]), [
    [0, 1200, 'sentence.cap.hard'],
    [1200, 2400, 'sentence.cap.hard'],
    [2400, 3000, 'sentence.cap.rest'],
  ]);
});

test('sentences under the cap are left as they are', () => {
  const text = generatedNews(5000, 4);
  const sentences = sentencesOf(text);
  assert.ok(sentences.every((s) => !('rule' in s)));
});

test('events and quotes of a run-on line stay inside one capped sentence', () => {
  const text = generatedNews(20_000, 5).replace(/[^\p{L}\p{N} ]+/gu, ' ');
  const doc = analyzeArticle({ id: 'run-on', text, published: '2021-05-20', title: null, url: null });
  assert.ok(doc.events.length > 0);
  for (const e of doc.events) assert.ok(e.text.end - e.text.start <= SENTENCE_CAP, `an event over ${e.text.end - e.text.start} characters`);
  for (const q of doc.quotes) assert.ok(q.end - q.start <= SENTENCE_CAP, `a quote over ${q.end - q.start} characters`);
});
