import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/pipeline.js';

// Sentences written for these tests: each a name the shipped knowledge leaves uncoded that the
// Phoenix dictionaries code, or a negative that the last resort must leave alone.
const read = (text: string) => analyzeArticle({ id: 't', text, published: '2024-03-06', title: null, url: null });
const fallbackCodes = (text: string) => {
  const doc = read(text);
  return doc.entities.filter((e) => e.rule === 'actor.phoenix').map((e) => [e.text, doc.actors.find((a) => a.id === e.actor)?.cameo, e.entry]);
};

test('names left uncoded get a code from the Phoenix dictionaries, with file and line', () => {
  assert.deepEqual(fallbackCodes('Boeing accused the European Commission of paying unfair subsidies.'), [['Boeing', 'MNCUSA', 'Phoenix.International.actors.txt:4241 BOEING']]);
  // An agent joined to a region: its country with the agent's sector.
  const [[text, cameo, entry]] = fallbackCodes('Kordofan rebels attacked the army on Tuesday.');
  assert.deepEqual([text, cameo], ['Kordofan rebels', 'SDNREB']);
  assert.match(entry!, /^Phoenix\.Countries\.actors\.txt:\d+ KORDOFAN \+ Phoenix\.agents\.txt:\d+ REBEL/);
  // The event takes the coded actor.
  const doc = read('Kordofan rebels attacked the army on Tuesday.');
  const event = doc.events.find((e) => e.type === 'ASSAULT');
  assert.deepEqual(event?.actors.map((id) => doc.actors.find((a) => a.id === id)?.country), ['SDN']);
});

test('the last resort leaves alone lower-case words, coded actors, places, surnames and names inside longer names', () => {
  // "us" is not the US.
  assert.deepEqual(fallbackCodes('The minister told us that the talks had failed.'), []);
  // Coded by the shipped knowledge already.
  assert.deepEqual(fallbackCodes('Germany accused Russia of cyber attacks.'), []);
  // A city named as a place is no actor.
  assert.deepEqual(fallbackCodes('The two delegations met in Kabul on Monday.'), []);
  // A surname alone is the person's, not a place of that name.
  assert.deepEqual(fallbackCodes('Murray said he would appeal against the ruling.'), []);
  // "China" inside "South China Sea".
  assert.deepEqual(fallbackCodes('Fishing boats were seized in the South China Sea.').filter(([text]) => text === 'China'), []);
});
