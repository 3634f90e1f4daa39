import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAgent } from '../../src/knowledge/agents.js';
import { countryByCode, findCountry } from '../../src/knowledge/countries.js';
import { findOfficeHolder, findOfficeHolders, findPersonByName } from '../../src/knowledge/office-holders.js';
import { findOrganisation } from '../../src/knowledge/organisations.js';
import { findPhoenixPeople } from '../../src/knowledge/phoenix-people.js';

test('countries: names, aliases, demonyms, group nouns', () => {
  for (const [name, code] of [['United States of America', 'USA'], ['the U.S.', 'USA'], ['America', 'USA'],
    ['Britain', 'GBR'], ['UK', 'GBR'], ['Russian', 'RUS'], ['Ukrainians', 'UKR'], ['American', 'USA'],
    ['British', 'GBR'], ['Malaysia', 'MYS'], ['Côte d’Ivoire', 'CIV']] as const) {
    assert.equal(findCountry(name)?.country.code, code, name);
  }
  assert.equal(findCountry('us'), null, 'the pronoun is no country');
  assert.equal(countryByCode('XKX')?.cameo, 'KSV');
});

test('countries: seats of government are GOV metonyms', () => {
  for (const [name, cameo] of [['the Kremlin', 'RUSGOV'], ['Kremlin', 'RUSGOV'], ['Moscow', 'RUSGOV'],
    ['the White House', 'USAGOV'], ['Washington', 'USAGOV'], ['Kyiv', 'UKRGOV'], ['Kiev', 'UKRGOV'],
    ['Downing Street', 'GBRGOV'], ['the Elysee', 'FRAGOV'], ['Beijing', 'CHNGOV']] as const) {
    const match = findCountry(name);
    assert.equal(match?.cameo, cameo, name);
    assert.equal(match?.sector, 'GOV');
  }
  assert.equal(findCountry('Brussels'), null, 'Brussels is left to the EU');
});

test('countries: CAMEO regions', () => {
  assert.equal(findCountry('Europe')?.country.code, 'EUR');
  assert.equal(findCountry('the Middle East')?.country.code, 'MEA');
  assert.equal(findCountry('Africa')?.country.kind, 'region');
});

test('organisations', () => {
  assert.equal(findOrganisation('NATO')?.organisation.cameo, 'IGOWSTNAT');
  assert.equal(findOrganisation('the U.N.')?.organisation.cameo, 'IGOUNO');
  assert.equal(findOrganisation('European Commission')?.organisation.parent, 'EU');
  assert.equal(findOrganisation('Brussels')?.organisation.id, 'EU');
  assert.equal(findOrganisation('Red Cross')?.organisation.sector, 'NGO');
});

test('agents → sectors', () => {
  for (const [noun, sector] of [['president', 'GOV'], ['troops', 'MIL'], ['police', 'COP'], ['rebels', 'REB'],
    ['lawmakers', 'LEG'], ['opposition', 'OPP'], ['official', 'GOV'], ['diplomat', 'GOV'], ['journalists', 'JRN']] as const) {
    assert.equal(findAgent(noun)?.sector, sector, noun);
  }
  assert.equal(findAgent('spokesperson')?.sector, null, 'a spokesperson takes the sector of the body');
  assert.equal(findAgent('spokeswoman')?.cameo, 'MED');
});

test('office holders: the date decides who holds the office', () => {
  assert.equal(findOfficeHolder('president', 'USA', '2025-10-21')?.name, 'Donald Trump');
  assert.equal(findOfficeHolder('president', 'US', '2022-01-01')?.name, 'Joe Biden');
  assert.equal(findOfficeHolder('president', 'USA', '2016-06-01')?.name, 'Barack Obama');
  assert.equal(findOfficeHolder('foreign minister', 'Russian', '2025-10-21')?.name, 'Sergey Lavrov');
  assert.equal(findOfficeHolder('top diplomat', 'USA', '2025-10-21')?.name, 'Marco Rubio');
  assert.equal(findOfficeHolder('secretary of state', 'USA', '2019-01-01')?.name, 'Mike Pompeo');
  assert.equal(findOfficeHolder('PM', 'Britain', '2023-01-01')?.name, 'Rishi Sunak');
  assert.equal(findOfficeHolder('premier', 'China', '2020-01-01')?.name, 'Li Keqiang');
  assert.equal(findOfficeHolder('spokesman', 'Kremlin', '2025-10-21')?.name, 'Dmitry Peskov');
  assert.equal(findOfficeHolder('press secretary', 'USA', '2025-10-21')?.name, 'Karoline Leavitt');
  assert.equal(findOfficeHolder('leader', 'Russian', '2025-10-21')?.name, 'Vladimir Putin');
  assert.equal(findOfficeHolder('leader', 'German', '2025-10-21')?.name, 'Friedrich Merz');
  assert.equal(findOfficeHolder('head of state', 'Ukraine', '2018-01-01')?.name, 'Petro Poroshenko');
  assert.equal(findOfficeHolder('secretary-general', 'NATO', '2020-01-01')?.name, 'Jens Stoltenberg');
  assert.equal(findOfficeHolder('Commission president', 'EU', '2025-10-21')?.name, 'Ursula von der Leyen');
  assert.equal(findOfficeHolder('president', 'USA', '2030-01-01')?.name, 'Donald Trump', 'open term');
  assert.ok(findOfficeHolders('foreign ministry spokesperson', 'CHN', '2024-03-01').length >= 2);
});

test('office holders: people by name, spelling variants and surnames', () => {
  for (const name of ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Volodymyr Zelenskyy']) {
    const [term] = findPersonByName(name, '2025-10-21');
    assert.equal(term?.name, 'Volodymyr Zelensky', name);
    assert.equal(term?.cameo, 'UKRGOV');
  }
  for (const name of ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']) {
    const [term] = findPersonByName(name, '2025-10-21');
    assert.equal(term?.role, 'Foreign Minister');
    assert.equal(term?.country, 'RUS');
  }
  const [rubio] = findPersonByName('Rubio', '2025-10-21');
  assert.equal(rubio?.sector, 'GOV');
  const [trump] = findPersonByName('Trump', '2019-06-01');
  assert.equal(trump?.from, '2017-01-20', 'the covering term comes first');
  const [johnson] = findPersonByName('Johnson', '2017-06-01');
  assert.equal(johnson?.role, 'Foreign Secretary');
  assert.equal(findPersonByName('Stoltenberg')[0]?.organisation, 'NATO');
  assert.deepEqual(findPersonByName('Nobody Atall'), []);
});

test('Phoenix people: older coverage with dated codes', () => {
  const [obama] = findPhoenixPeople('Barack Obama', '2010-05-01');
  assert.equal(obama?.code, 'USAGOV');
  const [putin] = findPhoenixPeople('Putin', '1995-01-01');
  assert.equal(putin?.code, 'RUSELI');
});
