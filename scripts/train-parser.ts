/**
 * Trains the dependency parser (src/text/parser.ts) and writes models/dependency-parser.bin.gz.
 *
 *   npm run train:parser [-- <data-dir>]     (default: data/nlp in ../shared or READOUT_SHARED)
 *
 * Training data: UD EWT train plus the usable GUM documents (dev/train/corpora.ts), gold words
 * with the tags our tagger gives them. With PARSER_JACKKNIFE_FOLDS=K the tags are jackknifed
 * instead: the documents of each of K folds are tagged by a tagger trained (scripts/train-tagger.ts,
 * TAGGER_HOLD_OUT) on all the others, so that the parser learns from tags as wrong as those it will
 * see; PARSER_FOLD_DIR keeps the fold taggers in a folder and reuses them.
 * Greedy arc-hybrid with the dynamic oracle (Goldberg & Nivre 2013): from the second epoch on the
 * trainer follows its own predictions and learns the best move from wherever it went wrong. Two
 * perceptrons share the feature rows: one for the move, one for the label of an arc (trained on
 * the arcs that are gold).
 *
 * PARSER_EPOCHS sets the number of epochs, PARSER_SENTENCES caps the training sentences (for quick
 * checks); the model is written and scored on EWT dev (gold words, predicted tags) after each epoch
 * from PARSER_SAVE_FROM on, so that a run cut short still leaves a model. PARSER_SNAPSHOTS=<dir>
 * also writes each epoch's model at several pruning thresholds there, scored on EWT dev.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../src/knowledge/data-files.js';
import { readConllu, type GoldDocument } from '../dev/eval/conllu.js';
import { jackknifeFold, trainingDataDir, trainingTreebanks } from '../dev/train/corpora.js';
import { FeatureTable } from '../src/text/feature-table.js';
import { FeatureKeys, MAX_TAGS, PARSER_TEMPLATES, UNKNOWN, featureKeys, type ParseInput } from '../src/text/parser-features.js';
import { decodeParserModel, encodeParserModel, type ParserModel } from '../src/text/parser-model.js';
import { LEFT, ParseState, RIGHT, SHIFT, moveCosts } from '../src/text/parser-state.js';
import { DependencyParser, MOVES, PARSER_MODEL_FILE, bestLabel, bestMove, labelClass } from '../src/text/parser.js';
import { normalize } from '../src/text/tagger-features.js';
import { Tagger } from '../src/text/tagger.js';
import { decodeModel } from '../src/text/tagger-model.js';
import { pruneWeights, type WeightTables } from '../src/text/weights-file.js';
import { AveragedPerceptron, seededRandom as rng, shuffle } from '../dev/train/perceptron.js';

const EPOCHS = Number(process.env.PARSER_EPOCHS ?? 5);
const SEED = 20261207;
/** Stored weights are int16 multiples of 1/SCALE; those of magnitude MIN_WEIGHT or less are pruned (faster, no less accurate). */
const SCALE = 16;
const MIN_WEIGHT = 40;
/** Words seen fewer times are "unknown" in training too, so that the model learns what to do with them. */
const WORD_MIN_COUNT = 2;
const GUM_WEIGHT = 1;
/**
 * PARSER_JACKKNIFE_FOLDS=5 trains on jackknifed tags. Off by default: measured on EWT dev (gold
 * words, our tags), 4 epochs on 5-fold jackknifed tags gave UAS 82.7 against 83.4 for 5 epochs on
 * the shipped tagger's own tags (both pruned at 40); see models/README.md.
 */
const JACKKNIFE_FOLDS = Number(process.env.PARSER_JACKKNIFE_FOLDS ?? 1);
/** Pruning thresholds (stored units) scored for PARSER_SNAPSHOTS. */
const SNAPSHOT_MIN_WEIGHTS = [8, 16, 24, 40];
/** The model is written (and scored on EWT dev) after each epoch from this one on. */
const SAVE_FROM = Number(process.env.PARSER_SAVE_FROM ?? 2);

const dataDir = trainingDataDir('train-parser');

interface Sentence {
  forms: string[];
  tags: string[];
  /** Gold heads with the root as n, and gold label ids. */
  heads: Int32Array;
  labels: Int32Array;
  children: number[][];
  input: ParseInput;
}

/** The universal part of a relation: "acl:relcl" → "acl". */
const universal = (deprel: string) => deprel.split(':')[0];

function toSentences(docs: GoldDocument[], taggerOf: (doc: GoldDocument) => Tagger): { forms: string[]; tags: string[]; heads: number[]; deprels: string[] }[] {
  return docs.flatMap((d) =>
    d.sentences.map((s) => {
      const forms = s.words.map((w) => w.form);
      return { forms, tags: taggerOf(d).tag(forms).map((t) => t.xpos), heads: s.words.map((w) => w.head), deprels: s.words.map((w) => universal(w.deprel)) };
    }),
  );
}

/** Per jackknife fold, a tagger trained without that fold's documents (trained now, or reused from PARSER_FOLD_DIR). */
function foldTaggers(): Tagger[] {
  const dir = process.env.PARSER_FOLD_DIR ?? mkdtempSync(join(tmpdir(), 'readout-parser-folds-'));
  mkdirSync(dir, { recursive: true });
  const taggers: Tagger[] = [];
  for (let k = 0; k < JACKKNIFE_FOLDS; k++) {
    const file = join(dir, `tagger-fold-${k}-of-${JACKKNIFE_FOLDS}.bin.gz`);
    if (!existsSync(file)) {
      console.log(`training the tagger without fold ${k + 1} of ${JACKKNIFE_FOLDS}`);
      const run = spawnSync(process.execPath, [repoPath('dist/scripts/train-tagger.js'), dataDir], {
        env: { ...process.env, TAGGER_HOLD_OUT: `${k}/${JACKKNIFE_FOLDS}`, TAGGER_OUT: file },
        stdio: 'inherit',
      });
      if (run.status !== 0) throw new Error(`train-parser: the tagger of fold ${k} failed (exit ${run.status ?? run.signal})`);
    }
    taggers.push(new Tagger(decodeModel(readFileSync(file))));
  }
  if (!process.env.PARSER_FOLD_DIR) rmSync(dir, { recursive: true });
  return taggers;
}

function main(): void {
  const began = Date.now();
  const shipped = Tagger.load();
  const taggers = JACKKNIFE_FOLDS > 1 ? foldTaggers() : [shipped];
  const rawTrain = toSentences(trainingTreebanks(dataDir, GUM_WEIGHT), (d) => taggers[jackknifeFold(d.id, JACKKNIFE_FOLDS)]).slice(0, Number(process.env.PARSER_SENTENCES ?? Infinity));
  // Dev is tagged as at run time, by the shipped tagger.
  const rawDev = toSentences(readConllu(join(dataDir, 'ud-ewt/en_ewt-ud-dev.conllu')), () => shipped);

  const counts = new Map<string, number>();
  for (const s of rawTrain) for (const f of s.forms) counts.set(normalize(f), (counts.get(normalize(f)) ?? 0) + 1);
  const words = [...counts].filter(([, n]) => n >= WORD_MIN_COUNT).map(([w]) => w).sort();
  const tags = [...new Set(rawTrain.flatMap((s) => s.tags))].sort();
  const labels = [...new Set(rawTrain.flatMap((s) => s.deprels))].sort();
  if (tags.length + 2 > MAX_TAGS || labels.length + 1 > MAX_TAGS) throw new Error('more tags or labels than the features pack');
  const wordIds = new Map(words.map((w, i) => [w, i + 3]));
  const tagIds = new Map(tags.map((t, i) => [t, i + 2]));
  const labelIds = new Map(labels.map((l, i) => [l, i]));
  const rootLabel = labelIds.get('root')!;
  const L = labels.length;

  const prepare = (s: (typeof rawTrain)[number]): Sentence => {
    const n = s.forms.length;
    const heads = Int32Array.from(s.heads, (h) => (h < 0 ? n : h));
    const children: number[][] = Array.from({ length: n + 1 }, () => []);
    heads.forEach((h, d) => children[h].push(d));
    return {
      ...s,
      heads,
      labels: Int32Array.from(s.deprels, (l) => labelIds.get(l) ?? -1),
      children,
      input: { words: Int32Array.from(s.forms, (f) => wordIds.get(normalize(f)) ?? UNKNOWN), tags: Int32Array.from(s.tags, (t) => tagIds.get(t) ?? 0) },
    };
  };
  const train = rawTrain.map(prepare);
  const dev = rawDev.map(prepare);
  const nWords = train.reduce((n, s) => n + s.forms.length, 0);
  console.log(`${train.length} sentences, ${nWords} words, ${words.length} word forms, ${tags.length} tags, ${L} labels; tagged in ${((Date.now() - began) / 1000).toFixed(0)} s`);

  const table = new FeatureTable(1 << 20);
  const mover = new AveragedPerceptron(MOVES);
  // Label classes follow the moves (labelClass), so that both share one class space in the model.
  const labeller = new AveragedPerceptron(MOVES + 2 * L);
  const keys = new FeatureKeys();
  /** Feature rows, new keys added. */
  const growing = { find: (t: number, a: number, b: number) => table.add(t, a, b) };
  const feats = new Int32Array(PARSER_TEMPLATES.length);
  const random = rng(SEED);
  const snapshot = (minWeight = MIN_WEIGHT): ParserModel => ({ templates: [...PARSER_TEMPLATES], words, tags, labels, scale: SCALE, ...pruneWeights(exportWeights(table, SCALE, [mover, labeller], [0, 0]), minWeight) });
  const seconds = () => ((Date.now() - began) / 1000).toFixed(0);

  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    shuffle(train, random);
    let right = 0;
    let decisions = 0;
    for (const s of train) {
      const state = new ParseState(s.forms.length, rootLabel);
      while (!state.done) {
        featureKeys(state, s.input, keys);
        const k = keys.rows(growing, feats);
        const scores = mover.scores(feats, k);
        const guess = bestMove(state, scores);
        const costs = moveCosts(state, s.heads, s.children);
        const best = cheapestMove(state, costs, scores);
        decisions++;
        // A guess that loses no more gold arcs than the best move is as good as it: no update.
        const wrong = costs[guess] > costs[best];
        mover.update(best, wrong ? guess : best, feats, k);
        if (!wrong) right++;
        // From the second epoch on, the trainer follows its own moves (exploration).
        const move = epoch > 1 ? guess : best;
        let label = -1;
        if (move !== SHIFT && !(move === LEFT && state.b0 === state.n)) {
          label = bestLabel(state, move, labeller.scores(feats, k), L);
          const s0 = state.s(0);
          const goldArc = s.heads[s0] === (move === LEFT ? state.b0 : state.s(1));
          const guessed = labelClass(move, label, L);
          // Only the relation of a gold arc is known: any other arc's decision is counted, not learnt from.
          const known = goldArc && s.labels[s0] >= 0;
          labeller.update(known ? labelClass(move, s.labels[s0], L) : guessed, guessed, feats, k);
          if (known && label !== s.labels[s0] && epoch === 1) label = s.labels[s0];
        }
        state.apply(move, label);
      }
    }
    console.log(`epoch ${epoch}: ${table.size} features, right moves ${(right / decisions).toFixed(4)}, ${seconds()} s`);
    if (epoch >= SAVE_FROM || epoch === EPOCHS) {
      // Written after every late epoch, so that a run cut short still leaves a model.
      const out = repoPath(PARSER_MODEL_FILE);
      const file = encodeParserModel(snapshot());
      writeFileSync(out, file);
      // Scored with the model as read back from the file, which also checks the format's round trip.
      const parser = new DependencyParser(decodeParserModel(file));
      console.log(`  EWT dev (gold words, predicted tags) ${attachment(parser, dev)}; wrote ${out}: ${(file.length / 1e6).toFixed(2)} MB, ${seconds()} s`);
      const snapshots = process.env.PARSER_SNAPSHOTS;
      if (snapshots) {
        mkdirSync(snapshots, { recursive: true });
        for (const min of SNAPSHOT_MIN_WEIGHTS) {
          const pruned = encodeParserModel(snapshot(min));
          const path = join(snapshots, `parser-epoch${epoch}-min${min}.bin.gz`);
          writeFileSync(path, pruned);
          console.log(`  pruned at ${min}: EWT dev ${attachment(new DependencyParser(decodeParserModel(pruned)), dev)}; ${path}: ${(pruned.length / 1e6).toFixed(2)} MB`);
        }
      }
    }
  }
}

/**
 * The weights of perceptrons that share the rows of `table`, as one model: per row, the classes of
 * the first perceptron, then those of the second shifted by `classBases[1]`, and so on, each run
 * sorted by class. Features left with no weight are dropped; features are sorted by key, so that
 * the file is deterministic.
 */
function exportWeights(table: FeatureTable, scale: number, models: AveragedPerceptron[], classBases: number[]): WeightTables {
  const kept: { key: [number, number, number]; weights: [number, number][] }[] = [];
  for (let f = 0; f < table.size; f++) {
    const weights = models.flatMap((m, i) => m.quantized(f, scale).sort((x, y) => x[0] - y[0]).map(([c, w]): [number, number] => [c + classBases[i], w]));
    if (weights.length > 0) kept.push({ key: table.key(f), weights });
  }
  kept.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  const pairs = kept.flatMap((f) => f.weights);
  return {
    template: Uint8Array.from(kept, (f) => f.key[0]),
    a: Int32Array.from(kept, (f) => f.key[1]),
    b: Int32Array.from(kept, (f) => f.key[2]),
    counts: Uint8Array.from(kept, (f) => f.weights.length),
    cls: Uint8Array.from(pairs, ([c]) => c),
    weight: Int16Array.from(pairs, ([, w]) => w),
  };
}

/** The highest-scoring valid move among those that lose the fewest gold arcs. */
function cheapestMove(state: ParseState, costs: number[], scores: Float64Array): number {
  let best = -1;
  for (const move of [SHIFT, LEFT, RIGHT]) {
    if (state.valid(move) && (best < 0 || costs[move] < costs[best] || (costs[move] === costs[best] && scores[move] > scores[best]))) best = move;
  }
  return best;
}

/** UAS and LAS (universal relations) on gold words, punctuation included. */
function attachment(parser: DependencyParser, sentences: Sentence[]): string {
  let uas = 0;
  let las = 0;
  let all = 0;
  for (const s of sentences) {
    const state = parser.run(s.input);
    for (let i = 0; i < s.forms.length; i++) {
      all++;
      if (state.heads[i] === s.heads[i]) {
        uas++;
        if (state.labels[i] === s.labels[i]) las++;
      }
    }
  }
  return `UAS ${((uas / all) * 100).toFixed(2)} LAS ${((las / all) * 100).toFixed(2)}`;
}

main();
