import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/pipeline.js';

// A fixture written for this test: real office holders of early 2023, invented events.
const text = [
  'Envoys agree to meet again in Geneva',
  'GENEVA (Wire) - Secretary of State Antony Blinken spoke by phone on Monday with his Chinese counterpart, Qin Gang, a State Department spokesperson said.',
  'Blinken told reporters in Geneva, Switzerland, that the talks had been useful. The US president wants a summit before the summer, a senior European diplomat said.',
  'The Kremlin said it was not invited. A plan backed by Kyiv and Moscow was not discussed, the diplomat said, adding that a source familiar with the talks saw no deal soon.',
].join('\n');

const doc = analyzeArticle({ id: 'fixture', text, published: '2023-03-01', title: null, url: null });
const actorAt = (phrase: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  return doc.actors.find((a) => a.mentions.some((m) => m.start <= at && at + phrase.length <= m.end));
};

test('named people are resolved with title, country and sector on the publication date', () => {
  const blinken = actorAt('Antony Blinken');
  assert.equal(blinken?.name, 'Antony Blinken');
  assert.equal(blinken?.country, 'USA');
  assert.equal(blinken?.sector, 'GOV');
  assert.equal(blinken?.cameo, 'USAGOV');
  assert.equal(actorAt('Blinken', 1), blinken, 'the surname joins the full name');
  const qin = actorAt('Qin Gang');
  assert.equal(qin?.country, 'CHN');
  assert.equal(qin?.kind, 'person');
});

test('role mentions resolve to the office holder of the date', () => {
  const president = actorAt('US president');
  assert.equal(president?.name, 'Joe Biden');
  assert.equal(president?.country, 'USA');
});

test('seats of government used as actors are governments; places stay places', () => {
  assert.equal(actorAt('Kremlin')?.cameo, 'RUSGOV');
  assert.equal(actorAt('Kyiv')?.cameo, 'UKRGOV');
  assert.equal(actorAt('Moscow'), actorAt('Kremlin'));
  const geneva = doc.places.find((p) => p.text === 'Geneva');
  assert.equal(geneva?.country, 'CHE');
  assert.ok(geneva && Math.abs((geneva.lat ?? 0) - 46.2) < 0.3);
});

test('each anonymous source is its own actor; "the diplomat" points back', () => {
  const diplomat = actorAt('a senior European diplomat');
  assert.equal(diplomat?.kind, 'anonymous');
  assert.equal(diplomat?.country, 'EUR');
  assert.equal(actorAt('the diplomat'), diplomat);
  const source = actorAt('a source familiar with the talks');
  assert.equal(source?.kind, 'anonymous');
  assert.notEqual(source, diplomat);
  const spokesperson = actorAt('a State Department spokesperson');
  assert.equal(spokesperson?.kind, 'anonymous');
  assert.equal(spokesperson?.country, 'USA');
});

test('country-qualified agent nouns are group actors with country and sector', () => {
  const text2 = 'Hungarian police detained twelve people on Friday, and Peruvian soldiers left the border. The Chilean army said it was ready.';
  const d = analyzeArticle({ id: 'groups', text: text2, published: '2024-05-03', title: null, url: null });
  const codes = d.actors.filter((a) => a.kind === 'group').map((a) => a.cameo).sort();
  assert.deepEqual(codes, ['CHLMIL', 'HUNCOP', 'PERMIL']);
  assert.ok(!d.actors.some((a) => a.name === 'twelve people'), 'people detained are no source');
});

test('a definite role refers back to the last holder named before it, never to one named later', () => {
  // Written for this test: two spokesmen, then a bare role; a president named only after the role.
  const text3 = [
    'The ministry spokesman Arvo Lindqvist said talks went well. The port authority spokesman Tomasz Wierzbicki said ships were waiting.',
    'The spokesman added that the port would reopen on Monday.',
    'The governor urged calm. Later, Governor Helena Marsh visited the port.',
  ].join(' ');
  const d = analyzeArticle({ id: 'roles', text: text3, published: '2024-05-03', title: null, url: null });
  const at = (phrase: string) => d.actors.find((a) => a.mentions.some((m) => m.start === text3.indexOf(phrase)));
  assert.equal(at('The spokesman added')?.name, 'Tomasz Wierzbicki');
  assert.notEqual(at('The governor urged')?.name, 'Helena Marsh');
  assert.equal(at('Governor Helena Marsh')?.name ?? at('Helena Marsh')?.name, 'Helena Marsh');
});

test('an organisation named with a compass word is not of "the West"; one named with a country word is of that country', () => {
  const actorOf = (text: string, name: string) => {
    const d = analyzeArticle({ id: 't', text, published: '2024-03-06', title: null, url: null });
    const a = d.actors.find((x) => x.name === name);
    return a && [a.country, a.sector];
  };
  assert.deepEqual(actorOf('The West Nile Farmers Union rejected the plan on Monday.', 'West Nile Farmers Union'), [null, 'AGR']);
  assert.deepEqual(actorOf('The Kenyan Farmers Union rejected the plan on Monday.', 'Kenyan Farmers Union')?.[0], 'KEN');
});
