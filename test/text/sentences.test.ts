import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitParagraphs } from '../../src/text/paragraphs.js';
import { splitSentences } from '../../src/text/sentences.js';

const sentences = (text: string) => splitSentences(text, splitParagraphs(text)).map((s) => text.slice(s.start, s.end));

test('abbreviations, initials, numbers and URLs do not end a sentence', () => {
  assert.deepEqual(
    sentences('Warner Bros. Discovery and Dr. Ruiz met Gen. K.C. Obi at 3 p.m. on Oct. 21 to discuss U.S. policy. Details are at https://example.org/a.b?c=1 today. Shares rose 2.5 pct.'),
    [
      'Warner Bros. Discovery and Dr. Ruiz met Gen. K.C. Obi at 3 p.m. on Oct. 21 to discuss U.S. policy.',
      'Details are at https://example.org/a.b?c=1 today.',
      'Shares rose 2.5 pct.',
    ],
  );
});

test('an initialism ends a sentence when a typical sentence start follows', () => {
  assert.deepEqual(sentences('The ministers flew to the U.S. The talks begin Monday.'), ['The ministers flew to the U.S.', 'The talks begin Monday.']);
});

test('closing quotes stay with their sentence; a lower-case continuation does not split', () => {
  assert.deepEqual(sentences('“We are ready. Both sides know it,” she said. “Really?” he asked. It ended.'), [
    '“We are ready.',
    'Both sides know it,” she said.',
    '“Really?” he asked.',
    'It ended.',
  ]);
});

test('a line break ends a paragraph and a sentence, even without a stop', () => {
  const text = 'Ceasefire holds\nMonday, May 4\nThe guns were silent on Monday.';
  assert.deepEqual(sentences(text), ['Ceasefire holds', 'Monday, May 4', 'The guns were silent on Monday.']);
});

test('hard-wrapped text joins its lines; blank lines and indents start paragraphs', () => {
  const text = [
    'The central bank raised its key rate by half a point on Tuesday,',
    'citing inflation that has stayed above its target for a year.',
    '    The decision was unanimous, the bank said in a statement',
    'released after the meeting of its policy committee.',
    '',
    'Markets had expected a smaller rise of a quarter of a point.',
  ].join('\n');
  const paragraphs = splitParagraphs(text).map((p) => text.slice(p.start, p.end));
  assert.equal(paragraphs.length, 3);
  assert.ok(paragraphs[0].endsWith('for a year.'));
  assert.deepEqual(sentences(text).length, 3);
});

test('offsets index the original text, including astral characters', () => {
  const text = '🇺🇦 Talks resumed.  Aid 📦 arrived.';
  const spans = splitSentences(text, splitParagraphs(text));
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['🇺🇦 Talks resumed.', 'Aid 📦 arrived.']);
});
