import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dependencies } from '../../src/model/dependencies.js';
import type { Token } from '../../src/model/schema.js';
import { MAX_PARSE_WORDS } from '../../src/text/parser.js';
import { tagText } from '../../src/text/tag-text.js';

/** Tokens of `text` parsed as one sentence, and a finder of a token by its word. */
function parsed(text: string): { tokens: Token[]; at: (word: string) => number } {
  const tokens = tagText(text, [{ start: 0, end: text.length }]);
  return { tokens, at: (word) => tokens.findIndex((t) => text.slice(t.start, t.end) === word) };
}

/** Each sentence's tokens form one tree: one root, heads inside the sentence, no cycles. */
function assertTrees(tokens: Token[], sentences: [number, number][]) {
  for (const [first, last] of sentences) {
    const roots = [];
    for (let i = first; i < last; i++) {
      const { head, deprel } = tokens[i];
      if (head < 0) roots.push(i);
      else assert.ok(head >= first && head < last && head !== i, `head of token ${i} outside its sentence`);
      assert.equal(head < 0, deprel === 'root');
      assert.ok(dependencies(tokens).ancestors(i).length <= last - first, `cycle through token ${i}`);
    }
    assert.equal(roots.length, 1);
  }
}

test('every sentence of a text is parsed into one tree', () => {
  const text = 'The council met on Tuesday. Its members, who had travelled from six provinces, voted to delay the budget. Nobody objected.';
  const sentences = [{ start: 0, end: 27 }, { start: 28, end: 110 }, { start: 111, end: text.length }];
  const tokens = tagText(text, sentences);
  const ranges = sentences.map((s) => [tokens.findIndex((t) => t.start >= s.start), tokens.filter((t) => t.end <= s.end).length] as [number, number]);
  assertTrees(tokens, ranges);
});

test('subject and object of an event verb', () => {
  const { tokens, at } = parsed('Police arrested two protesters outside the embassy on Friday.');
  assert.equal(tokens[at('arrested')].deprel, 'root');
  assert.deepEqual([tokens[at('Police')].head, tokens[at('Police')].deprel], [at('arrested'), 'nsubj']);
  assert.deepEqual([tokens[at('protesters')].head, tokens[at('protesters')].deprel], [at('arrested'), 'obj']);
});

test('the subject and the agent of a passive verb', () => {
  const { tokens, at } = parsed('The opposition leader was detained by security forces in the capital.');
  assert.deepEqual([tokens[at('leader')].head, tokens[at('leader')].deprel], [at('detained'), 'nsubj']);
  assert.deepEqual([tokens[at('forces')].head, tokens[at('forces')].deprel], [at('detained'), 'obl']);
  assert.equal(tokens[at('was')].head, at('detained'));
});

// Known failure of the current model (EWT dev UAS about 82): it takes the apposition for the subject.
test('the clause a speech verb governs, and an apposition', { todo: 'greedy parser attaches the apposition as the subject of said' }, () => {
  const { tokens, at } = parsed('The minister, a former general, said the talks had failed.');
  const deps = dependencies(tokens);
  assert.equal(deps.dependent(at('said'), 'nsubj'), at('minister'));
  assert.equal(deps.dependent(at('said'), 'ccomp'), at('failed'));
  assert.equal(deps.dependent(at('minister'), 'appos'), at('general'));
  assert.equal(deps.dependent(at('failed'), 'nsubj'), at('talks'));
});

test('a relative clause attaches to the noun it describes', () => {
  const { tokens, at } = parsed('The man who attacked the convoy was jailed for ten years.');
  assert.deepEqual([tokens[at('attacked')].head, tokens[at('attacked')].deprel], [at('man'), 'acl']);
  assert.equal(dependencies(tokens).dependent(at('jailed'), 'nsubj'), at('man'));
});

test('a 200 KB sentence without punctuation is parsed in chunks, each a tree', () => {
  const words = ['government', 'forces', 'said', 'the', 'rebels', 'attacked', 'a', 'village', 'near', 'border'];
  const text = Array.from({ length: 35_000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
  assert.ok(text.length > 200_000);
  const tokens = tagText(text, [{ start: 0, end: text.length }]);
  assert.equal(tokens.length, 35_000);
  const chunks: [number, number][] = [];
  for (let first = 0; first < tokens.length; first += MAX_PARSE_WORDS) chunks.push([first, Math.min(tokens.length, first + MAX_PARSE_WORDS)]);
  assertTrees(tokens, chunks);
});
