import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../src/knowledge/data-files.js';
import { evaluatePos } from '../../dev/eval/pos.js';
import { readConllu } from '../../dev/eval/conllu.js';
import { lemmatize } from '../../src/text/lemmatize.js';
import { tagText } from '../../src/text/tag-text.js';
import { defaultTagger } from '../../src/text/tagger.js';
import { tokenize } from '../../src/text/tokenize.js';

test('tags the obvious words of a news sentence', () => {
  const words = ['The', 'minister', 'said', 'the', 'two', 'countries', 'would', 'sign', 'a', 'new', 'treaty', 'on', 'Monday', '.'];
  const tags = defaultTagger().tag(words);
  const at = (w: string) => tags[words.indexOf(w)];
  assert.deepEqual(at('said'), { upos: 'VERB', xpos: 'VBD' });
  assert.deepEqual(at('the'), { upos: 'DET', xpos: 'DT' });
  assert.deepEqual(at('countries'), { upos: 'NOUN', xpos: 'NNS' });
  assert.deepEqual(at('would'), { upos: 'AUX', xpos: 'MD' });
  assert.deepEqual(at('Monday'), { upos: 'PROPN', xpos: 'NNP' });
  assert.deepEqual(at('.'), { upos: 'PUNCT', xpos: '.' });
});

test('tagText returns tagged, lemmatised tokens with absolute offsets', () => {
  const text = 'Rain fell. Officials didn\'t close the roads.';
  const tokens = tagText(text, [{ start: 0, end: 10 }, { start: 11, end: text.length }]);
  assert.equal(tokens.length, tokenize(text, 0, 10).length + tokenize(text, 11, text.length).length);
  const nt = tokens.find((t) => text.slice(t.start, t.end) === "n't");
  assert.equal(nt?.lemma, 'not');
  const roads = tokens.find((t) => text.slice(t.start, t.end) === 'roads');
  assert.deepEqual([roads?.upos, roads?.lemma], ['NOUN', 'road']);
});

test('lemmas follow UD English', () => {
  assert.equal(lemmatize("n't", 'PART', 'RB'), 'not');
  assert.equal(lemmatize("'s", 'AUX', 'VBZ'), 'be');
  assert.equal(lemmatize("'s", 'PART', 'POS'), "'s");
  assert.equal(lemmatize('went', 'VERB', 'VBD'), 'go');
  assert.equal(lemmatize('countries', 'NOUN', 'NNS'), 'country');
  assert.equal(lemmatize('stopped', 'VERB', 'VBD'), 'stop');
  assert.equal(lemmatize('Paris', 'PROPN', 'NNP'), 'Paris');
  assert.equal(lemmatize('The', 'DET', 'DT'), 'the');
  assert.equal(lemmatize('better', 'ADJ', 'JJR'), 'good');
});

test('a verb form keeps the final e its stem has, and only then', () => {
  for (const [form, xpos, lemma] of [['blamed', 'VBD', 'blame'], ['imposed', 'VBN', 'impose'], ['hoped', 'VBD', 'hope'], ['exhuming', 'VBG', 'exhume'], ['opened', 'VBD', 'open'], ['budgeted', 'VBN', 'budget'], ['singing', 'VBG', 'sing']]) {
    assert.equal(lemmatize(form, 'VERB', xpos), lemma, form);
  }
});

test('UPOS accuracy on GUM news is at least 96%', (t) => {
  const news = join(repoPath('../shared'), 'data/nlp/gum/news');
  if (!existsSync(news)) return t.skip('shared data not available');
  // Gold sentences, looked up by the rebuilt text that evaluatePos hands over.
  const gold = new Map(readdirSync(news).flatMap((f) => readConllu(join(news, f))).map((d) => [d.text, d.sentences]));
  const scores = evaluatePos(news, (text) => tagText(text, gold.get(text) ?? []));
  assert.ok(scores.aligned > 0.99, `aligned ${scores.aligned}`);
  assert.ok(scores.upos >= 0.96, `UPOS ${scores.upos}`);
});
