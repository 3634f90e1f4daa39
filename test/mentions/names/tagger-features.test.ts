import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createDocument } from '../../../src/model/document.js';
import { textStage } from '../../../src/text/stage.js';
import { repoPath } from '../../../src/knowledge/data-files.js';
import { LABELS, allowed, features, makeContext, startsFree } from '../../../src/mentions/names/features.js';
import { NER_MODEL_FILE, defaultNameTagger, type NerModel } from '../../../src/mentions/names/model.js';
import { readConllu } from '../../../dev/eval/conllu.js';
import { sharedDir } from '../../../dev/eval/shared.js';

/**
 * The tagger looks features up as integer keys; the trainer writes them as strings (features()).
 * Both must read the same model: a plain string scorer over the model file, greedy as the tagger
 * is, gives the same labels as NameTagger.tag on real sentences: the GUM news texts, if ../shared
 * is present, else a few sentences of our own.
 */
test('the name tagger labels sentences as the model strings score them', () => {
  const model = JSON.parse(gunzipSync(readFileSync(repoPath(NER_MODEL_FILE))).toString('utf8')) as NerModel;
  const counts = Buffer.from(model.counts, 'base64');
  const pairs = Buffer.from(model.weights, 'base64');
  const weights = new Map<string, [number, number][]>();
  let feature = 0;
  let at = 0;
  model.keys.forEach((joined, t) => {
    for (const value of joined === '' ? [] : joined.split('\n')) {
      const list: [number, number][] = [];
      for (let k = 0; k < counts[feature]!; k++, at += 4) list.push([pairs.readInt16LE(at), pairs.readInt16LE(at + 2) / model.scale]);
      weights.set(`${t}\u0001${value}`, list);
      feature++;
    }
  });
  const tagger = defaultNameTagger();
  const shared = sharedDir();
  const news = shared && join(shared, 'data/nlp/gum/news');
  const texts = news
    ? readdirSync(news).filter((f) => f.endsWith('.conllu')).flatMap((f) => readConllu(join(news, f))).map((d) => d.text)
    : [
        'Foreign Minister Hakan Lindqvist met Chancellor Maria Okonkwo in Vienna on Tuesday. ' +
          'The Bank of England and the International Monetary Fund said inflation in the United Kingdom would ease. ' +
          'PUTIN SAYS RUSSIA WILL RESPOND TO NATO. Reuters reported that Apple Inc. shares rose 3% in New York.',
      ];
  let scored = 0;
  for (const text of texts) {
    const doc = createDocument({ id: 'fixture', text, published: null, title: null, url: null });
    textStage(doc);
    for (const sentence of doc.sentences) {
      const tokens = doc.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
      const forms = tokens.map((t) => text.slice(t.start, t.end));
      const upos = tokens.map((t) => t.upos);
      const xpos = tokens.map((t) => t.xpos);
      const ctx = makeContext(forms, upos, xpos, tagger.lists);
      const expected: string[] = [];
      let [prev, prev2] = ['<s1', '<s2'];
      forms.forEach((_, i) => {
        let label = 'O';
        if (!(startsFree(prev) && ctx.plain[i])) {
          scored++;
          const scores = new Array<number>(LABELS.length).fill(0);
          features(ctx, i, prev, prev2).forEach((value, t) => weights.get(`${t}\u0001${value}`)?.forEach(([c, w]) => (scores[c] += w)));
          const open = (c: number) => i === forms.length - 1 && /^[BI]-/.test(LABELS[c]!);
          const best = LABELS.map((_, c) => c).filter((c) => allowed(prev, LABELS[c]!) && !open(c)).reduce((a, b) => (scores[b]! > scores[a]! ? b : a));
          label = LABELS[best]!;
        }
        expected.push(label);
        [prev2, prev] = [prev, label];
      });
      assert.deepEqual(tagger.tag(forms, upos, xpos).labels, expected, forms.join(' '));
    }
  }
  assert.ok(scored > 20);
});
