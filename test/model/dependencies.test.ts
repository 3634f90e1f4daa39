import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dependencies } from '../../src/model/dependencies.js';
import type { Token } from '../../src/model/schema.js';

/** Tokens of a hand-parsed sentence: [word, upos, head (1-based, 0 root), deprel] as in CoNLL-U. */
function sentence(rows: [string, string, number, string][], offset = 0, text = { value: '' }): Token[] {
  return rows.map(([word, upos, head, deprel]) => {
    if (text.value.length > 0) text.value += ' ';
    const start = text.value.length;
    text.value += word;
    return { start, end: start + word.length, upos, xpos: '_', lemma: word.toLowerCase(), head: head === 0 ? -1 : offset + head - 1, deprel };
  });
}

// "The minister, who arrived on Monday, said police had arrested two men."
const text = { value: '' };
const tokens = sentence(
  [
    ['The', 'DET', 2, 'det'],
    ['minister', 'NOUN', 9, 'nsubj'],
    [',', 'PUNCT', 5, 'punct'],
    ['who', 'PRON', 5, 'nsubj'],
    ['arrived', 'VERB', 2, 'acl'],
    ['on', 'ADP', 7, 'case'],
    ['Monday', 'PROPN', 5, 'obl'],
    [',', 'PUNCT', 5, 'punct'],
    ['said', 'VERB', 0, 'root'],
    ['police', 'NOUN', 12, 'nsubj'],
    ['had', 'AUX', 12, 'aux'],
    ['arrested', 'VERB', 9, 'ccomp'],
    ['two', 'NUM', 14, 'nummod'],
    ['men', 'NOUN', 12, 'obj'],
    ['.', 'PUNCT', 9, 'punct'],
  ],
  0,
  text,
);
const at = (word: string) => tokens.findIndex((t) => text.value.slice(t.start, t.end) === word);

test('dependents by relation, in text order', () => {
  const deps = dependencies(tokens);
  assert.deepEqual(deps.dependents(at('said'), 'nsubj'), [at('minister')]);
  assert.equal(deps.dependent(at('arrested'), 'obj'), at('men'));
  assert.equal(deps.dependent(at('arrested'), 'iobj'), -1);
  assert.deepEqual(deps.dependents(at('arrived')), [2, 3, 6, 7]);
});

test('the subtree span of a subject takes in its relative clause', () => {
  const span = dependencies(tokens).subtreeSpan(at('minister'));
  assert.equal(text.value.slice(span.start, span.end), 'The minister , who arrived on Monday ,');
  const obj = dependencies(tokens).subtreeSpan(at('men'));
  assert.equal(text.value.slice(obj.start, obj.end), 'two men');
});

test('the clause of a token is headed by its nearest clausal predicate', () => {
  const deps = dependencies(tokens);
  assert.equal(deps.clauseHead(at('men')), at('arrested'));
  assert.equal(deps.clauseHead(at('Monday')), at('arrived'));
  assert.equal(deps.clauseHead(at('minister')), at('said'));
  assert.equal(deps.clauseHead(at('said')), at('said'));
});

test('the path between two tokens goes through their lowest common ancestor', () => {
  const deps = dependencies(tokens);
  assert.deepEqual(deps.path(at('police'), at('men')), [at('police'), at('arrested'), at('men')]);
  assert.deepEqual(deps.path(at('Monday'), at('police')), [at('Monday'), at('arrived'), at('minister'), at('said'), at('arrested'), at('police')]);
  assert.deepEqual(deps.path(at('men'), at('men')), [at('men')]);
});

test('tokens of different sentences have no path', () => {
  const second = sentence([['Rain', 'NOUN', 2, 'nsubj'], ['fell', 'VERB', 0, 'root']], tokens.length, text);
  const both = [...tokens, ...second];
  assert.equal(dependencies(both).path(0, tokens.length), null);
  assert.deepEqual(dependencies(both).dependents(tokens.length + 1, 'nsubj'), [tokens.length]);
});
