import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { repoPath } from '../data-files.js';
import { features, makeContext } from './tagger-features.js';

export interface PosTag {
  upos: string;
  xpos: string;
}

/** The shipped model file (gzipped JSON), written by scripts/train-tagger.ts. */
export interface TaggerModel {
  version: 1;
  /** Combined labels "UPOS/XPOS", so that the two tags of a word always agree. */
  classes: string[];
  /** Frequent words that (nearly) always take one label, as the class index. */
  tagdict: Record<string, number>;
  /** Weights are integers: real weight × `scale`. */
  scale: number;
  /** feature → flat [class, weight, class, weight, …] for its non-zero weights. */
  weights: Record<string, number[]>;
}

/** The shipped model, written by scripts/train-tagger.ts. */
export const MODEL_FILE = 'models/pos-tagger.json.gz';

/** Greedy left-to-right averaged-perceptron tagger. */
export class Tagger {
  private readonly tags: PosTag[];
  private readonly labels: string[];
  private readonly weights: Map<string, Float32Array>;
  private readonly tagdict: Map<string, number>;
  private readonly scores: Float64Array;

  constructor(model: TaggerModel) {
    this.tags = model.classes.map((c) => {
      const [upos, xpos] = c.split('/');
      return { upos, xpos };
    });
    this.labels = model.classes;
    this.weights = new Map();
    for (const key in model.weights) {
      const flat = Float32Array.from(model.weights[key]);
      for (let k = 1; k < flat.length; k += 2) flat[k] /= model.scale;
      this.weights.set(key, flat);
    }
    this.tagdict = new Map(Object.entries(model.tagdict));
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
    const ctx = makeContext(words);
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

  private best(feats: string[]): number {
    const scores = this.scores;
    scores.fill(0);
    for (const f of feats) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let k = 0; k < w.length; k += 2) scores[w[k]] += w[k + 1];
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
