import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { repoPath } from '../data-files.js';
import { TEMPLATES, features, makeContext } from './tagger-features.js';

export interface PosTag {
  upos: string;
  xpos: string;
}

/** The shipped model file (gzipped JSON), written by scripts/train-tagger.ts. */
export interface TaggerModel {
  version: 2;
  /** Combined labels "UPOS/XPOS", so that the two tags of a word always agree. */
  classes: string[];
  /** Feature templates the model was trained with (tagger-features.ts TEMPLATES). */
  templates: string[];
  /** Frequent words that (nearly) always take one label, as the class index. */
  tagdict: Record<string, number>;
  /** Normalised word → its most frequent label, for look-ahead features. */
  lexicon: Record<string, string>;
  /** Weights are integers: real weight × `scale`. */
  scale: number;
  /** Per template, the values that have weights (at least one), joined by "\n" (values never contain one). */
  keys: string[];
  /** Base64 bytes: how many weights each feature has, features in `keys` order. */
  counts: string;
  /** Base64 little-endian int16 pairs (class, weight × scale), feature after feature. */
  weights: string;
}

/** The shipped model, written by scripts/train-tagger.ts. */
export const MODEL_FILE = 'models/pos-tagger.json.gz';

/**
 * Greedy left-to-right averaged-perceptron tagger. Weights sit in flat typed arrays (one Map per
 * template from feature value to its run of weights), which keeps loading and tagging fast.
 */
export class Tagger {
  private readonly tags: PosTag[];
  private readonly labels: string[];
  private readonly index: Map<string, number>[];
  private readonly offsets: Uint32Array;
  private readonly cls: Uint8Array;
  private readonly weight: Float32Array;
  private readonly tagdict: Map<string, number>;
  private readonly lexicon: Map<string, string>;
  private readonly scores: Float64Array;

  constructor(model: TaggerModel) {
    if (model.version !== 2 || model.templates.join() !== TEMPLATES.join()) {
      throw new Error('tagger model does not match this version of the tagger; retrain it (npm run train:tagger)');
    }
    this.labels = model.classes;
    this.tags = model.classes.map((c) => {
      const [upos, xpos] = c.split('/');
      return { upos, xpos };
    });
    const counts = Buffer.from(model.counts, 'base64');
    this.offsets = new Uint32Array(counts.length + 1);
    for (let f = 0; f < counts.length; f++) this.offsets[f + 1] = this.offsets[f] + counts[f];
    let feature = 0;
    this.index = model.keys.map((joined) => {
      const map = new Map<string, number>();
      for (const value of joined.split('\n')) map.set(value, feature++);
      return map;
    });
    const pairs = Buffer.from(model.weights, 'base64');
    const n = pairs.length / 4;
    this.cls = new Uint8Array(n);
    this.weight = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      this.cls[k] = pairs.readInt16LE(4 * k);
      this.weight[k] = pairs.readInt16LE(4 * k + 2) / model.scale;
    }
    this.tagdict = new Map(Object.entries(model.tagdict));
    this.lexicon = new Map(Object.entries(model.lexicon));
    this.scores = new Float64Array(model.classes.length);
  }

  static load(path: string = repoPath(MODEL_FILE)): Tagger {
    return new Tagger(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as TaggerModel);
  }

  tag(words: string[]): PosTag[] {
    return this.predict(words).map((c) => this.tags[c]);
  }

  /** Class indices for each word; also used by the trainer's evaluation. */
  predict(words: string[]): number[] {
    const ctx = makeContext(words, this.lexicon);
    const out: number[] = [];
    let prev = '-S1-';
    let prev2 = '-S2-';
    for (let i = 0; i < words.length; i++) {
      const c = this.tagdict.get(words[i]) ?? this.best(features(ctx, i, prev, prev2));
      out.push(c);
      prev2 = prev;
      prev = this.labels[c];
    }
    return out;
  }

  private best(values: string[]): number {
    const scores = this.scores.fill(0);
    for (let t = 0; t < values.length; t++) {
      const f = this.index[t].get(values[t]);
      if (f === undefined) continue;
      for (let k = this.offsets[f]; k < this.offsets[f + 1]; k++) scores[this.cls[k]] += this.weight[k];
    }
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    return best;
  }
}

let shipped: Tagger | null = null;

/** The shipped model, loaded once on first use. */
export function defaultTagger(): Tagger {
  shipped ??= Tagger.load();
  return shipped;
}
