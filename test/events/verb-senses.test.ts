import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dyads } from './dyads.js';

// Fixture sentences written for these tests: real countries, invented events (issue 16, item 4).
const types = (text: string) => dyads(text).map((e) => e.type);

test('"take place" is a multi-word verb telling no arrest: the event is the meeting its subject names', () => {
  assert.deepEqual(types('A meeting between Chile and Peru took place on Monday.'), ['CONSULT']);
  assert.deepEqual(types('Further meetings between Chile and Peru are taking place this week.'), ['CONSULT']);
});

test('negative: "take" with a person as object is still a seizure', () => {
  assert.deepEqual(types('Chilean soldiers took two Peruvian fishermen.'), ['COERCE']);
});

test('a meeting told by a verb of travel needs a traveller, not a thing', () => {
  assert.deepEqual(types('Cargo ships leaving Valparaiso reached Peru on Monday.'), []);
});

test('negative: a minister leaving for a country is a visit', () => {
  const [e] = dyads('The Chilean minister left for Peru on Monday.');
  assert.equal(e?.type, 'CONSULT');
});

test('"call off" is read before "call": the talks it names are cancelled', () => {
  const [e] = dyads('Chile called off the talks with Peru.');
  assert.deepEqual([e?.type, e?.status], ['CONSULT', 'cancelled']);
});

test('negative: "call for" a halt is a request, not a cancellation', () => {
  const e = dyads('Chile called for a halt to the fighting in Peru.');
  assert.ok(e.some((x) => x.type === 'REQUEST') && !e.some((x) => x.status === 'cancelled'), JSON.stringify(e));
});
