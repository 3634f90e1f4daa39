import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NameVariants } from '../../src/actors/name-variants.js';
import type { Actor } from '../../src/model/schema.js';

const person = (id: string, name: string): Actor => ({ id, kind: 'person', name, title: null, country: null, sector: null, cameo: null, mentions: [] });
const known = [person('a1', 'Karim El-Haddad'), person('a2', 'Yuri Petrovsky')];
const findNameVariant = (actors: Actor[], name: string) => new NameVariants(actors).find(name);

test('an Arabic particle or one letter of transliteration names the same person', () => {
  assert.equal(findNameVariant(known, 'Haddad')?.id, 'a1');
  assert.equal(findNameVariant(known, 'al-Hadad')?.id, 'a1');
  assert.equal(findNameVariant(known, 'Yury Petrovsky')?.id, 'a2');
});

test('negative: another first name, or a surname two edits away, is someone else', () => {
  assert.equal(findNameVariant(known, 'Olga Petrovsky'), undefined);
  assert.equal(findNameVariant(known, 'Hadid'), undefined);
});

test('people added after the first lookup are found too, the earliest of several variants first', () => {
  const actors = [person('a1', 'Karim El-Haddad')];
  const variants = new NameVariants(actors);
  assert.equal(variants.find('Petrovsky'), undefined);
  actors.push(person('a2', 'Yuri Petrovsky'), person('a3', 'Yury Petrovski'));
  assert.equal(variants.find('Petrovskiy')?.id, 'a2');
  assert.equal(variants.find('Yuri Petrovski')?.id, 'a2');
});
