import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadActorDictionary } from '../../src/knowledge/actor-dictionary.js';
import { analyzeArticle } from '../../src/pipeline.js';

// Invented countries and people, so that only the dictionary can know them.
const dir = mkdtempSync(join(tmpdir(), 'readout-match-'));
const actorsFile = join(dir, 'test.actors.txt');
// TABARI's format (a ";" comment): names not ending in "_" are stems.
writeFileSync(actorsFile, ['FREEDONIA_ [FRE] ; a whole word', 'SYLVANIA_NAVY_ [SYLNAV]', 'SYLVAN [SYL]', 'THE_MARX_BROTHERS_ [GRO/HAR]', 'TRENTINO_ [---]', 'CARAVAN_ [CAR <19330101] [CRV]'].join('\n'));
const agentsFile = join(dir, 'test.agents.txt');
writeFileSync(agentsFile, ['POLICE {} [~COP]', 'MINISTER [~GOV]', 'CHARITY [NGO~]'].join('\n'));
const dictionary = loadActorDictionary([actorsFile, agentsFile]);

const read = (text: string, published = '1933-11-17') => analyzeArticle({ id: 't', text, published, title: null, url: null }, undefined, { actors: dictionary });
const codeOf = (text: string, phrase: string, published?: string) => {
  const doc = read(text, published);
  const at = text.indexOf(phrase);
  const entity = doc.entities.find((e) => e.start <= at && at + phrase.length <= e.end && e.rule === 'actor.dictionary');
  return entity ? doc.actors.filter((a) => a.mentions.some((m) => m.start === entity.start && m.end === entity.end)).map((a) => a.cameo).join('/') : null;
};

test('dictionary names are coded actors, case-insensitive, with rule and entry', () => {
  const text = 'Freedonia accused SYLVANIA of massing troops on the border.';
  const doc = read(text);
  const freedonia = doc.entities.find((e) => e.text === 'Freedonia')!;
  assert.equal(freedonia.rule, 'actor.dictionary');
  assert.equal(freedonia.entry, 'test.actors.txt:1 FREEDONIA_');
  assert.equal(doc.actors.find((a) => a.id === freedonia.actor)?.cameo, 'FRE');
  assert.equal(codeOf(text, 'SYLVANIA'), 'SYL', 'a stem runs on to the end of its word');
  const event = doc.events.find((e) => e.type === 'ACCUSE');
  assert.deepEqual([event?.actors, event?.recipients], [[freedonia.actor], [doc.entities.find((e) => e.text === 'SYLVANIA')!.actor]]);
});

test('whole words, longest entry first, null codes, dates and compounds', () => {
  assert.equal(codeOf('Freedonians marched in the capital.', 'Freedonians'), null, 'FREEDONIA_ must end a word');
  assert.equal(codeOf('The Sylvania navy shelled the port.', 'Sylvania navy'), 'SYLNAV');
  assert.equal(codeOf('The Sylvania_Navy shelled the port.', 'Sylvania_Navy'), 'SYLNAV', 'an underscore in the text joins words as in the dictionary');
  assert.equal(codeOf('Trentino met Freedonia.', 'Trentino'), null, '[---] codes no one');
  assert.equal(codeOf('The caravan reached Freedonia.', 'caravan', '1932-12-31'), 'CAR');
  assert.equal(codeOf('The caravan reached Freedonia.', 'caravan', '1933-11-17'), 'CRV');
  assert.equal(codeOf('The Marx Brothers insulted Freedonia.', 'Marx Brothers'), 'GRO/HAR');
  assert.equal(codeOf('Insylvan Freedonia.', 'Insylvan'), null, 'a name starts a word');
});

test('agents join the name they qualify', () => {
  assert.equal(codeOf('Freedonia police arrested protesters.', 'Freedonia police'), 'FRECOP');
  assert.equal(codeOf("Freedonia's police arrested protesters.", "Freedonia's police"), 'FRECOP');
  assert.equal(codeOf('The minister of Freedonia resigned.', 'minister of Freedonia'), 'FREGOV');
  assert.equal(codeOf('A charity Freedonia runs opened.', 'charity Freedonia'), 'NGOFRE');
  assert.equal(codeOf('Police arrested protesters in the port.', 'Police'), null, 'an agent alone codes nothing');
  assert.equal(codeOf('The Freedonia police and minister resigned.', 'Freedonia police and minister'), 'FRECOP/FREGOV', 'coordinated agents each qualify the name');
  assert.equal(codeOf('Police and ministers of Freedonia resigned.', 'Police and ministers of Freedonia'), 'FRECOP/FREGOV');
  assert.equal(codeOf('Sylvania thanked Freedonia police', 'Freedonia police'), 'FRECOP', 'an agent may end the text');
});

test('no dictionary, no dictionary facts', () => {
  const doc = analyzeArticle({ id: 't', text: 'Freedonia accused Sylvania of massing troops.', published: null, title: null, url: null });
  assert.ok(doc.entities.every((e) => e.rule !== 'actor.dictionary'));
});
