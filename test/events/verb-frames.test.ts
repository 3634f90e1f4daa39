import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeArticle } from '../../src/pipeline.js';
import { dyads } from './dyads.js';

// Fixture sentences written for these tests: real countries and cities, invented events (issue 16,
// items 4 and 5): a verb's own code holds only with the object its sense needs, idioms are read
// before single verbs, a place is never a participant by mistake nor a person.

const types = (text: string) => dyads(text).map((e) => e.type);
const article = (text: string) => analyzeArticle({ id: 'fixture', text, published: '2024-03-06', title: null, url: null });
const kindOf = (text: string, name: string) => {
  const doc = article(text);
  const entity = doc.entities.find((e) => e.text === name);
  return { type: entity?.type, actor: doc.actors.find((a) => a.id === entity?.actor)?.kind ?? null };
};

test('"take" with a person as object is a seizure, and the evidence names the frame it was held to', () => {
  const [e] = dyads('Chilean soldiers took two Peruvian fishermen on Monday.');
  assert.deepEqual([e?.type, e?.source, e?.target], ['COERCE', ['CHL'], ['PER']]);
  const [event] = article('Chilean soldiers took two Peruvian fishermen on Monday.').events;
  assert.match(event?.evidence.entry ?? '', /frame: APPREHEND take \+ person object, person found/);
});

test('negative: "take" with a thing as object, or none, tells no seizure', () => {
  assert.deepEqual(types('Chile took steps against Peru on Monday.'), []);
  assert.ok(!types('The Peruvian army will fight as long as it takes.').includes('COERCE'));
});

test('"hold" with people as object is a detention', () => {
  const [e] = dyads('Chilean police held two Peruvian journalists on Monday.');
  assert.deepEqual([e?.type, e?.target], ['COERCE', ['PER']]);
});

test('negative: holding a briefing detains no one', () => {
  assert.deepEqual(types('Chile held a briefing for Peruvian diplomats on Monday.'), []);
});

test('"capture" takes people or places', () => {
  assert.deepEqual(types('Chilean troops captured two Peruvian soldiers on Monday.'), ['COERCE']);
  assert.deepEqual(types('Chilean troops captured the Peruvian town of Tacna on Monday.'), ['COERCE']);
});

test('negative: capturing a mood or seizing an opportunity is no seizure', () => {
  assert.deepEqual(types('Chile captured the mood of the summit.'), []);
  assert.deepEqual(types('Chile seized the opportunity to praise Peru.').filter((t) => t === 'COERCE'), []);
});

test('negative: a pattern naming only the subject is framed too ("police caught fire")', () => {
  assert.deepEqual(types('Peruvian police caught fire on Monday.'), []);
});

test('investigating someone is an accusation', () => {
  const [e] = dyads('Chilean prosecutors investigated the Peruvian ambassador.');
  assert.deepEqual([e?.type, e?.source, e?.target], ['ACCUSE', ['CHL'], ['PER']]);
});

test('negative: inspecting ships accuses no one, and the port they left is a place, not an organisation', () => {
  const text = 'Cargo ships leaving Callao were inspected by Chilean officials.';
  assert.deepEqual(types(text), []);
  assert.deepEqual(kindOf(text, 'Callao'), { type: 'place', actor: null });
});

test('"take place" and "taking place" tell the event their subject names, not an arrest', () => {
  assert.deepEqual(types('A conversation between Chile and Peru took place on Monday.'), ['CONSULT']);
  assert.deepEqual(types('Meetings between Chile and Peru are taking place this week.'), ['CONSULT']);
});

test('"take part in talks" is read before "take": a negotiation', () => {
  const e = dyads('Peruvian officials will take part in the talks with Chile.');
  assert.ok(e.length > 0 && e.every((x) => x.type === 'CONSULT'), JSON.stringify(e));
});

test('"take over" is read before "take": control taken of a town', () => {
  const [e] = dyads('Chilean rebels took over the town of Arica.');
  assert.deepEqual([e?.type, e?.cameo, e?.source], ['COERCE', '171', ['CHL']]);
});

test('"came under fire from X": X attacks the subject', () => {
  const [e] = dyads('Peruvian positions came under fire from Chilean artillery on Monday.');
  assert.deepEqual([e?.type, e?.source, e?.target], ['ASSAULT', ['CHL'], ['PER']]);
});

test('negative: coming under control is no attack', () => {
  assert.ok(!types('Peruvian positions came under the control of Chile.').includes('ASSAULT'));
});

test('the place of an attack named by "in" is never its target; the positions shelled make it an event', () => {
  const [e] = dyads('Chilean troops shelled rebel positions in northern Bolivia.');
  assert.deepEqual([e?.type, e?.source, e?.target], ['ASSAULT', ['CHL'], []]);
  assert.deepEqual(dyads('Chilean troops shelled Peruvian positions in northern Bolivia.')[0]?.target, ['PER']);
  assert.deepEqual(types('Chilean troops shelled rebel positions near Tacna.'), ['ASSAULT']);
});

test('negative: a country shelled is the target', () => {
  const [e] = dyads('Chilean troops shelled Bolivia on Monday.');
  assert.deepEqual([e?.type, e?.target], ['ASSAULT', ['BOL']]);
});

test('where people are tells whose they are: "opposition groups in Peru" act for Peru', () => {
  const [e] = dyads('Opposition groups in Peru demanded that Chile withdraw.');
  assert.deepEqual([e?.type, e?.source], ['REQUEST', ['PER']]);
});

test('where people are tells whose they are when nothing else does', () => {
  assert.deepEqual(dyads('Chile attacked rebel forces in eastern Bolivia.')[0]?.target, ['BOL']);
});

test('negative: the place of people whose country is named does not join them ("US troops in Iraq")', () => {
  assert.deepEqual(dyads('Chile attacked US troops in Iraq.')[0]?.target, ['USA']);
});

test('a place acted on makes an event with no target: "Callao was shelled"', () => {
  const [e] = dyads('Callao was shelled by Chilean forces on Monday.');
  assert.deepEqual([e?.type, e?.source, e?.target], ['ASSAULT', ['CHL'], []]);
});

test('a capital is never a person: "talks with Washington" are talks with its government', () => {
  const text = 'Peru held talks with Washington on Monday.';
  assert.deepEqual(kindOf(text, 'Washington'), { type: 'place', actor: 'organisation' });
  assert.deepEqual(dyads(text)[0]?.target, ['USA']);
});

test('negative: a person whose surname is a city stays a person', () => {
  assert.deepEqual(kindOf('Denzel Washington met the Peruvian president on Monday.', 'Denzel Washington'), { type: 'person', actor: 'person' });
});

test('a city after a preposition of place is a place, though it is also a first name', () => {
  const text = 'The Chilean envoy travelled to Geneva for talks with Peru.';
  assert.equal(kindOf(text, 'Geneva').type, 'place');
  assert.ok(!article(text).actors.some((a) => a.name === 'Geneva'));
});

test('negative: a capital\'s name that is part of a person\'s full name in the article stays that person', () => {
  const text = 'Paris Dube met Peruvian officials on Monday. Paris said she would visit Lima.';
  assert.deepEqual(kindOf(text, 'Paris'), { type: 'person', actor: 'person' });
});
