import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentModel } from '../../src/model/document.js';
import { analyzeArticle } from '../../src/pipeline.js';
import type { Event } from '../../src/model/schema.js';

// Fixture sentences written for these tests: real countries, invented events.
function events(text: string, published = '2024-03-06'): { doc: DocumentModel; events: Event[]; name: (id: string) => string | undefined } {
  const doc = analyzeArticle({ id: 'fixture', text, published, title: null, url: null });
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  return { doc, events: doc.events, name: (id) => names.get(id) };
}

const names = (r: ReturnType<typeof events>, ids: string[]) => ids.map(r.name).sort();

test('a compound subject makes one reciprocal CONSULT, dated and placed', () => {
  const r = events('Poland and Hungary spoke by phone on Monday. Canada and Mexico held talks in Ottawa on Friday.');
  assert.equal(r.events.length, 2);
  const [call, talks] = r.events;
  assert.equal(call.type, 'CONSULT');
  assert.equal(call.cameo, '041');
  assert.equal(call.reciprocal, true);
  assert.deepEqual(names(r, [...call.actors, ...call.recipients]), ['Hungary', 'Poland']);
  assert.equal(call.date.value, '2024-03-04');
  assert.equal(call.status, 'occurred');
  assert.equal(talks.type, 'CONSULT');
  assert.equal(talks.location, 'Ottawa');
  assert.deepEqual(names(r, [...talks.actors, ...talks.recipients]), ['Canada', 'Mexico']);
});

test('each status: planned, possible, hypothetical, negated, denied', () => {
  const cases: [string, string][] = [
    ['Japan will meet with Brazil next month.', 'planned'],
    ['Japan is set to meet with Brazil next month.', 'planned'],
    ['Japan could meet with Brazil next month.', 'possible'],
    ['If the vote passes, Spain would meet with Italy.', 'hypothetical'],
    ['Peru did not meet with Chile.', 'negated'],
    ['Canada denied that it had met with Mexico.', 'denied'],
    ['Greece met with Turkey on Tuesday.', 'occurred'],
  ];
  for (const [text, status] of cases) {
    const r = events(text);
    const consult = r.events.filter((e) => e.type === 'CONSULT');
    assert.equal(consult.length, 1, text);
    assert.equal(consult[0].status, status, text);
  }
});

test('declining is a REJECT of its content', () => {
  const r = events('Peru declined to provide Chile with fighter jets.');
  assert.equal(r.events.length, 1);
  assert.equal(r.events[0].type, 'REJECT');
  assert.deepEqual(names(r, r.events[0].actors), ['Peru']);
  assert.deepEqual(names(r, r.events[0].recipients), ['Chile']);
});

test('the passive voice turns the by-phrase into the actor', () => {
  const r = events('Egypt was sharply criticized by Jordan on Tuesday.');
  assert.equal(r.events.length, 1);
  assert.equal(r.events[0].type, 'ACCUSE');
  assert.deepEqual(names(r, r.events[0].actors), ['Jordan']);
  assert.deepEqual(names(r, r.events[0].recipients), ['Egypt']);
});

test('a planned summit and the words that call it off are one cancelled event with both steps', () => {
  const r = events('Kenya and Uganda will hold a summit in Nairobi next week. On Tuesday, officials said the summit was called off.');
  const summits = r.events.filter((e) => e.type === 'CONSULT');
  assert.equal(summits.length, 1);
  const [summit] = summits;
  assert.equal(summit.status, 'cancelled');
  assert.deepEqual(summit.history.map((h) => h.status), ['planned', 'cancelled']);
  assert.equal(summit.mentions.length, 2);
  assert.equal(summit.location, 'Nairobi');
});

test('a meeting being set up and where it may happen are one possible event', () => {
  const r = events('Talks on setting up a meeting between Kenya and Uganda next week continue, an official said, adding that it is possible they meet in Nairobi.');
  const meetings = r.events.filter((e) => e.type === 'CONSULT');
  assert.equal(meetings.length, 1, JSON.stringify(meetings.map((e) => [e.status, e.text])));
  assert.equal(meetings[0].status, 'possible');
  assert.deepEqual(meetings[0].history.map((h) => h.status).sort(), ['planned', 'possible']);
  assert.equal(meetings[0].location, 'Nairobi');
});

test('nominal events: a dated phone call, a meeting with someone, and later mentions merged', () => {
  const r = events('Ghana and Nigeria held a phone call on Sunday. The call lasted an hour. Argentina had a meeting with Uruguay on Wednesday.');
  const consult = r.events.filter((e) => e.type === 'CONSULT');
  assert.equal(consult.length, 2);
  const [call, meeting] = consult;
  assert.equal(call.cameo, '041');
  assert.equal(call.date.value, '2024-03-03');
  assert.equal(call.mentions.length, 2, 'the call is mentioned twice');
  assert.deepEqual(names(r, [...call.actors, ...call.recipients]), ['Ghana', 'Nigeria']);
  assert.deepEqual(names(r, meeting.actors), ['Argentina']);
  assert.deepEqual(names(r, meeting.recipients), ['Uruguay']);
  assert.equal(meeting.status, 'occurred');
});

test('a statement is no event unless its content is one', () => {
  assert.equal(events('France said the weather in Paris was mild.').events.length, 0);
  const r = events('Italy said it rejected the proposal from Austria.');
  assert.deepEqual(r.events.map((e) => e.type), ['REJECT']);
});

test('announced acts: a demand of another, a pledge of aid', () => {
  const demand = events('Brazil said on Monday that Peru must return the seized aircraft.');
  assert.deepEqual(demand.events.map((e) => e.type), ['REQUEST']);
  assert.deepEqual(names(demand, demand.events[0].actors), ['Brazil']);
  assert.deepEqual(names(demand, demand.events[0].recipients), ['Peru']);
  const pledge = events('Norway agreed to send food aid to Sudan.');
  assert.deepEqual(pledge.events.map((e) => e.type), ['AGREE']);
  assert.equal(pledge.events[0].cameo?.startsWith('03'), true);
});

test('someone the actor layer did not resolve still acts: a noun subject, a demonym, the victims of a passive', () => {
  const riot = events('Palestinian prisoners rioted on Monday in a jail near the border.');
  assert.deepEqual(riot.events.map((e) => e.type), ['PROTEST']);
  const killed = events('Two Kenyan soldiers were killed in an ambush near the border.');
  assert.deepEqual(killed.events.map((e) => [e.type, e.actors.length]), [['ASSAULT', 0]]);
  assert.deepEqual(names(killed, killed.events[0].recipients), ['Two Kenyan soldiers']);
});

test('"they" stands for a group named alone; a demand names its target in the "that" clause', () => {
  const release = events('Colombian rebels said on Sunday that they will release two engineers.');
  assert.deepEqual(release.events.map((e) => [e.type, names(release, e.actors)]), [['AGREE', ['Colombian rebels']]]);
  const demand = events('Chile demanded that Peru withdraw its ambassador.');
  const request = demand.events.find((e) => e.type === 'REQUEST')!;
  assert.deepEqual([names(demand, request.actors), names(demand, request.recipients)], [['Chile'], ['Peru']]);
});
