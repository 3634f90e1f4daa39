import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText } from '../../src/ingest/folded-text.js';
import { analyzeArticle } from '../../src/pipeline.js';

const analyse = (text: string) => analyzeArticle({ id: 'folded', text, published: '2021-05-20', title: null, url: null });

test('zero-width characters and soft hyphens do not break a name or its actor', () => {
  for (const hidden of ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD']) {
    const text = `Finance minister Maria Oka${hidden}for met union leaders on Monday. Okafor said the talks were useful.`;
    const doc = analyse(text);
    const people = doc.entities.filter((e) => e.type === 'person');
    assert.deepEqual(people.map((e) => text.slice(e.start, e.end)), [`Maria Oka${hidden}for`, 'Okafor'], `with U+${hidden.codePointAt(0)!.toString(16)}`);
    assert.equal(new Set(people.map((e) => e.actor)).size, 1, 'one actor for both mentions');
  }
});

test('a country with a zero-width space inside is still the country', () => {
  const text = 'Protesters gathered in Fran\u200Bce on Monday, police said.';
  const doc = analyse(text);
  const france = doc.entities.find((e) => text.slice(e.start, e.end) === 'Fran\u200Bce');
  assert.equal(france?.type, 'country');
  assert.equal(doc.actors.find((a) => a.id === france?.actor)?.country, 'FRA');
});

test('decomposed accents match the composed name; offsets stay in the text as read', () => {
  const text = 'The Cafe\u0301 Group said on Monday it would sue the Café Group.';
  const doc = analyse(text);
  const groups = doc.entities.filter((e) => e.text === 'Café Group');
  assert.deepEqual(groups.map((e) => text.slice(e.start, e.end)), ['Cafe\u0301 Group', 'Café Group']);
  assert.equal(groups[0].actor, groups[1].actor);
  assert.equal(doc.text, text);
  for (const t of doc.tokens) assert.ok(t.end <= text.length);
});

test('folding maps every character back to where it came from', () => {
  assert.equal(foldText('plain text'), null);
  const folded = foldText('a\u200Bbe\u0301c')!;
  assert.equal(folded.text, 'abéc');
  assert.deepEqual([...folded.startOf], [0, 2, 3, 5]);
  assert.deepEqual([...folded.endOf], [1, 3, 5, 6]);
});
