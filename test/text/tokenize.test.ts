import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenize.js';

const words = (text: string, start?: number, end?: number) => tokenize(text, start, end).map((t) => text.slice(t.start, t.end));

test('offsets round-trip and skip white space, including newlines', () => {
  const text = 'The mayor\'s office said:\n\n  “We won’t stop.”\tThen it closed.';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end).trim(), text.slice(t.start, t.end));
  assert.deepEqual(
    tokens.map((t) => text.slice(t.start, t.end)),
    ['The', 'mayor', "'s", 'office', 'said', ':', '“', 'We', 'wo', 'n’t', 'stop', '.', '”', 'Then', 'it', 'closed', '.'],
  );
});

test('a sub-span yields absolute offsets inside it only', () => {
  const text = 'First one. Second one here.';
  const tokens = tokenize(text, 11, text.length);
  assert.equal(tokens[0].start, 11);
  assert.deepEqual(tokens.map((t) => text.slice(t.start, t.end)), ['Second', 'one', 'here', '.']);
});

test('hyphenated compounds split, bound prefixes stay attached', () => {
  assert.deepEqual(words('a long-range plan'), ['a', 'long', '-', 'range', 'plan']);
  assert.deepEqual(words('a non-profit e-mail'), ['a', 'non-profit', 'e-mail']);
});

test('clitics and fused forms split as in UD English', () => {
  assert.deepEqual(words("She can't say I'm gonna win"), ['She', 'ca', "n't", 'say', 'I', "'m", 'gon', 'na', 'win']);
  assert.deepEqual(words("the party's leader"), ['the', 'party', "'s", 'leader']);
});

test('abbreviations, URLs, emails and domain names stay whole', () => {
  assert.deepEqual(words('The U.S. team met at 3 p.m. today'), ['The', 'U.S.', 'team', 'met', 'at', '3', 'p.m.', 'today']);
  assert.deepEqual(words('See https://example.org/a-b?x=1 or write to desk@example.org.'), [
    'See', 'https://example.org/a-b?x=1', 'or', 'write', 'to', 'desk@example.org', '.',
  ]);
  assert.deepEqual(words('posted on Example.com today'), ['posted', 'on', 'Example.com', 'today']);
});

test('dashes, quotes and punctuation runs', () => {
  assert.deepEqual(words('yes—no "maybe" Really?!'), ['yes', '—', 'no', '"', 'maybe', '"', 'Really', '?!']);
  assert.deepEqual(words('It opens at 9am.'), ['It', 'opens', 'at', '9', 'am', '.']);
});

test('a rule or arrow drawn with symbols is one word, a dash between words is not glued to them', () => {
  assert.deepEqual(words('Notes ========== end'), ['Notes', '==========', 'end']);
  assert.deepEqual(words('see ----== here <<'), ['see', '----==', 'here', '<<']);
  assert.deepEqual(words('well--maybe'), ['well', '--', 'maybe']);
});

test('tokens never depend on texts tokenized before: an abbreviation seen without its period still keeps it later', () => {
  // wink caches every unseen token and consults the cache when it splits punctuation off.
  assert.deepEqual(words('talks between the N.Z\nand Japan'), ['talks', 'between', 'the', 'N.Z', 'and', 'Japan']);
  assert.deepEqual(words('exports to the N.Z. market rose'), ['exports', 'to', 'the', 'N.Z.', 'market', 'rose']);
});
