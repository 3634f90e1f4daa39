/**
 * Trains the averaged-perceptron POS tagger (src/text/tagger.ts) and learns the lemma exceptions
 * (src/text/lemmatize.ts) from the same treebanks; writes models/pos-tagger.bin.gz and models/lemmas.tsv.
 *
 *   npm run train:tagger [-- <data-dir>]     (default: data/nlp in ../shared or READOUT_SHARED)
 *
 * Training data: UD EWT train plus the GUM documents that are neither NonCommercial (wikiHow,
 * fiction) nor news (GUM news is our evaluation set). EWT dev is held out to report accuracy after
 * the last epoch (after every epoch with TAGGER_DEV_EVERY_EPOCH=1, to choose EPOCHS).
 *
 * TAGGER_HOLD_OUT=k/K TAGGER_OUT=<file> trains on every training document but those of jackknife
 * fold k of K (dev/train/corpora.ts) and writes only the model, to <file>: the parser's trainer
 * tags each fold with a tagger that never saw it, so that it learns from tags as wrong as at run time.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../src/knowledge/data-files.js';
import { jackknifeFold, trainingDataDir, trainingTreebanks } from '../dev/train/corpora.js';
import { AveragedPerceptron, seededRandom, shuffle } from '../dev/train/perceptron.js';
import { readConllu, type GoldDocument } from '../dev/eval/conllu.js';
import { BoundedCache } from '../src/text/bounded-cache.js';
import { FeatureTable, Vocabulary } from '../src/text/feature-table.js';
import { FeatureSpace, START1, START2, TEMPLATES, normalize, padded, type WordFeatures } from '../src/text/tagger-features.js';
import { decodeModel, encodeModel, type TaggerModel } from '../src/text/tagger-model.js';
import { LEMMA_FILE, ruleLemma } from '../src/text/lemmatize.js';
import { inflectionStems } from './dictionary-words.js';
import { MODEL_FILE, Tagger } from '../src/text/tagger.js';

const EPOCHS = 8;
const SEED = 20240611;
/** Weights are stored as int16 multiples of 1/SCALE; smaller ones are pruned. */
const SCALE = 10;
const TAGDICT_MIN_COUNT = 20;
const TAGDICT_MIN_SHARE = 0.97;
const LEXICON_MIN_COUNT = 10;
/** GUM documents count twice: their annotation conventions are those of the GUM news we are scored on. */
const GUM_WEIGHT = 2;

const dataDir = trainingDataDir('train-tagger');

interface Sentence {
  words: string[];
  labels: number[];
}

/** The held-out jackknife fold [k, K] of TAGGER_HOLD_OUT, if any. */
const holdOut = process.env.TAGGER_HOLD_OUT?.split('/').map(Number);
if (holdOut && !(holdOut.length === 2 && holdOut[0] >= 0 && holdOut[0] < holdOut[1] && process.env.TAGGER_OUT)) {
  throw new Error(`train-tagger: TAGGER_HOLD_OUT must be k/K with 0 <= k < K, and TAGGER_OUT set; got ${process.env.TAGGER_HOLD_OUT}`);
}

function loadDocs(): { train: GoldDocument[]; dev: GoldDocument[] } {
  const train = trainingTreebanks(dataDir, GUM_WEIGHT).filter((d) => !holdOut || jackknifeFold(d.id, holdOut[1]) !== holdOut[0]);
  return { train, dev: readConllu(join(dataDir, 'ud-ewt/en_ewt-ud-dev.conllu')) };
}

function toSentences(docs: GoldDocument[], classIndex: Map<string, number>): Sentence[] {
  return docs.flatMap((d) =>
    d.sentences.map((s) => ({
      words: s.words.map((w) => w.form),
      labels: s.words.map((w) => {
        const label = w.upos + '/' + w.xpos;
        if (!classIndex.has(label)) classIndex.set(label, classIndex.size);
        return classIndex.get(label)!;
      }),
    })),
  );
}

interface LabelCounts {
  label: number;
  n: number;
  total: number;
}

/** Per word (as keyed by `key`), its most frequent label, how often that was and how often the word occurs. */
function labelCounts(sentences: Sentence[], key: (w: string) => string): Map<string, LabelCounts> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    s.words.forEach((w, i) => {
      const byLabel = counts.get(key(w)) ?? new Map<number, number>();
      byLabel.set(s.labels[i], (byLabel.get(s.labels[i]) ?? 0) + 1);
      counts.set(key(w), byLabel);
    });
  }
  const out = new Map<string, LabelCounts>();
  for (const [word, byLabel] of counts) {
    const [label, n] = [...byLabel].reduce((a, b) => (b[1] > a[1] ? b : a));
    out.set(word, { label, n, total: [...byLabel.values()].reduce((a, b) => a + b, 0) });
  }
  return out;
}

/** Words frequent enough and unambiguous enough to skip the model altogether. */
function buildTagdict(sentences: Sentence[]): Record<string, number> {
  const dict: Record<string, number> = {};
  for (const [word, c] of labelCounts(sentences, (w) => w)) {
    if (c.total >= TAGDICT_MIN_COUNT && c.n / c.total >= TAGDICT_MIN_SHARE) dict[word] = c.label;
  }
  return dict;
}

/** Most frequent label of each normalised word seen LEXICON_MIN_COUNT times, for look-ahead features. */
function buildLexicon(sentences: Sentence[], classes: string[]): Record<string, string> {
  const lexicon: Record<string, string> = {};
  for (const [word, c] of labelCounts(sentences, normalize)) if (c.total >= LEXICON_MIN_COUNT) lexicon[word] = classes[c.label];
  return lexicon;
}

/**
 * The averaged weights as int16 multiples of 1/scale in the TaggerModel layout, dropping weights
 * that round to zero and features left with none. The vocabulary keeps only the values still in use,
 * sorted, and features are sorted by key, so the file compresses well and is deterministic.
 */
function exportWeights(model: AveragedPerceptron, scale: number, table: FeatureTable, vocab: Vocabulary): Pick<TaggerModel, 'vocab' | 'template' | 'a' | 'b' | 'counts' | 'cls' | 'weight'> {
  const kept: { key: number[]; weights: number[] }[] = [];
  for (let f = 0; f < model.features; f++) {
    const weights = model.quantized(f, scale).flat();
    if (weights.length > 0) kept.push({ key: table.key(f), weights });
  }
  const used = [...new Set(kept.flatMap(({ key: [, a, b] }) => [vocab.strings[a], vocab.strings[b]]))].sort(byCodeUnits);
  const ids = new Map(used.map((s, id) => [s, id]));
  for (const { key } of kept) for (const k of [1, 2]) key[k] = ids.get(vocab.strings[key[k]])!;
  kept.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  if (new Set(kept.map((f) => f.key[0])).size < TEMPLATES.length) throw new Error('a feature template learnt no weights');
  const weights = kept.flatMap((f) => f.weights);
  return {
    vocab: used,
    template: Uint8Array.from(kept, (f) => f.key[0]),
    a: Int32Array.from(kept, (f) => f.key[1]),
    b: Int32Array.from(kept, (f) => f.key[2]),
    counts: Uint8Array.from(kept, (f) => f.weights.length / 2),
    cls: Uint8Array.from(weights.filter((_, k) => k % 2 === 0)),
    weight: Int16Array.from(weights.filter((_, k) => k % 2 === 1)),
  };
}

const byCodeUnits = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The treebanks' most frequent lemma of each (lower-cased form, PTB tag), and the dictionary's stem
 * of regular verb forms they lack, where the suffix rules get it wrong. Proper nouns are left to
 * the rules, which keep their case.
 */
function lemmaExceptions(docs: GoldDocument[]): string {
  const counts = new Map<string, Map<string, number>>();
  for (const w of docs.flatMap((d) => d.sentences.flatMap((s) => s.words))) {
    if (w.upos === 'PROPN' || w.lemma === '_' || /\s/.test(w.form)) continue;
    const key = w.form.toLowerCase() + '\t' + w.xpos;
    const byLemma = counts.get(key) ?? new Map<string, number>();
    byLemma.set(w.lemma, (byLemma.get(w.lemma) ?? 0) + 1);
    counts.set(key, byLemma);
  }
  const lemmas = new Map([...counts].map(([key, byLemma]) => [key, [...byLemma].reduce((a, b) => (b[1] > a[1] ? b : a))[0]]));
  // Regular verb forms the treebanks do not hold take their stem from the dictionary ("imposed",
  // "alleging"): the suffix rules cannot tell whether a final e was dropped.
  for (const [flag, tags] of [['D', ['VBD', 'VBN']], ['G', ['VBG']]] as const) {
    for (const [form, stem] of inflectionStems(flag)) for (const xpos of tags) if (!lemmas.has(`${form}\t${xpos}`)) lemmas.set(`${form}\t${xpos}`, stem);
  }
  const rows: string[] = [];
  for (const [key, lemma] of [...lemmas].sort((a, b) => byCodeUnits(a[0], b[0]))) {
    const [form, xpos] = key.split('\t');
    if (lemma !== ruleLemma(form, '', xpos)) rows.push(`${key}\t${lemma}`);
  }
  return `# form\tPTB tag\tlemma where src/text/lemmatize.ts rules differ; learnt by scripts/train-tagger.ts from the treebanks (CC BY-SA 4.0, see README.md) and the verb forms of SCOWL's Hunspell dictionary (dictionary-en, MIT AND BSD)\n${rows.join('\n')}\n`;
}

function accuracy(tagger: Tagger, sentences: Sentence[]): number {
  let right = 0;
  let all = 0;
  for (const s of sentences) {
    const guess = tagger.predict(s.words);
    s.labels.forEach((l, i) => (right += l === guess[i] ? 1 : 0));
    all += s.labels.length;
  }
  return right / all;
}

function main(): void {
  const began = Date.now();
  const { train: trainDocs, dev: devDocs } = loadDocs();
  const classIndex = new Map<string, number>();
  const train = toSentences(trainDocs, classIndex);
  const dev = toSentences(devDocs, classIndex);
  const classes = [...classIndex.keys()];
  if (classes.length > 256) throw new Error('more labels than the model format stores (256)');
  const tagdict = buildTagdict(train);
  const lexicon = buildLexicon(train, classes);
  const tokens = train.reduce((n, s) => n + s.words.length, 0);
  console.log(`${trainDocs.length} documents, ${train.length} sentences, ${tokens} words, ${classes.length} labels, ${Object.keys(tagdict).length} tagdict words`);

  const vocab = new Vocabulary();
  const table = new FeatureTable();
  const space = new FeatureSpace(vocab, table, new Map(Object.entries(lexicon)), classes, true);
  const words = new BoundedCache<string, WordFeatures>(1 << 17);
  const known = new Map(Object.entries(tagdict));
  const feats = new Int32Array(TEMPLATES.length);
  const model = new AveragedPerceptron(classes.length);
  const random = seededRandom(SEED);
  const snapshot = (): TaggerModel => ({ classes, templates: TEMPLATES, tagdict, lexicon, scale: SCALE, ...exportWeights(model, SCALE, table, vocab) });
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    shuffle(train, random);
    let right = 0;
    for (const s of train) {
      const sentence = padded(s.words.map((w) => words.get(w, (form) => space.word(form))), space.pads);
      let prev = START1;
      let prev2 = START2;
      s.words.forEach((w, i) => {
        let guess = known.get(w);
        if (guess === undefined) {
          const n = space.rows(sentence, i, prev, prev2, feats);
          guess = model.predict(feats, n);
          model.update(s.labels[i], guess, feats, n);
        }
        right += guess === s.labels[i] ? 1 : 0;
        prev2 = prev;
        prev = guess;
      });
    }
    const devAcc = epoch < EPOCHS && process.env.TAGGER_DEV_EVERY_EPOCH ? accuracy(new Tagger(snapshot()), dev).toFixed(4) : '-';
    console.log(`epoch ${epoch}: train ${(right / tokens).toFixed(4)}, EWT dev ${devAcc}, ${((Date.now() - began) / 1000).toFixed(0)} s`);
  }

  if (!holdOut) writeFileSync(repoPath(LEMMA_FILE), lemmaExceptions(trainDocs));
  const out = holdOut ? process.env.TAGGER_OUT! : repoPath(MODEL_FILE);
  const file = encodeModel(snapshot());
  writeFileSync(out, file);
  // Scored with the model as read back from the file, which also checks the format's round trip.
  console.log(`EWT dev ${accuracy(new Tagger(decodeModel(file)), dev).toFixed(4)}`);
  console.log(`wrote ${out}: ${(file.length / 1e6).toFixed(2)} MB in ${((Date.now() - began) / 1000).toFixed(0)} s`);
}

main();
