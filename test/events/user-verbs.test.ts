import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { entriesOf, loadVerbDictionary, type VerbDictionary } from '../../src/events/verb-dictionary.js';
import { analyzeArticle } from '../../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-verbs-'));
const file = (name: string, text: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, text.join('\n') + '\n');
  return path;
};

// Dictionaries written for these tests, in the formats PETRARCH-2 and TABARI read.
const petrarch = file('mine.verbs.txt', [
  '<!-- my fixes -->',
  '&PACTS',
  '+TREATY',
  '+NON_AGGRESSION_PACT',
  '--- PRAISE  [---]  ---',
  'PRAISE  # no code of its own: the shipped one holds',
  '- * &PACTS  [057]  # praising a pact is signing it, for this analyst',
  '- * DIPLXMATIC  [###]',
]);
const tabari = file('mine.verbs', [
  '<SYNSETS>',
  '&TRUCES',
  '+TRUCE',
  '+ARMISTICE',
  '</SYNSETS>',
  '<TIME>',
  'TOMORROW [+1]',
  '</TIME>',
  'HAIL  [043:044] ;pas',
  '{ HAILED_ HAILING_ }',
  '- * { PEACE_DEAL | &TRUCES }  [057]',
  'LASH OUT  [111]',
  'RESTOR  [064]',
  'ACT_  [100]',
  '~~FINISH',
  'NOT_READ [010]',
]);

test('PETRARCH-2 verb files: blocks, verbs, synonym sets, patterns with their file and line; "[###]" is a code, not a comment', () => {
  const [praise] = loadVerbDictionary([petrarch]).byWord.get('praise')!;
  assert.deepEqual([praise.block, praise.active, praise.at], ['PRAISE', '', 'mine.verbs.txt:6']);
  assert.deepEqual(
    praise.patterns.map((p) => [p.entry, p.active]),
    [
      ['- * &PACTS (mine.verbs.txt:7)', '057'],
      ['- * DIPLXMATIC (mine.verbs.txt:8)', ''],
    ],
  );
  // The synonym set holds a word and a phrase.
  assert.deepEqual(praise.patterns[0].after[0].slots[0], [['treaty'], ['non', 'aggression', 'pact']]);
});

test('TABARI verb files: a verb per line with active:passive codes, forms on the next line, alternatives, multi-word verbs, stems; <TIME> and ~~FINISH', () => {
  const dict = loadVerbDictionary([tabari]);
  const [hail] = dict.byWord.get('hailed')!;
  assert.deepEqual([hail.block, hail.active, hail.passive, hail.at, [...hail.forms]], ['HAIL', '043', '044', 'mine.verbs:9', ['hailed', 'hailing']]);
  assert.deepEqual(hail.patterns[0].after[0].slots[0], [['peace', 'deal'], ['truce'], ['armistice']]);
  assert.deepEqual(dict.byWord.get('lash')![0].words, ['lash', 'out']);
  // A verb not closed by "_" is a stem; one closed by it, a whole word.
  assert.deepEqual(['restore', 'restoring', 'rest', 'acting', 'act'].map((w) => entriesOf(dict, w)?.[0].block ?? null), ['RESTOR', 'RESTOR', null, null, 'ACT']);
  assert.equal(dict.byWord.has('tomorrow'), false);
  assert.equal(dict.byWord.has('not'), false);
});

test('verb files in UTF-8 or, failing that, Latin-1', () => {
  const lines = '--- REPRESS [172] ---\nRÉPRIMER\n';
  const utf8 = join(dir, 'utf8.txt');
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(utf8, lines, 'utf8');
  writeFileSync(latin1, lines, 'latin1');
  for (const path of [utf8, latin1]) assert.equal(loadVerbDictionary([path]).byWord.get('réprimer')?.[0].active, '172');
});

test('verb files with a typo: the line is named and skipped, with the lines that continue it; the rest is read', () => {
  const read = (lines: string[]) => {
    const path = file('typo.txt', lines);
    const dictionary = loadVerbDictionary([path]);
    return { skipped: dictionary.skipped.map((line) => line.replace(path, 'typo.txt')), patterns: (word: string) => dictionary.byWord.get(word)?.[0]?.patterns.length ?? 0 };
  };
  assert.deepEqual(read(['--- MEET [040] ---', 'MEET', '- * WITH', '- * ON [040]']).skipped, ['typo.txt:3: a pattern without its code in [ ]']);
  assert.deepEqual(read(['--- MEET [040] ---', 'MEET', '- WITH (ON TALKS [040]']).skipped, ['typo.txt:3: a pattern without * for the verb']);
  assert.deepEqual(read(['--- MEET [040] ---', 'MEET', '- * WITH (ON TALKS [040]']).skipped, ['typo.txt:3: an unclosed bracket in the pattern']);
  assert.deepEqual(read(['MEET [040]', '{ MET_', '???']).skipped, ['typo.txt:3: not a verb, pattern or synonym set: "???"']);
  // A TABARI verb that cannot be read takes its patterns with it: none of them joins the verb above.
  const skippedHead = read(['MEET [040]', '- * WITH [041]', 'CONFER?? [040]', '- * ON [042]', 'TALK [043]', '- * TO [044]']);
  assert.deepEqual(skippedHead.skipped, ['typo.txt:3: not a verb, pattern or synonym set: "CONFER?? [040]"']);
  assert.deepEqual([skippedHead.patterns('meet'), skippedHead.patterns('talk')], [1, 1]);
});

test('a file that is not a verb dictionary: one line naming the file and the line', () => {
  const error = (lines: string[]) => {
    const path = file('bad.txt', lines);
    assert.throws(() => loadVerbDictionary([petrarch, path]), (err: Error) => (assert.doesNotMatch(err.message, /\n/), true));
    try {
      loadVerbDictionary([path]);
    } catch (err) {
      return (err as Error).message.replaceAll(path, 'bad.txt');
    }
    return 'no error';
  };
  assert.equal(error(['- * WITH [040]']), 'bad.txt:1: a pattern before any verb (and nothing read from bad.txt: is it a PETRARCH-2 or TABARI verb dictionary?)');
  assert.equal(error(['<!-- nothing but a comment -->']), 'bad.txt: no verbs found (expected PETRARCH-2 or TABARI verb dictionary lines)');
  // An actors file: every line unreadable as a verb.
  const actors = Array.from({ length: 12 }, (_, i) => `GONDOR_${i} [GON]`).concat(['--- MEET [040] ---', 'MEET']);
  assert.match(error(actors), /^bad\.txt:1: a verb before any "--- BLOCK \[code\] ---" line \(and 11 more unreadable lines in bad\.txt: is it a PETRARCH-2 or TABARI verb dictionary\?\)$/);
  assert.throws(() => loadVerbDictionary([join(dir, 'missing.txt')]), /missing\.txt: cannot read the verb dictionary \(ENOENT\)$/);
});

const coded = (text: string, verbs?: VerbDictionary) =>
  analyzeArticle({ id: 't', text, published: '2020-01-01', title: null, url: null }, undefined, verbs ? { verbs } : {}).events.map((e) => [e.cameo, e.evidence.rule, e.evidence.entry]);

test('a user\'s patterns code before the shipped ones, with their file and line; where they code nothing, the shipped ones hold', () => {
  const verbs = loadVerbDictionary([petrarch, tabari]);
  assert.deepEqual(coded('France praised the treaty with Germany.'), [['051', 'verb.default', 'ACCLAIM: praise [051]']]);
  assert.deepEqual(coded('France praised the treaty with Germany.', verbs), [['057', 'verb.pattern', 'PRAISE: praise - * &PACTS (mine.verbs.txt:7) [057]']]);
  // No pattern of the user's fits and the user's verb has no code: the shipped one.
  assert.deepEqual(coded('France praised Germany for its football team.', verbs), [['051', 'verb.default', 'ACCLAIM: praise [051]']]);
  // A synonym set inside alternatives.
  assert.deepEqual(coded('Japan hailed China over the armistice.', verbs), [['057', 'verb.pattern', 'HAIL: hail - * { PEACE_DEAL | &TRUCES } (mine.verbs:11) [057]']]);
  // No pattern fits: the user's verb's own code overrides the shipped one, and a passive takes the passive code.
  assert.deepEqual(coded('Japan hailed China over the weather.', verbs), [['043', 'verb.default', 'HAIL: hail [043] (mine.verbs:9)']]);
  assert.deepEqual(coded('China was hailed by Japan over the weather.', verbs).map((e) => e[0]), ['044']);
});
