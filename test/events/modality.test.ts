import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dyads, type Dyad } from './dyads.js';

// Fixture sentences written for these tests: real countries, invented events (issue 16, item 3).
const find = (text: string, type: string): Dyad => {
  const e = dyads(text).find((x) => x.type === type);
  assert.ok(e, `${type} in ${JSON.stringify(dyads(text))} for: ${text}`);
  return e;
};

test('an event under "urge" is requested, and the evidence names the governing verb', () => {
  const e = find('The envoy urged Chile to hold direct talks with Peru.', 'CONSULT');
  assert.deepEqual([e.status, e.statusRule], ['requested', 'status.requested-urge']);
});

test('an event under "call on" is requested', () => {
  const e = find('The council called on Chile to hold talks with Peru.', 'CONSULT');
  assert.deepEqual([e.status, e.statusRule], ['requested', 'status.requested-call-on']);
});

test('negative: an event told as done is not requested', () => {
  assert.equal(find('Chile held direct talks with Peru on Monday.', 'CONSULT').status, 'occurred');
});

test('an event under "want" or "seek" is intended', () => {
  assert.equal(find('Chile wants to meet Peru on the border dispute.', 'CONSULT').status, 'intended');
  assert.equal(find('Chile is seeking to meet Peru on the border dispute.', 'CONSULT').status, 'intended');
});

test('negative: an event under "plan" stays planned, not intended', () => {
  assert.equal(find('Chile plans to hold talks with Peru on the border dispute.', 'CONSULT').status, 'planned');
});

test('"would" told by no one is hypothetical, and no intent was expressed', () => {
  const e = find('Chile would give Peru 500 million dollars.', 'AID');
  assert.deepEqual([e.status, e.statusRule], ['hypothetical', 'status.modal-would']);
});

test('negative: "would" under "said" is the reported "will", an intent expressed', () => {
  assert.equal(find('Chile said it would give Peru 500 million dollars in aid.', 'AGREE').status, 'occurred');
});

test('a negated agreement is negated, not an intent expressed', () => {
  assert.equal(find('Chile had not agreed to any meeting with Peru.', 'AGREE').status, 'negated');
});

test('negative: an agreement not negated is an intent expressed that took place', () => {
  const e = find('Chile agreed to a meeting with Peru.', 'AGREE');
  assert.deepEqual([e.status, e.statusRule], ['occurred', 'status.intent-expressed']);
});

test('an event under "deny" is denied', () => {
  assert.equal(find('Chile denied that its troops had attacked Peru.', 'ASSAULT').status, 'denied');
});
