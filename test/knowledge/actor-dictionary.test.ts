import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { codesOn, DictionaryError, loadActorDictionary } from '../../src/knowledge/actor-dictionary.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-actors-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const entry = (paths: string[], phrase: string) => loadActorDictionary(paths).entries.find((e) => e.phrase === phrase);

// Dictionaries written for these tests, in the formats PETRARCH and TABARI read.
const petrarch = file(
  'mine.actors.txt',
  [
    '<!-- a header',
    '     over two lines -->',
    'FREEDONIA_ [FRE] # a comment',
    '+FREEDONIAN_',
    'SYLVAN [SYL]',
    'RUFUS_FIREFLY_ ; a TABARI comment',
    '\t[FREGOV 330101-331231]',
    '\t[FREOPP >340101]',
    'THE_MARX_BROTHERS [GRO/HAR/CHI]',
    'TRENTINO_ [---]',
    '<NOUN>',
    'DUCKS',
    '</NOUN>',
    '~~FINISH',
    'NEVER_READ [XXX]',
  ].join('\n'),
);
const agents = file('mine.agents.txt', ['!PERSON! = MAN, WOMAN', 'POLICE {} [~COP]', 'MINISTER [~GOV]', 'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]', 'CHAIR!PERSON! [~GOV]', 'CHARITY [NGO~]'].join('\n'));

test('PETRARCH/TABARI actor files: names, synonyms, stems, dated and compound codes, comments and sections', () => {
  assert.deepEqual(entry([petrarch], 'freedonia')?.codes, [{ code: 'FRE', from: null, to: null }]);
  assert.equal(entry([petrarch], 'freedonia')?.stem, false, 'a name ending in _ ends a word');
  assert.equal(entry([petrarch], 'sylvan')?.stem, true, 'a name without _ is a stem');
  assert.equal(entry([petrarch], 'freedonian')?.source, 'mine.actors.txt:4 FREEDONIAN_', 'a synonym keeps its own line');
  const firefly = entry([petrarch], 'rufus firefly')!;
  assert.deepEqual(codesOn(firefly, '1933-06-01'), ['FREGOV']);
  assert.deepEqual(codesOn(firefly, '1934-01-01'), ['FREOPP']);
  assert.deepEqual(codesOn(firefly, '1932-06-01'), [], 'no code holds before the first date');
  assert.deepEqual(codesOn(entry([petrarch], 'the marx brothers')!, null), ['GRO', 'HAR', 'CHI']);
  assert.equal(entry([petrarch], 'ducks'), undefined, 'a <NOUN> section codes nothing');
  assert.equal(entry([petrarch], 'never read'), undefined, '~~FINISH ends the file');
});

test('a PETRARCH file (no TABARI marks) matches whole words', () => {
  const plain = file('plain.actors.txt', '# PETRARCH comments only\nSYLVAN [SYL]\nFREEDONIA_ [FRE]\n');
  assert.equal(entry([plain], 'sylvan')?.stem, false);
  assert.equal(entry([plain], 'freedonia')?.stem, false);
});

test('agents files: sectors after or before the actor, formed and listed plurals, substitutions', () => {
  assert.equal(entry([agents], 'police')?.kind, 'agent');
  assert.equal(entry([agents], 'polices'), undefined, '{} means no plural');
  assert.ok(entry([agents], 'ministers'), 'a regular plural is formed');
  assert.ok(entry([agents], 'attorneys general'), 'a plural in braces');
  assert.equal(entry([agents], 'attorney generals'), undefined);
  assert.ok(entry([agents], 'chairman') && entry([agents], 'chairwoman') && entry([agents], 'chairmen'));
  assert.deepEqual(entry([agents], 'charity')?.codes[0].code, 'NGO~');
});

test('TSV: name, code and provenance; whole words', () => {
  const tsv = file('mine.tsv', '# analyst fixes\nRufus T. Firefly\tFREGOV\tnewspaper of 1933-11-17\nSylvania\tSYL\n');
  const firefly = entry([tsv], 'rufus t. firefly')!;
  assert.equal(firefly.stem, false);
  assert.equal(firefly.source, 'mine.tsv:2 Rufus T. Firefly (newspaper of 1933-11-17)');
  assert.deepEqual(codesOn(entry([tsv], 'sylvania')!, null), ['SYL']);
});

test('a file that is not an actor dictionary: one line naming the file and the line', () => {
  const bad = (name: string, text: string, message: RegExp) => {
    const path = file(name, text);
    assert.throws(() => loadActorDictionary([path]), (err: Error) => err instanceof DictionaryError && message.test(err.message) && err.message.startsWith(path) && !err.message.includes('\n'));
  };
  // One entry, unreadable: nothing is left.
  bad('no-code.tsv', 'Freedonia\n', /:1: expected "name<TAB>code.*\(and nothing read from .*no-code\.tsv: is it an actors or agents file\?\)$/);
  bad('bracket.txt', 'FREEDONIA [FRE}\n', /:1: unbalanced bracket/);
  bad('date.txt', 'FREEDONIA\n\t[FRE 9908223-911221]\n', /:2: cannot read the code \[FRE 9908223-911221\]/);
  bad('day.txt', 'FREEDONIA [FRE >991331]\n', /:1: "991331" is not a date/);
  bad('code.txt', 'FREEDONIA [FR.E]\n', /:1: "FR.E" is not an actor or agent code/);
  bad('orphan.txt', '+FREEDONIAN\n', /:1: a synonym \(\+NAME\) with no entry above it/);
  bad('macro.txt', 'CHAIR!PERSON! [~GOV]\n', /:1: !PERSON! is used before a line defines it/);
  bad('discards.txt', '# sentences with these words are not coded\nSOCCER\n+FOOTBALL\n', /discards\.txt: no actor or agent entry/);
  // A verb file: its codes are no actor codes.
  const verbs = ['--- MEET [040] ---', 'MEET', ...Array.from({ length: 12 }, (_, i) => `- * WITH_${i} [040:041]`)].join('\n');
  bad('verbs.txt', verbs, /:3: "040:041" is not an actor or agent code .*\(and 11 more unreadable lines in .*verbs\.txt: is it an actors or agents file\?\)$/);
  assert.throws(() => loadActorDictionary([join(dir, 'missing.txt')]), /missing\.txt: cannot read the actor dictionary \(ENOENT\)/);
});

test('a dictionary with a few typos (as Phoenix has): each line is named and skipped, the rest is read', () => {
  const path = file(
    'typos.actors.txt',
    [
      'FREEDONIA_ [FRE]',
      '\t[FREGOV 9908223-911221]',
      'SYLVANIA_ [SYL}',
      '+SYLVANIAN_',
      '\t[SYLGOV 330101-331231]',
      'RUFUS_FIREFLY_ [FREGOV]',
      '+FIREFLY_]',
      '+RUFUS_T_FIREFLY_',
      'TRENTINO_ [SYLGOV]',
    ].join('\n'),
  );
  const dictionary = loadActorDictionary([path]);
  assert.deepEqual(dictionary.skipped.map((line) => line.slice(path.length)), [
    ':2: cannot read the code [FREGOV 9908223-911221]: expected [CODE], [CODE <YYMMDD], [CODE >YYMMDD] or [CODE YYMMDD-YYMMDD]',
    ':3: unbalanced bracket in "SYLVANIA_ [SYL}"',
    ':7: unbalanced bracket in "+FIREFLY_]"',
  ]);
  const codes = (phrase: string) => dictionary.entries.find((e) => e.phrase === phrase)?.codes.map((c) => c.code);
  // The entry keeps its readable code; an entry whose own line is skipped takes its synonyms and
  // codes with it, so that none of them lands on the entry above.
  assert.deepEqual(codes('freedonia'), ['FRE']);
  assert.deepEqual([codes('sylvania'), codes('sylvanian')], [undefined, undefined]);
  assert.deepEqual([codes('rufus firefly'), codes('rufus t firefly'), codes('trentino')], [['FREGOV'], ['FREGOV'], ['SYLGOV']]);
});
