import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dyads } from './dyads.js';

// Fixture sentences written for these tests: real countries, invented events (issue 16, item 2).

test('a nominal actor with a country and an agent noun is coded: indefinite singular', () => {
  const [e] = dyads('A Ghanaian court jailed three Nigerian men on Tuesday.');
  assert.deepEqual([e.source, e.sectors, e.target], [['GHA'], ['JUD'], ['NGA']]);
});

test('negative: an agent noun with no country codes no country', () => {
  for (const e of dyads('A court jailed three men on Tuesday.')) {
    assert.deepEqual([...e.source, ...e.target].filter((c) => c !== '?'), [], JSON.stringify(e));
  }
});

test('an indefinite minister of a country is someone of that country, not its office holder', () => {
  const [e] = dyads('A Bolivian minister visited Peru on Monday.');
  assert.deepEqual([e.source, e.target], [['BOL'], ['PER']]);
});

test('coordinated demonyms before one agent noun: each country acts', () => {
  const e = dyads('Peruvian and Chilean officials agreed on Monday to reopen the border.').find((x) => x.type === 'AGREE');
  assert.ok(e, 'an AGREE');
  assert.deepEqual(new Set([...e.source, ...e.target]), new Set(['PER', 'CHL']));
});

test('negative: a single demonym before "and" a noun that is no agent adds no second actor', () => {
  const e = dyads('Peruvian officials and the press met in Lima on Monday.');
  assert.ok(!e.some((x) => [...x.source, ...x.target].includes('CHL')));
});

test("a country's possessive qualifies the agent noun after it", () => {
  const [e] = dyads("Chile's supreme court ordered the release of four Bolivian students.");
  assert.deepEqual([e.source, e.sectors], [['CHL'], ['JUD']]);
});

test('people of the public known by the country they are in: "students throughout X"', () => {
  const e = dyads('Students throughout Chile protested on Monday against the government.').find((x) => x.type === 'PROTEST');
  assert.deepEqual(e?.source, ['CHL']);
});

test('negative: people known by no country stay uncoded', () => {
  const e = dyads('Students protested on Monday against the new fees.').find((x) => x.type === 'PROTEST');
  assert.ok(!e || e.source.every((c) => c === '?'), JSON.stringify(e));
});

test('a person of the Phoenix dictionaries is coded by their country in an undated text', () => {
  const [e] = dyads('Hosni Mubarak met King Hussein in Cairo.', null);
  assert.deepEqual(e.source, ['EGY']);
});

test('a demonym qualifying a thing in the object stands for its country as target', () => {
  const e = dyads('Chile shelled Peruvian villages near the border on Monday.').find((x) => x.type === 'ASSAULT');
  assert.deepEqual(e?.target, ['PER']);
});

test('negative: a demonym inside a group of people is that group, not the country alone', () => {
  const e = dyads('Chilean troops shelled the border villages on Monday.').find((x) => x.type === 'ASSAULT');
  assert.deepEqual(e?.sectors, ['MIL']);
});

test('a thing of a country acts for it: "Chilean artillery shelled"', () => {
  const e = dyads('Chilean artillery shelled Peruvian positions on Monday.').find((x) => x.type === 'ASSAULT');
  assert.deepEqual([e?.source, e?.target], [['CHL'], ['PER']]);
});

test('negative: a thing of no country names no source', () => {
  const e = dyads('Heavy artillery shelled Peruvian positions on Monday.').find((x) => x.type === 'ASSAULT');
  assert.ok(!e || e.source.length === 0, JSON.stringify(e));
});
