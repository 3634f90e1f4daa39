import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/pipeline.js';

// Fixture sentences written for these tests (issue 16, item 3): real countries, invented events.
// Each pattern of a status read off the words that govern the event in the parse comes with its
// negative, a sentence of the same shape where the event stands otherwise.

interface Reading {
  type: string;
  cameo: string | null;
  status: string;
  rule: string;
  /** The words the status rests on (its evidence span). */
  cue: string;
  source: string[];
  target: string[];
}

function events(text: string): Reading[] {
  const doc = analyzeArticle({ id: 'fixture', text, published: '2024-03-06', title: null, url: null });
  const country = new Map(doc.actors.map((a) => [a.id, a.country ?? '?']));
  return doc.events.map((e) => ({
    type: e.type,
    cameo: e.cameo,
    status: e.status,
    rule: e.history[0].rule,
    cue: text.slice(e.history[0].evidence.start, e.history[0].evidence.end),
    source: e.actors.map((id) => country.get(id)!),
    target: e.recipients.map((id) => country.get(id)!),
  }));
}

function find(text: string, type: string): Reading {
  const found = events(text).find((e) => e.type === type);
  assert.ok(found, `${type} in ${JSON.stringify(events(text))} for: ${text}`);
  return found;
}

test('talks that "urged" governs two verbs up are requested of the one urged, and the cue is "urged"', () => {
  const e = find('The president urged Chile to engage in direct talks with Peru.', 'CONSULT');
  assert.deepEqual([e.status, e.rule, e.cue, e.source, e.target], ['requested', 'status.requested-urge', 'urged', ['CHL'], ['PER']]);
});

test('negative: talks engaged in are no time of another clause; told as done, they occurred', () => {
  const e = find('Chile engaged in direct talks with Peru on Monday.', 'CONSULT');
  assert.deepEqual([e.status, e.source, e.target], ['occurred', ['CHL'], ['PER']]);
});

test('the second of two coordinated infinitives is governed by the verb of the first: requested', () => {
  const e = find('Chile pressed Peru to withdraw its troops and hold talks with Bolivia.', 'CONSULT');
  assert.deepEqual([e.status, e.cue, e.source, e.target], ['requested', 'pressed', ['PER'], ['BOL']]);
});

test('"called for" talks: requested; negative: talks held occurred', () => {
  const e = find('Chile called for talks with Peru.', 'CONSULT');
  assert.deepEqual([e.status, e.rule], ['requested', 'status.requested-call-for']);
  assert.equal(find('Chile held talks with Peru on Monday.', 'CONSULT').status, 'occurred');
});

test('"wants" talks: intended, with "wants" as cue; negative: "did not hold" talks are negated', () => {
  const e = find('Chile wants talks with Peru.', 'CONSULT');
  assert.deepEqual([e.status, e.cue], ['intended', 'wants']);
  const held = find('Chile did not hold talks with Peru.', 'CONSULT');
  assert.deepEqual([held.status, held.rule, held.cue], ['negated', 'status.negated-governor', 'did not hold']);
});

test('a gift told with "would" by someone of another country ("..., the Peruvian minister said") is planned, not an intent its giver expressed', () => {
  const all = events('Chile would give Peru 500 million dollars under the deal, the Peruvian minister said.');
  assert.ok(!all.some((e) => e.type === 'AGREE' || e.status === 'occurred'), JSON.stringify(all));
  const e = all.find((x) => x.source.includes('CHL'));
  assert.deepEqual([e?.status, e?.rule, e?.cue, e?.target], ['planned', 'status.modal-would', 'would give', ['PER']]);
});

test('negative: told by its own minister, or as "said it would give", it is the giver\'s intent expressed, an AGREE that took place', () => {
  const own = find('Chile would give Peru 500 million dollars under the deal, the Chilean minister said.', 'AGREE');
  assert.deepEqual([own.status, own.rule, own.source], ['occurred', 'status.intent-expressed', ['CHL']]);
  const e = find('Chile said it would give Peru 500 million dollars in aid.', 'AGREE');
  assert.deepEqual([e.status, e.rule, e.source], ['occurred', 'status.intent-expressed', ['CHL']]);
});

test('troops another country\'s officials said a country would send are its plan, not its commitment; its own officials commit it', () => {
  const all = events('Peruvian officials said Chile would send troops to Bolivia.');
  assert.ok(!all.some((e) => e.type === 'AGREE'), JSON.stringify(all));
  assert.ok(all.some((e) => e.status === 'planned' && e.source.includes('CHL')), JSON.stringify(all));
  assert.equal(find('Chilean officials said Chile would send troops to Bolivia.', 'AGREE').status, 'occurred');
});

test('a ceasefire an envoy "suggested" was near is possible, and no request was made', () => {
  for (const text of ['The envoy suggested a Chile-Peru ceasefire was not far off.', 'The envoy suggested that a ceasefire between Chile and Peru was not far off.']) {
    const all = events(text);
    assert.ok(!all.some((e) => e.type === 'REQUEST'), JSON.stringify(all));
    const e = all.find((x) => x.cameo === '0871');
    assert.deepEqual([e?.status, e?.rule, e?.cue, e?.source], ['possible', 'status.possible-suggest', 'suggested', ['CHL', 'PER']]);
  }
});

test('negative: an envoy who "suggested a ceasefire" as its object appealed for it', () => {
  assert.equal(find('The envoy suggested a ceasefire between Chile and Peru.', 'REQUEST').status, 'occurred');
});

test('a meeting under a negated agreement is negated, neither occurred nor planned', () => {
  const e = find('Chile had not agreed to any meeting with Peru.', 'CONSULT');
  assert.deepEqual([e.status, e.cue], ['negated', 'had not agreed']);
});

test('an event noun with "no" is negated; negative: the same meeting without it occurred', () => {
  const e = find('No meeting between Chile and Peru took place.', 'CONSULT');
  assert.deepEqual([e.status, e.rule, e.cue], ['negated', 'status.no', 'No']);
  assert.equal(find('A meeting between Chile and Peru took place on Monday.', 'CONSULT').status, 'occurred');
});

test('"urged Y not to attack": the negation on the infinitive wins; negative: "urged Y to attack" is requested', () => {
  const e = find('Chile urged Peru not to attack Bolivia.', 'ASSAULT');
  assert.deepEqual([e.status, e.cue], ['negated', 'not']);
  assert.equal(find('Chile urged Peru to attack Bolivia.', 'ASSAULT').status, 'requested');
});

test('"whether it would meet" is hypothetical; negative: "said it would meet" is planned', () => {
  const e = find('Chile did not say whether it would meet Peru.', 'CONSULT');
  assert.deepEqual([e.status, e.rule, e.cue], ['hypothetical', 'status.conditional-whether', 'whether']);
  const said = find('Chile said it would meet Peru next week.', 'CONSULT');
  assert.deepEqual([said.status, said.cue], ['planned', 'would meet']);
});

test('an "if" clause is hypothetical, even negated; negative: the act it conditions is a threat expressed', () => {
  assert.equal(find('If Chile attacked Peru, Bolivia would respond.', 'ASSAULT').status, 'hypothetical');
  const all = events('Chile will attack Peru if Bolivia does not withdraw.');
  const withdrawal = all.find((e) => e.source.includes('BOL'));
  assert.deepEqual([withdrawal?.status, withdrawal?.cue], ['hypothetical', 'if']);
  const threat = all.find((e) => e.source.includes('CHL'));
  assert.deepEqual([threat?.type, threat?.status], ['THREATEN', 'occurred']);
});

test('"likely to meet" is possible with "likely" as cue; negative: "about to meet" is planned', () => {
  const e = find('Chile is likely to meet Peru.', 'CONSULT');
  assert.deepEqual([e.status, e.cue], ['possible', 'likely']);
  assert.equal(find('Chile is about to meet Peru.', 'CONSULT').status, 'planned');
});

test('"denied that it had attacked": denied; negative: "said it had attacked" passes the attack through as occurred', () => {
  const e = find('Chile denied that it had attacked Peru.', 'ASSAULT');
  assert.deepEqual([e.status, e.cue], ['denied', 'denied']);
  assert.equal(find('Chile said it had attacked Peru.', 'ASSAULT').status, 'occurred');
});

test('a verb of saying after the event passes its negation through; negative: told as done, occurred', () => {
  assert.equal(find('Chile never attacked Peru, the minister said.', 'ASSAULT').status, 'negated');
  const e = find('Chile attacked Peru on Sunday, the minister said.', 'ASSAULT');
  assert.deepEqual([e.status, e.source, e.target], ['occurred', ['CHL'], ['PER']]);
});

test('a summit prepared for in a clause of purpose is planned; the meeting it serves occurred', () => {
  const all = events('Chile met Peru to prepare for the summit with Bolivia.');
  assert.equal(all.find((e) => e.cameo === '044')?.status, 'planned');
  assert.equal(all.find((e) => e.cameo === '040')?.status, 'occurred');
});

test('negatives: a meeting on a weekday occurred, one said to come next week is planned', () => {
  assert.equal(find('Chile met Peru on Tuesday.', 'CONSULT').status, 'occurred');
  assert.equal(find('Chile said it would meet Peru next week.', 'CONSULT').status, 'planned');
});

test('a verb coordinated with a negated agreement is no part of what was (not) agreed: the accusation occurred', () => {
  const text = 'Chile said it had not agreed to any talks and accused Peru of shelling a border post.';
  assert.equal(find(text, 'AGREE').status, 'negated');
  assert.equal(find(text, 'ACCUSE').status, 'occurred');
});

test('negative: verbs coordinated under "agreed to" share it: the talks and the treaty are planned', () => {
  const text = 'Chile agreed to hold talks with Peru and sign a treaty.';
  assert.equal(find(text, 'CONSULT').status, 'planned');
  assert.deepEqual(events(text).map((e) => e.status), ['occurred', 'planned', 'planned']);
});
