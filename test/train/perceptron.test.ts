import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readIob } from '../../dev/train/corpora.js';
import { AveragedPerceptron, FeatureIds, seededRandom, shuffle } from '../../dev/train/perceptron.js';

test('the averaged perceptron learns which feature marks which class, and ignores unknown features', () => {
  const model = new AveragedPerceptron(3);
  const ids = new FeatureIds();
  const examples: [string[], number][] = [
    [['w=a', 'bias'], 0],
    [['w=b', 'bias'], 1],
    [['w=c', 'bias'], 2],
  ];
  const random = seededRandom(7);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [feats, truth] of shuffle([...examples], random)) {
      const f = feats.map((x) => ids.id(x, true));
      model.update(truth, model.predict(f), f);
    }
  }
  for (const [feats, truth] of examples) assert.equal(model.predict([...feats.map((x) => ids.id(x, false)), ids.id('w=unseen', false)]), truth);
  assert.equal(ids.id('w=unseen', false), -1);
  // Only classes an `allowed` test admits can win.
  assert.notEqual(model.predict([ids.id('w=a', false)], 1, (c) => c !== 0), 0);
  assert.equal(model.predict([ids.id('w=a', false)], 1, () => false), -1);
  assert.ok(model.averaged(ids.id('w=a', false)).some(([c, w]) => c === 0 && w > 0));
});

test('the seeded shuffle gives the same order for the same seed and another for another seed', () => {
  const items = Array.from({ length: 50 }, (_, k) => k);
  const a = shuffle([...items], seededRandom(1));
  assert.deepEqual(shuffle([...items], seededRandom(1)), a);
  assert.notDeepEqual(shuffle([...items], seededRandom(2)), a);
  assert.deepEqual([...a].sort((x, y) => x - y), items);
});

test('IOB files: UNER columns and plain token-label lines, documents, mapped types and comments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-iob-'));
  try {
    const uner = join(dir, 'uner.iob2');
    writeFileSync(uner, '# newdoc id = d1\n# text = Ann met Bob Lee in Oslo\n1\tAnn\tB-PER\t-\tx\n2\tmet\tO\t-\t-\n3\tBob\tB-PER\t-\tx\n4\tLee\tI-PER\t-\tx\n5\tin\tO\t-\t-\n6\tOslo\tB-LOC\t-\tx\n\n# newdoc id = d2\n1\tAcme\tB-ORG\t-\tx\n\n');
    const docs = readIob(uner, { PER: 'PER', LOC: 'LOC', ORG: 'ORG' });
    assert.deepEqual(docs.map((s) => s.doc), [0, 1]);
    assert.deepEqual(docs[0]!.names, [
      { first: 0, last: 1, type: 'PER' },
      { first: 2, last: 4, type: 'PER' },
      { first: 5, last: 6, type: 'LOC' },
    ]);
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, 'The\tO\nLabour\tB-politicalparty\nParty\tI-politicalparty\nwon\tO\nthe\tO\n2019\tB-election\nelection\tI-election\n\t\nNo\tO\nnames\tO\n');
    const sentences = readIob(plain, { politicalparty: 'ORG' }, 1);
    assert.equal(sentences.length, 2);
    assert.deepEqual(sentences[0]!.names, [{ first: 1, last: 3, type: 'ORG' }]);
    assert.deepEqual(sentences.map((s) => s.doc), [0, 1]);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
