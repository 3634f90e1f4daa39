import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNominals } from '../../src/mentions/nominals.js';
import { findTitle } from '../../src/mentions/titles.js';
import { tagText } from '../../src/text/tag-text.js';

/** The title found around `name` in a one-sentence text. */
function titleOf(sentence: string, name: string) {
  const tokens = tagText(sentence, [{ start: 0, end: sentence.length }]);
  const start = sentence.indexOf(name);
  const first = tokens.findIndex((t) => t.start === start);
  const last = tokens.findIndex((t) => t.end === start + name.length) + 1;
  const title = findTitle(sentence, tokens, first, last, 0, tokens.length);
  return title && { text: title.text, country: title.country, organisation: title.organisation, sector: title.sector, rule: title.rule };
}

test('titles before a name give role, country and sector', () => {
  assert.deepEqual(titleOf('Defence Secretary Maria Lopez flew to Oslo.', 'Maria Lopez'), {
    text: 'Defence Secretary', country: null, organisation: null, sector: 'GOV', rule: 'title.before-name',
  });
  assert.deepEqual(titleOf('Kremlin spokesperson Ivan Petrov declined to comment.', 'Ivan Petrov'), {
    text: 'Kremlin spokesperson', country: 'RUS', organisation: null, sector: 'GOV', rule: 'title.before-name',
  });
  assert.equal(titleOf('Former Canadian Prime Minister Jean Roy spoke.', 'Jean Roy')?.country, 'CAN');
  assert.equal(titleOf("Brazil's foreign minister Ana Souza arrived.", 'Ana Souza')?.text, "Brazil's foreign minister");
  assert.equal(titleOf('NATO Secretary-General Erik Holm warned allies.', 'Erik Holm')?.organisation, 'NATO');
});

test('titles in apposition, before or after the name', () => {
  assert.deepEqual(titleOf('She met her French counterpart, Luc Martin, on Friday.', 'Luc Martin'), {
    text: 'French counterpart', country: 'FRA', organisation: null, sector: null, rule: 'title.apposition-before',
  });
  const after = titleOf('Sara Cole, a White House spokesperson, said talks would go on.', 'Sara Cole');
  assert.equal(after?.text, 'White House spokesperson');
  assert.equal(after?.country, 'USA');
  assert.equal(after?.sector, 'GOV');
});

test('a name without a title has none', () => {
  assert.equal(titleOf('The novel was written by Tom Baker in Leeds.', 'Tom Baker'), null);
  assert.equal(titleOf('Tom Baker, who wrote it, lives in Leeds.', 'Tom Baker'), null);
});

test('anonymous sources and role mentions are found with their affiliation', () => {
  const sentence = 'A senior Turkish official and a source familiar with the talks said the Indian prime minister would attend, officials said.';
  const tokens = tagText(sentence, [{ start: 0, end: sentence.length }]);
  const found = findNominals(sentence, tokens, 0, tokens.length).map((n) => [n.kind, n.text, n.country, n.definite, n.plural]);
  assert.deepEqual(found, [
    ['anonymous', 'A senior Turkish official', 'TUR', false, false],
    ['anonymous', 'a source familiar with the talks', null, false, false],
    ['role', 'the Indian prime minister', 'IND', true, false],
    ['anonymous', 'officials', null, false, true],
  ]);
});
