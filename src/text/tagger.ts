import { readFileSync } from 'node:fs';
import { repoPath } from '../knowledge/data-files.js';
import { BoundedCache } from './bounded-cache.js';
import { Vocabulary } from './feature-table.js';
import { indexWeights } from './weights-file.js';
import { FeatureSpace, PAD, START1, START2, TEMPLATES, padded, type WordFeatures } from './tagger-features.js';
import { decodeModel, type TaggerModel } from './tagger-model.js';

export interface PosTag {
  upos: string;
  xpos: string;
}

/** The shipped model, written by scripts/train-tagger.ts. */
export const MODEL_FILE = 'models/pos-tagger.bin.gz';

/** What the tagger keeps per word form. */
interface Word extends WordFeatures {
  /** The class from the tag dictionary, or -1 if the model decides. */
  known: number;
  /** Weights of `rows` summed per class, one vector of classes per offset + PAD. */
  sums: Int16Array | Int32Array;
}

/**
 * Word forms per cache generation (see BoundedCache), at 1.2 kB each: on the 2,225 BBC stories 8,192
 * resolve 55k forms where 4,096 resolved 89k (35k are distinct).
 */
const CACHED_WORDS = 1 << 13;

/**
 * Greedy left-to-right averaged-perceptron tagger. Feature rows index runs of (class, weight) pairs
 * in flat typed arrays. Most of a word's score comes from features of single words, so per word
 * form the tagger sums those once into dense vectors (one per offset from the tagged word) and
 * tabulates the features of the previous tags per pair of tags; only the features pairing two words,
 * or a word and the previous tag, are looked up per word tagged.
 *
 * Scores add the stored integer weights, exactly and so in any grouping. The model's weights are
 * the float32 values nearest to stored / scale; their errors (each under 2^-24 of the weight, and
 * scores sum far less than 2^22 in absolute stored units) cannot reorder two classes whose integer
 * scores differ, so only a tie for the best class needs the real-valued sums (`tieBreak`).
 */
export class Tagger {
  private readonly tags: PosTag[];
  private readonly space: FeatureSpace;
  private readonly offsets: Uint32Array;
  private readonly cls: Uint8Array;
  private readonly weight: Int16Array;
  /** Per weight, weight << 8 | class: one array read per weight, and one cache line for short runs. */
  private readonly packed: Int32Array;
  private readonly scale: number;
  private readonly tagdict: Map<string, number>;
  private readonly classes: number;
  /** Per (prev + 2) × (classes + 2) + prev2 + 2, the summed rows of the previous two tags, alone and together; filled on first use. */
  private readonly byPrevTags: (Int32Array | undefined)[];
  private readonly words = new BoundedCache<string, Word>(CACHED_WORDS);
  /**
   * Int16Array when no sum of a word's single-word weights can overflow it (true of the shipped
   * model by far), which halves the memory the scores read per word tagged.
   */
  private readonly Sums: Int16ArrayConstructor | Int32ArrayConstructor;
  private readonly pads: Word[];
  private readonly zeros: Int16Array | Int32Array;
  private readonly scores: Int32Array;
  private readonly realScores: Float64Array;
  private readonly rows = new Int32Array(TEMPLATES.length);

  constructor(model: TaggerModel) {
    if (model.templates.join() !== TEMPLATES.join()) {
      throw new Error('tagger model does not match this version of the tagger; retrain it (npm run train:tagger)');
    }
    this.tags = model.classes.map((c) => {
      const [upos, xpos] = c.split('/');
      return { upos, xpos };
    });
    const { table, offsets } = indexWeights(model);
    this.offsets = offsets;
    this.cls = model.cls;
    this.weight = model.weight;
    this.packed = new Int32Array(model.weight.length);
    for (let k = 0; k < this.packed.length; k++) this.packed[k] = (model.weight[k] << 8) | model.cls[k];
    this.scale = model.scale;
    this.space = new FeatureSpace(new Vocabulary(model.vocab), table, new Map(Object.entries(model.lexicon)), model.classes, false);
    this.tagdict = new Map(Object.entries(model.tagdict));
    const C = (this.classes = model.classes.length);
    this.byPrevTags = new Array((C + 2) * (C + 2));
    this.Sums = largestSum(model) < 2 ** 15 ? Int16Array : Int32Array;
    this.pads = this.space.pads.map((w) => this.summed(w, -1));
    this.zeros = new this.Sums((2 * PAD + 1) * C);
    this.scores = new Int32Array(C);
    this.realScores = new Float64Array(C);
  }

  static load(path: string = repoPath(MODEL_FILE)): Tagger {
    return new Tagger(decodeModel(readFileSync(path)));
  }

  tag(words: string[]): PosTag[] {
    return this.predict(words).map((c) => this.tags[c]);
  }

  /** Class indices for each word; also used by the trainer's evaluation. */
  predict(words: string[]): number[] {
    const sentence = padded(words.map((w) => this.words.get(w, this.word)), this.pads);
    const out: number[] = [];
    let prev = START1;
    let prev2 = START2;
    for (let i = 0; i < words.length; i++) {
      const known = sentence[i + PAD].known;
      const c = known >= 0 ? known : this.best(sentence, i, prev, prev2);
      out.push(c);
      prev2 = prev;
      prev = c;
    }
    return out;
  }

  private best(sentence: Word[], i: number, prev: number, prev2: number): number {
    const C = this.classes;
    const scores = this.scores;
    const j = i + PAD;
    const tags = this.byPrevTags[(prev + 2) * (C + 2) + prev2 + 2] ?? this.prevTagSums(prev, prev2);
    // The vector of each neighbour for its offset; the first word's own rows differ (WordFeatures.initial).
    const m2 = sentence[j - 2].sums;
    const m1 = sentence[j - 1].sums;
    const self = i === 0 ? this.zeros : sentence[j].sums;
    const q1 = sentence[j + 1].sums;
    const q2 = sentence[j + 2].sums;
    for (let c = 0; c < C; c++) {
      scores[c] = tags[c] + m2[c] + m1[C + c] + self[2 * C + c] + q1[3 * C + c] + q2[4 * C + c];
    }
    const rows = this.rows;
    let n = this.space.wordPairRows(sentence, i, rows, 0);
    n = this.space.tagWordRows(sentence, i, prev, rows, n);
    if (i === 0) for (const row of sentence[j].initial) rows[n++] = row;
    const { offsets, packed } = this;
    for (let r = 0; r < n; r++) {
      const f = rows[r];
      for (let k = offsets[f], end = offsets[f + 1]; k < end; k++) {
        const p = packed[k];
        scores[p & 0xff] += p >> 8;
      }
    }
    let best = 0;
    let tied = false;
    for (let c = 1; c < C; c++) {
      if (scores[c] > scores[best]) {
        best = c;
        tied = false;
      } else if (scores[c] === scores[best]) tied = true;
    }
    return tied ? this.tieBreak(sentence, i, prev, prev2) : best;
  }

  /** The best class by the sums of the float32 weights (exact in float64: all are multiples of one power of two). */
  private tieBreak(sentence: Word[], i: number, prev: number, prev2: number): number {
    const scores = this.realScores.fill(0);
    const n = this.space.rows(sentence, i, prev, prev2, this.rows);
    for (let r = 0; r < n; r++) {
      const f = this.rows[r];
      for (let k = this.offsets[f]; k < this.offsets[f + 1]; k++) scores[this.cls[k]] += Math.fround(this.weight[k] / this.scale);
    }
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    return best;
  }

  private readonly word = (form: string): Word => this.summed(this.space.word(form), this.tagdict.get(form) ?? -1);

  private summed(w: WordFeatures, known: number): Word {
    const sums = new this.Sums((2 * PAD + 1) * this.classes);
    for (let d = 0; d < w.rows.length; d++) this.add(sums, d * this.classes, w.rows[d]);
    return { norm: w.norm, likely: w.likely, rows: w.rows, initial: w.initial, known, sums };
  }

  /** Class scores from the bias and the two previous tags, alone and together. */
  private prevTagSums(prev: number, prev2: number): Int32Array {
    const sums = new Int32Array(this.classes);
    const pair = this.space.tagPairRow(prev, prev2);
    this.add(sums, 0, [...this.space.prevTagRows(prev), ...this.space.prev2TagRows(prev2), ...(pair >= 0 ? [pair] : [])]);
    this.byPrevTags[(prev + 2) * (this.classes + 2) + prev2 + 2] = sums;
    return sums;
  }

  /** Adds the weights of `rows` to the class scores in `to` from `at` on. */
  private add(to: Int16Array | Int32Array, at: number, rows: number[]): void {
    for (const f of rows) {
      for (let k = this.offsets[f]; k < this.offsets[f + 1]; k++) to[at + (this.packed[k] & 0xff)] += this.packed[k] >> 8;
    }
  }
}

/** A bound on any sum of weights of distinct templates: the largest weight of each template, added up. */
function largestSum(model: TaggerModel): number {
  const largest = new Array<number>(model.templates.length).fill(0);
  for (let f = 0, k = 0; f < model.template.length; f++) {
    for (let end = k + model.counts[f]; k < end; k++) largest[model.template[f]] = Math.max(largest[model.template[f]], Math.abs(model.weight[k]));
  }
  return largest.reduce((a, b) => a + b, 0);
}

let shipped: Tagger | null = null;

/** The shipped model, loaded once on first use. */
export function defaultTagger(): Tagger {
  shipped ??= Tagger.load();
  return shipped;
}
