import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../src/knowledge/data-files.js';
import { Readout } from '../../src/model/schema.js';

const example = repoPath('examples/grain-corridor-talks.txt');

function readout(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [repoPath('bin/readout.js'), ...args], { input, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('analyze gives one valid readout/1 object for the example article', () => {
  const run = readout(['analyze', example, '--published', '2025-06-12', '--include', 'tokens']);
  assert.equal(run.code, 0, run.stderr);
  const out = Readout.parse(JSON.parse(run.stdout));
  const source = readFileSync(example, 'utf8');
  const textOf = (s: { start: number; end: number }) => source.slice(s.start, s.end);
  assert.equal(out.article.id, example);
  assert.equal(out.article.published, '2025-06-12');
  assert.equal(out.article.title, 'Turkey offers to host new Black Sea grain talks as Geneva round is called off');
  assert.equal(out.article.dateline, 'ANKARA, June 12 (Wire)');
  assert.equal(out.article.byline, 'Readout Example Desk');
  assert.ok(textOf(out.article.body).startsWith('Turkey offered on Thursday'));
  assert.ok(textOf(out.article.body).endsWith('three straight sessions.'));
  assert.equal(out.article.parts.filter((p) => p.kind === 'boilerplate').length, 2);
  assert.equal(textOf(out.sentences[2]), '"The sea must stay open for ships carrying food.');
  assert.ok(out.sentences.some((s) => textOf(s).startsWith('A U.N. spokesperson said')));
  const said = out.tokens!.find((t) => textOf(t) === 'said');
  assert.deepEqual(said && { upos: said.upos, xpos: said.xpos, lemma: said.lemma }, { upos: 'VERB', xpos: 'VBD', lemma: 'say' });
  assert.ok(out.tokens!.every((t) => t.start >= out.article.body.start && t.end <= out.article.body.end));
});

test('analyze --format text shows the headline, date and sections', () => {
  const run = readout(['analyze', example, '--published', '2025-06-12', '--format', 'text']);
  assert.equal(run.code, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.equal(lines[0], 'Turkey offers to host new Black Sea grain talks as Geneva round is called off');
  assert.match(lines[1], /^published 2025-06-12 · ANKARA, June 12 \(Wire\) · by Readout Example Desk$/);
  for (const section of ['Events', 'Quotes', 'Actors', 'Timeline']) assert.ok(lines.includes(section), section);
});

test('a batch reports bad inputs by name, keeps going, and exits non-zero', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners protested on Monday.', 'latin1'));
  writeFileSync(
    join(dir, 'batch.jsonl'),
    [
      JSON.stringify({ id: 'a1', text: 'Farmers blocked roads on Monday. Police watched.', published: '2024-02-05' }),
      '{"id": "a2", "text": "unterminated',
      JSON.stringify({ id: 'a3', text: 'Talks resumed.', published: '2024-13-45' }),
      JSON.stringify({ id: 'a4', body: 'Strikers returned to work.', date: '1987-03-02T10:11:12' }),
    ].join('\n'),
  );
  const run = readout(['analyze', join(dir, 'missing.txt'), join(dir, 'empty.txt'), join(dir, 'image.txt'), join(dir, 'latin1.txt'), join(dir, 'batch.jsonl'), example]);
  assert.equal(run.code, 1);
  const ids = run.stdout.trim().split('\n').map((line) => JSON.parse(line).article.id);
  assert.deepEqual(ids, ['a1', 'a4', example]);
  assert.match(run.stderr, /missing\.txt: no such file/);
  assert.match(run.stderr, /empty\.txt: empty/);
  assert.match(run.stderr, /image\.txt: binary/);
  assert.match(run.stderr, /latin1\.txt: not valid utf-8/);
  assert.match(run.stderr, /batch\.jsonl:2: malformed JSON/);
  assert.match(run.stderr, /batch\.jsonl:3: record a3: bad publication date "2024-13-45"/);
  assert.match(run.stderr, /6 inputs failed, 3 articles analysed/);
});

test('standard input is an article, and --published is checked', () => {
  const run = readout(['analyze', '-', '--published', '2024-02-05'], 'Talks resumed in Geneva on Monday. Both sides attended.');
  assert.equal(run.code, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.equal(out.article.id, 'stdin');
  assert.equal(out.sentences.length, 2);
  const bad = readout(['analyze', '-', '--published', '5 Feb 2024'], 'Text.');
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /expected YYYY-MM-DD/);
});

test('analyze --actors codes the names of the user\'s dictionaries, on worker threads too; a typo is named and skipped, a file of another kind stops with one line', () => {
  // Invented names, so that only the dictionary knows them.
  const dir = mkdtempSync(join(tmpdir(), 'readout-actors-cli-'));
  const tsv = join(dir, 'mine.tsv');
  writeFileSync(tsv, '# analyst fixes\nFreedonia\tFRE\tmy notes\nSylvania\tSYL\n');
  const article = join(dir, 'a.jsonl');
  writeFileSync(article, ['one', 'two'].map((id) => JSON.stringify({ id, text: 'Freedonia accused Sylvania of massing troops on the border.', published: '1933-11-17' })).join('\n'));
  for (const threads of ['1', '2']) {
    const run = readout(['analyze', article, '--actors', tsv, '--threads', threads, '-q']);
    assert.equal(run.code, 0, run.stderr);
    const out = Readout.parse(JSON.parse(run.stdout.split('\n')[0]));
    const freedonia = out.entities.find((e) => e.text === 'Freedonia');
    assert.deepEqual(freedonia && { rule: freedonia.rule, entry: freedonia.entry }, { rule: 'actor.dictionary', entry: 'mine.tsv:2 Freedonia (my notes)' });
    const event = out.events.find((e) => e.type === 'ACCUSE');
    const cameo = (ids: string[] = []) => ids.map((id) => out.actors.find((a) => a.id === id)?.cameo);
    assert.deepEqual([cameo(event?.actors), cameo(event?.recipients)], [['FRE'], ['SYL']]);
  }
  // A typo is named and skipped, and the analysis goes on; a file of another kind stops it.
  const typo = join(dir, 'typo.tsv');
  writeFileSync(typo, 'Freedonia\tFRE\nSylvania\n');
  const skipped = readout(['analyze', article, '--actors', tsv, '--actors', typo, '-q']);
  assert.equal(skipped.code, 0, skipped.stderr);
  assert.equal(skipped.stderr, `readout: skipped ${typo}:2: expected "name<TAB>code[<TAB>provenance]", got "Sylvania"\n`);
  assert.equal(skipped.stdout.trim().split('\n').length, 2);
  const bad = join(dir, 'bad.tsv');
  writeFileSync(bad, 'Sylvania\n');
  const run = readout(['analyze', article, '--actors', tsv, '--actors', bad]);
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, `readout: ${bad}:1: expected "name<TAB>code[<TAB>provenance]", got "Sylvania" (and nothing read from ${bad}: is it an actors or agents file?)\n`);
});

test('analyze --verbs codes with the user\'s patterns before the shipped ones, on worker threads too; a typo is named and skipped, a file of another kind stops with one line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-verbs-cli-'));
  // An analyst's rule the shipped dictionary lacks: praising a treaty is signing it (057).
  const verbs = join(dir, 'mine.verbs.txt');
  writeFileSync(verbs, '--- PRAISE  [---]  ---\nPRAISE\n- * TREATY  [057]\n');
  const article = join(dir, 'a.jsonl');
  writeFileSync(article, ['one', 'two'].map((id) => JSON.stringify({ id, text: 'France praised the treaty with Germany.', published: '2020-01-01' })).join('\n'));
  for (const threads of ['1', '2']) {
    const run = readout(['analyze', article, '--verbs', verbs, '--threads', threads, '-q']);
    assert.equal(run.code, 0, run.stderr);
    const outs = run.stdout.trim().split('\n').map((line) => Readout.parse(JSON.parse(line)));
    assert.deepEqual(outs.map((out) => out.events.map((e) => [e.cameo, e.evidence.entry])), [0, 1].map(() => [['057', 'PRAISE: praise - * TREATY (mine.verbs.txt:3) [057]']]));
  }
  const plain = readout(['analyze', article, '--threads', '1', '-q']);
  assert.deepEqual(Readout.parse(JSON.parse(plain.stdout.split('\n')[0])).events.map((e) => e.cameo), ['051']);
  // A typo is named and skipped, and the analysis goes on; a file of another kind stops it.
  const typo = join(dir, 'typo.verbs.txt');
  writeFileSync(typo, '--- PRAISE  [---]  ---\nPRAISE\n- * TREATY\n');
  const skipped = readout(['analyze', article, '--verbs', verbs, '--verbs', typo, '-q']);
  assert.equal(skipped.code, 0, skipped.stderr);
  assert.equal(skipped.stderr, `readout: skipped ${typo}:3: a pattern without its code in [ ]\n`);
  const bad = join(dir, 'bad.verbs.txt');
  writeFileSync(bad, '- * TREATY [057]\n');
  const run = readout(['analyze', article, '--verbs', verbs, '--verbs', bad]);
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, `readout: ${bad}:1: a pattern before any verb (and nothing read from ${bad}: is it a PETRARCH-2 or TABARI verb dictionary?)\n`);
});
