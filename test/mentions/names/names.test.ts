import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '../../../src/model/document.js';
import { textStage } from '../../../src/text/stage.js';
import type { Entity } from '../../../src/model/schema.js';
import { namesStage } from '../../../src/mentions/names/stage.js';
import { isRoleWord, nameStart } from '../../../src/mentions/names/name-edges.js';
import { propagate, settleLoneNames, type TokenSpan } from '../../../src/mentions/names/consistency.js';
import { defaultNameTagger } from '../../../src/mentions/names/model.js';
import { candidates, tidy } from '../../../src/mentions/names/spans.js';
import { isCommonWord, isOrganisationWord } from '../../../src/mentions/names/lexicon.js';
import { isAllCapital, ordinaryCase } from '../../../src/mentions/names/headline-case.js';
import { readConllu } from '../../../dev/eval/conllu.js';
import { gumNamedTexts, readUner, scoreNames } from '../../../dev/eval/entities.js';
import { sharedDir } from '../../../dev/eval/shared.js';

function names(text: string): Entity[] {
  const doc = createDocument({ id: 'fixture', text, published: null, title: null, url: null });
  textStage(doc);
  namesStage(doc);
  return doc.entities;
}

const typeOf = (found: Entity[], text: string) => found.find((e) => e.text === text)?.type;

test('people named after their titles: the span stops at the name', () => {
  const found = names('Foreign Minister Hakan Lindqvist met Chancellor Maria Okonkwo in Vienna on Tuesday.');
  assert.equal(typeOf(found, 'Hakan Lindqvist'), 'person');
  assert.equal(typeOf(found, 'Maria Okonkwo'), 'person');
  assert.equal(typeOf(found, 'Vienna'), 'place');
  assert.ok(!found.some((e) => /Minister|Chancellor/.test(e.text)));
  const pm = names('Prime Minister Tomas Brandt told NATO allies that Germany would raise spending.');
  assert.equal(typeOf(pm, 'Tomas Brandt'), 'person');
  assert.equal(typeOf(pm, 'NATO'), 'organisation');
  assert.equal(typeOf(pm, 'Germany'), 'country');
});

test('a sentence in capitals is read in ordinary case: dictionary words lower, names and acronyms capitalised', () => {
  const lists = defaultNameTagger().lists;
  const headline = ['MINISTER', 'ANNA', 'KOVACS', 'SAYS', 'HUNGARY', 'WILL', 'QUIT', 'NATO', 'TALKS', 'IN', 'VIENNA'];
  assert.ok(isAllCapital(headline));
  assert.deepEqual(ordinaryCase(headline, lists), ['Minister', 'Anna', 'Kovacs', 'says', 'Hungary', 'will', 'quit', 'NATO', 'talks', 'in', 'Vienna']);
  // Known names of several words are capitalised whole; a country in initials keeps them.
  const known = ['SOUTH', 'KOREA', 'AND', 'U.K.', 'SIGN', 'TRADE', 'PACT'];
  assert.deepEqual(ordinaryCase(known, lists), ['South', 'Korea', 'and', 'U.K.', 'sign', 'trade', 'pact']);
  // Ordinary writing with a few acronyms is left as written.
  const plain = ['The', 'IMF', 'and', 'NATO', 'met', 'in', 'Vienna', '.'];
  assert.ok(!isAllCapital(plain));
  assert.equal(ordinaryCase(plain, lists), plain);
});

test('names in an all-capital headline are found and point at the text as written', () => {
  const found = names('PRIME MINISTER TOMAS BRANDT TELLS NATO ALLIES GERMANY WILL RAISE SPENDING\n\nThe talks ended on Friday.');
  assert.equal(typeOf(found, 'TOMAS BRANDT'), 'person');
  assert.equal(typeOf(found, 'NATO'), 'organisation');
  assert.equal(typeOf(found, 'GERMANY'), 'country');
  assert.ok(!found.some((e) => /TELLS|ALLIES|SPENDING/.test(e.text)));
  // Names of several words, read whole only in ordinary case.
  const bank = names('BANK OF ENGLAND RAISES RATES AS U.S. INFLATION STAYS HIGH\n\nMarkets fell.');
  assert.equal(typeOf(bank, 'BANK OF ENGLAND'), 'organisation');
  assert.equal(typeOf(bank, 'U.S.'), 'country');
  const leader = names('NEW ZEALAND LEADER MEETS CHINESE DELEGATION IN WELLINGTON\n\nThe talks lasted two hours.');
  assert.equal(typeOf(leader, 'NEW ZEALAND'), 'country');
  assert.equal(typeOf(leader, 'WELLINGTON'), 'place');
  assert.ok(!leader.some((e) => /LEADER|DELEGATION/.test(e.text)));
});

test('the Kremlin is an organisation; demonyms are groups', () => {
  const found = names('The Kremlin said Russian troops had left the border region, while Ukrainians gathered in Lviv.');
  assert.equal(typeOf(found, 'Kremlin'), 'organisation');
  assert.equal(typeOf(found, 'Russian'), 'group');
  assert.equal(typeOf(found, 'Ukrainians'), 'group');
  assert.equal(typeOf(found, 'Lviv'), 'place');
});

test('organisations with acronyms, cities and countries, each with its evidence', () => {
  const found = names('Officials from the WHO and the European Union arrived in Nairobi, Kenya, on Friday.');
  assert.equal(typeOf(found, 'WHO'), 'organisation');
  assert.equal(typeOf(found, 'European Union'), 'organisation');
  assert.equal(typeOf(found, 'Nairobi'), 'place');
  assert.equal(typeOf(found, 'Kenya'), 'country');
  for (const e of found) assert.ok(['tagger', 'extended', 'gazetteer', 'pattern', 'lower-case', 'document', 'salutation'].includes(e.rule), e.text);
});

test('a demonym before a title is a group, the name after it a person', () => {
  const found = names('Brazilian President Carlos Mendes spoke with reporters at the United Nations in New York.');
  assert.equal(typeOf(found, 'Brazilian'), 'group');
  assert.equal(typeOf(found, 'Carlos Mendes'), 'person');
  assert.equal(typeOf(found, 'United Nations'), 'organisation');
  assert.equal(typeOf(found, 'New York'), 'place');
});

test('name edges: determiners and title phrases are not part of the name', () => {
  const words = ['the', 'Secretary', 'of', 'State', 'Anna', 'Berg'];
  assert.equal(nameStart(words, 0, words.length, true), 4);
  assert.equal(nameStart(['the', 'World', 'Bank'], 0, 3, false), 1);
  assert.equal(nameStart(['Jordan', 'Miles'], 0, 2, true), 0, 'a country-like first name is no title');
});

test('an organisation ending in an agent noun keeps its name; no person is cut out of it', () => {
  const words = ['Both', 'the', 'Riverton', 'Police', 'Department', 'and', 'the', 'Church', 'of', 'Lumen', 'agreed', '.'];
  const spans = tidy(words, [{ first: 2, last: 5, type: 'ORG' }, { first: 7, last: 10, type: 'PER' }]);
  assert.deepEqual(spans[0], { first: 2, last: 5, type: 'ORG' });
  assert.ok(!spans.some((s) => s.type === 'PER' && s.last - s.first === 1 && words[s.first] === 'Department'));
});

test("candidates: the tagger's span widened to the whole capitalised run, lower-case places", () => {
  const lists = defaultNameTagger().lists;
  const words = ['attacks', 'on', 'the', 'Church', 'of', 'Lumen', 'website'];
  const found = candidates(words, words.map(() => 'X'), [{ first: 3, last: 4, type: 'PER' }], [], lists);
  assert.ok(found.some((c) => c.first === 3 && c.last === 6 && c.rule === 'extended'));
  const lower = candidates(['i', 'live', 'in', 'malaysia', 'now'], ['PRON', 'VERB', 'ADP', 'PROPN', 'ADV'], [], [], lists);
  assert.deepEqual(lower.map((c) => [c.first, c.rule]), [[3, 'lower-case']]);
});

test('candidates: a capitalised function word does not start a name; other runs keep theirs', () => {
  const lists = defaultNameTagger().lists;
  const words = ['In', 'Qarvel', ',', 'Zentrix', 'and', 'Lumen', 'met', '.'];
  const upos = ['ADP', 'PROPN', 'PUNCT', 'PROPN', 'CCONJ', 'PROPN', 'VERB', 'PUNCT'];
  const found = candidates(words, upos, [{ first: 5, last: 6, type: 'PER' }], [], lists);
  assert.ok(found.some((c) => c.first === 1 && c.last === 2 && c.rule === 'pattern'));
  // The widened run "Zentrix and Lumen" leaves "Zentrix" its own candidate.
  assert.ok(found.some((c) => c.first === 3 && c.last === 6 && c.rule === 'extended'));
  assert.ok(found.some((c) => c.first === 3 && c.last === 4 && c.rule === 'pattern'));
});

test('initials belong to the name; a country written in initials stays apart', () => {
  const words = ['by', 'J.K.', 'Fennimore', 'of', 'the', 'U.S.', 'Corvan', 'Trust'];
  const spans = tidy(words, [{ first: 2, last: 3, type: 'PER' }, { first: 6, last: 8, type: 'ORG' }]);
  assert.deepEqual(spans.map((s) => [s.first, s.last, s.type]), [[1, 3, 'PER'], [6, 8, 'ORG']]);
});

test('a capitalised lower-case word on its own is no name; an organisation word or a known place is', () => {
  const lists = defaultNameTagger().lists;
  assert.ok(isCommonWord('Laughter', lists) && isCommonWord('Applause', lists));
  for (const w of ['Army', 'Parliament', 'Lisbon', 'Maria']) assert.ok(!isCommonWord(w, lists), w);
  const found = names('The minister thanked the crowd. (Applause.) Tractors blocked Lisbon on Monday.');
  assert.ok(!found.some((e) => e.text === 'Applause' || e.text === 'Tractors'));
  assert.equal(typeOf(found, 'Lisbon'), 'place');
});

test('organisation words, with or without a final dot, in any case', () => {
  for (const w of ['University', 'ministry', 'Inc.', 'LTD']) assert.ok(isOrganisationWord(w), w);
  for (const w of ['Paris', 'said', 'of']) assert.ok(!isOrganisationWord(w), w);
});

test('a lone unknown word is no person: an organisation, or a place after "in"', () => {
  const lists = defaultNameTagger().lists;
  const forms = ['Users', 'of', 'Zentrix', 'met', 'in', 'Qarvel', 'with', 'WXQ', ',', 'Maria', 'said', '.'];
  const spans: TokenSpan[] = [2, 5, 7, 9].map((k) => ({ first: k, last: k + 1, type: 'PER', rule: 'tagger' }));
  settleLoneNames(spans, forms, lists);
  assert.deepEqual(spans.map((s) => s.type), ['ORG', 'LOC', 'ORG', 'PER']);
});

test('a lone word taken for a place is repeated only if the gazetteer knows the place', () => {
  const lists = defaultNameTagger().lists;
  const forms = ['Qarvel', 'and', 'Paris', '.', 'From', 'Qarvel', 'to', 'Paris', '.'];
  const sentenceOf = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1, 1]);
  const spans: TokenSpan[] = [0, 2].map((k) => ({ first: k, last: k + 1, type: 'LOC', rule: 'tagger' }));
  assert.deepEqual(propagate(spans, forms, sentenceOf, lists).map((s) => forms[s.first]), ['Paris']);
});

test('a company named with its designator is found again without it, unless a person bears the name', () => {
  const lists = defaultNameTagger().lists;
  const forms = ['Qarvel', 'Corp.', 'hired', 'Anna', 'Brandt', '.', 'Qarvel', 'grew', ',', 'said', 'Brandt', '.'];
  const sentenceOf = Int32Array.from([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  const spans: TokenSpan[] = [{ first: 0, last: 2, type: 'ORG', rule: 'tagger' }, { first: 3, last: 5, type: 'PER', rule: 'tagger' }];
  assert.deepEqual(propagate(spans, forms, sentenceOf, lists).map((s) => [forms[s.first], s.type]), [['Qarvel', 'ORG'], ['Brandt', 'PER']]);
  const family = ['Anna', 'Brandt', 'chairs', 'the', 'Brandt', 'Foundation', '.', 'Brandt', 'said', 'so', '.'];
  const named: TokenSpan[] = [{ first: 0, last: 2, type: 'PER', rule: 'tagger' }, { first: 4, last: 6, type: 'ORG', rule: 'tagger' }];
  assert.deepEqual(propagate(named, family, Int32Array.from([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]), lists).map((s) => s.type), ['PER']);
});

test('a storm is no person, named with its kind or alone; the hurricane centre is an organisation', () => {
  const found = names('Hurricane Zelda strengthened on Wednesday. Zelda packed winds of 175 mph, the National Hurricane Center said.');
  assert.ok(!found.some((e) => e.text.includes('Zelda')));
  assert.equal(typeOf(found, 'National Hurricane Center'), 'organisation');
});

test('a faith qualifies a name or a title but holds no office: "Islamic Jihad" is no person "Jihad"', () => {
  for (const w of ['Islamic', 'Sunni', 'Catholic']) assert.ok(!isRoleWord(w), w);
  for (const w of ['cleric', 'imam', 'Bishop']) assert.ok(isRoleWord(w), w);
  const words = ['members', 'of', 'Islamic', 'Jihad', 'said'];
  assert.deepEqual(tidy(words, [{ first: 2, last: 4, type: 'ORG' }]), [{ first: 2, last: 4, type: 'ORG' }]);
});

test('a first name alone on its line greets or signs off a letter; a word alone is no name', () => {
  const found = names('Renee,\nThe contract is attached.\nThanks,\nVince');
  assert.deepEqual(found.filter((e) => e.type === 'person').map((e) => e.text), ['Renee', 'Vince']);
  assert.equal(found.find((e) => e.text === 'Vince')?.rule, 'salutation');
  assert.ok(!found.some((e) => e.text === 'Thanks'));
});

test('a known place of several words stays a place though it ends in an organisation word', () => {
  const found = names('Troops entered the West Bank on Monday, while the World Bank froze its loans.');
  assert.equal(typeOf(found, 'West Bank'), 'place');
  assert.equal(typeOf(found, 'World Bank'), 'organisation');
});

test('capitals and seats of government: places, and the Kremlin without its determiner', () => {
  const found = names('The Kremlin said talks in Geneva would go on, while Kyiv and Moscow traded blame.');
  assert.ok(found.some((e) => e.text === 'Kremlin' && e.type === 'organisation'));
  assert.ok(!found.some((e) => e.text.startsWith('The ')));
  for (const city of ['Geneva', 'Kyiv', 'Moscow']) assert.ok(found.some((e) => e.text === city), city);
});

// Issue 15's floors (0.82 on GUM news and UNER PUD, 0.80 on UNER EWT dev) are not reached yet and
// are tracked by `npm run eval`; this guards the level reached so far (GUM 0.788, UNER dev 0.695,
// UNER PUD 0.606), less about a point of retraining noise, against regressions.
test('name F1 on GUM news, UNER EWT dev and UNER PUD stays at the level reached', (t) => {
  const shared = sharedDir();
  if (!shared) return t.skip('../shared not present');
  const news = join(shared, 'data/nlp/gum/news');
  const gum = gumNamedTexts(readdirSync(news).filter((f) => f.endsWith('.conllu')).flatMap((f) => readConllu(join(news, f))));
  const uner = readUner(join(shared, 'data/nlp/uner-ewt/en_ewt-ud-dev.iob2'));
  const pud = readUner(join(shared, 'data/nlp/uner-pud/en_pud-ud-test.iob2'));
  for (const [name, docs, level] of [['GUM news', gum, 0.78], ['UNER dev', uner, 0.68], ['UNER PUD', pud, 0.59]] as const) {
    const f1 = scoreNames([...docs]).overall.f1;
    assert.ok(f1 >= level, `${name}: overall F1 ${f1.toFixed(3)} < ${level}`);
  }
});

test('a city that the place list knows by another name ("Geneva" for "Genève") is a place, not a person; a person named so stays one', () => {
  assert.equal(typeOf(names('A meeting planned for Geneva next week was called off, diplomats said.'), 'Geneva'), 'place');
  assert.equal(typeOf(names('Officials met in Geneva and Odesa on Monday.'), 'Odesa'), 'place');
  assert.equal(typeOf(names('Geneva Smith, a lawyer, said the ruling was wrong.'), 'Geneva Smith'), 'person');
});

test('a country\'s official name cut short by the tagger is made whole, without a determiner before it', () => {
  const spans = (text: string) => names(text).map((e) => [e.text, e.type, e.rule]);
  // "Republic of China" alone is Taiwan.
  assert.deepEqual(spans("Officials of the People's Republic of China met the delegation."), [["People's Republic of China", 'country', 'country-name']]);
  assert.deepEqual(spans('Envoys of the Republic of China met the delegation.'), [['Republic of China', 'country', 'tagger']]);
  assert.deepEqual(spans('The United States rejected the offer.').map(([text]) => text), ['United States']);
});
