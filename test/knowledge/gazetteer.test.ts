import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lookupPlace, placeCandidates } from '../../src/knowledge/gazetteer.js';

test('cities, regions and countries with coordinates', () => {
  const budapest = lookupPlace('Budapest');
  assert.equal(budapest?.country, 'HUN');
  assert.equal(budapest?.kind, 'city');
  assert.ok(Math.abs(budapest!.lat - 47.5) < 0.1);
  const malaysia = lookupPlace('Malaysia');
  assert.equal(malaysia?.kind, 'country');
  assert.equal(malaysia?.country, 'MYS');
  const alaska = lookupPlace('Alaska');
  assert.equal(alaska?.kind, 'region');
  assert.equal(alaska?.country, 'USA');
  assert.ok(alaska!.lat > 55 && alaska!.lon < -130);
});

test('context disambiguates: a region or country named beside the place', () => {
  const anchorage = lookupPlace('Anchorage', { regionHint: 'Alaska' });
  assert.equal(anchorage?.country, 'USA');
  assert.equal(anchorage?.admin1, 'Alaska');
  assert.ok(Math.abs(anchorage!.lat - 61.2) < 0.1);
  const texan = lookupPlace('Paris', { regionHint: 'Texas' });
  assert.equal(texan?.admin1, 'Texas');
  assert.equal(lookupPlace('Paris')?.country, 'FRA', 'else the most populous');
  assert.equal(lookupPlace('Paris', { countryHint: 'USA' })?.country, 'USA');
  assert.equal(lookupPlace('Paris', { regionHint: 'France' })?.country, 'FRA');
  assert.ok(placeCandidates('Paris').length > 5);
});

test('other spellings and diacritics', () => {
  assert.equal(lookupPlace('Kiev')?.name, 'Kyiv');
  assert.equal(lookupPlace('Kyiv')?.country, 'UKR');
  assert.equal(lookupPlace('Sao Paulo')?.country, 'BRA');
  assert.equal(lookupPlace('Georgia')?.kind, 'country', 'a country before a US state');
  assert.equal(lookupPlace('Georgia', { countryHint: 'USA' })?.kind, 'region');
  assert.equal(lookupPlace('Washington')?.admin1, 'District of Columbia');
  assert.equal(lookupPlace('Nowhere-on-Earth-xyz'), null);
});
