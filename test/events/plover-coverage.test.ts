import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/pipeline.js';

// Fixture sentences written for these tests: real countries, invented events.
const types = (text: string) => analyzeArticle({ id: 'fixture', text, published: '2024-03-06', title: null, url: null }).events.map((e) => e.type);

test('types that need no recipient are events though no target is named', () => {
  assert.ok(types('Chile withdrew from the disputed region on Monday.').includes('RETREAT'));
  assert.ok(types('Peru mobilized on Tuesday.').includes('MOBILIZE'));
  // Violence and coercion done to no one named stay out: their default codes fire on figurative verbs.
  assert.deepEqual(types('Chile engaged all parties on Monday.'), []);
});

test('event nouns: curfews, blockades, states of emergency, investigations, demands, withdrawals', () => {
  assert.ok(types('Kenya imposed a curfew on the coastal towns on Friday.').includes('COERCE'));
  assert.ok(types('Greece declared a state of emergency on Monday.').includes('COERCE'));
  assert.ok(types('Egypt declared a blockade of the port on Monday.').includes('COERCE'));
  assert.ok(types('Italy opened an investigation into the sale.').includes('ACCUSE'));
  assert.ok(types('Japan began a withdrawal of its troops from the island.').includes('RETREAT'));
});

test('a light verb whose subject no actor stands for still tells the event', () => {
  assert.ok(types('Islamic students continued their hunger strike on Monday.').includes('PROTEST'));
});

test('surrendering is a RETREAT', () => {
  assert.ok(types('Two hundred Sudanese rebels surrendered to Chad on Sunday.').includes('RETREAT'));
});

test('resigning is a RETREAT (mode resign), as the PLOVER manual codes resignations', () => {
  const r = analyzeArticle({ id: 'fixture', text: 'The Chilean president resigned on Sunday.', published: '2024-03-06', title: null, url: null });
  assert.deepEqual(r.events.map((e) => [e.type, e.mode]), [['RETREAT', 'resign']]);
});

test('"X said Y must do it" is a REQUEST even when the dictionary has no code for what Y must do', () => {
  const r = analyzeArticle({ id: 'fixture', text: 'Brazil declared on Tuesday that China must drop barriers to its exports.', published: '2024-03-06', title: null, url: null });
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  assert.deepEqual(r.events.map((e) => [e.type, e.actors.map((id) => names.get(id)), e.recipients.map((id) => names.get(id))]), [['REQUEST', ['Brazil'], ['China']]]);
});

test('a cooperative act announced as not to be done is a REJECT that took place', () => {
  const r = analyzeArticle({ id: 'fixture', text: 'Mexico will not send troops to Chile.', published: '2024-03-06', title: null, url: null });
  assert.deepEqual(r.events.map((e) => [e.type, e.status]), [['REJECT', 'occurred']]);
  // A refusal told in the past is a negated act, not an announced one.
  assert.deepEqual(types('Peru did not meet with Chile.'), ['CONSULT']);
});
