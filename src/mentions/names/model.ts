import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { repoPath } from '../../data-files.js';
import { LABELS, TEMPLATES, allowed, features, makeContext } from './features.js';
import type { ModelLists } from './lexicon.js';

/** The shipped model, written by scripts/train-ner.ts. */
export const NER_MODEL_FILE = 'models/ner.json.gz';

/** The model file: gzipped JSON. */
export interface NerModel {
  version: 1;
  labels: string[];
  templates: string[];
  /** Weights are integers: real weight × `scale`. */
  scale: number;
  /** Per template, the feature values that have weights, joined by "\n". */
  keys: string[];
  /** Base64 bytes: how many weights each feature has, features in `keys` order. */
  counts: string;
  /** Base64 little-endian int16 pairs (label, weight × scale), feature after feature. */
  weights: string;
  /** Gazetteer lists copied in by the trainer (lexicon.ts ModelLists), each joined by "\n". */
  lists: Record<keyof ModelLists, string>;
}

/**
 * Greedy left-to-right averaged-perceptron name tagger over BILOU labels; a label that would break
 * the BILOU grammar is never chosen, so every span it opens is closed.
 */
export class NameTagger {
  readonly lists: ModelLists;
  private readonly index: Map<string, number>[];
  private readonly offsets: Uint32Array;
  private readonly label: Uint8Array;
  private readonly weight: Float32Array;
  private readonly scores = new Float64Array(LABELS.length);

  constructor(model: NerModel) {
    if (model.version !== 1 || model.templates.join() !== TEMPLATES.join() || model.labels.join() !== LABELS.join()) {
      throw new Error('name model does not match this version of the tagger; retrain it (npm run train:ner)');
    }
    const counts = Buffer.from(model.counts, 'base64');
    this.offsets = new Uint32Array(counts.length + 1);
    for (let f = 0; f < counts.length; f++) this.offsets[f + 1] = this.offsets[f]! + counts[f]!;
    let feature = 0;
    this.index = model.keys.map((joined) => {
      const map = new Map<string, number>();
      if (joined !== '') for (const value of joined.split('\n')) map.set(value, feature++);
      return map;
    });
    const pairs = Buffer.from(model.weights, 'base64');
    const n = pairs.length / 4;
    this.label = new Uint8Array(n);
    this.weight = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      this.label[k] = pairs.readInt16LE(4 * k);
      this.weight[k] = pairs.readInt16LE(4 * k + 2) / model.scale;
    }
    const set = (joined: string) => new Set(joined === '' ? [] : joined.split('\n'));
    this.lists = { places: set(model.lists.places), people: set(model.lists.people), given: set(model.lists.given), surnames: set(model.lists.surnames) };
  }

  static load(path: string = repoPath(NER_MODEL_FILE)): NameTagger {
    return new NameTagger(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as NerModel);
  }

  /** BILOU labels of one sentence's tokens. */
  tag(forms: string[], upos: string[], xpos: string[]): string[] {
    const ctx = makeContext(forms, upos, xpos, this.lists);
    const out: string[] = [];
    let prev = '<s1';
    let prev2 = '<s2';
    for (let i = 0; i < forms.length; i++) {
      const scores = this.score(features(ctx, i, prev, prev2));
      const last = i === forms.length - 1;
      let best = -1;
      for (let c = 0; c < LABELS.length; c++) {
        const label = LABELS[c]!;
        if (!allowed(prev, label) || (last && /^[BI]-/.test(label))) continue;
        if (best < 0 || scores[c]! > scores[best]!) best = c;
      }
      out.push(LABELS[best]!);
      prev2 = prev;
      prev = LABELS[best]!;
    }
    return out;
  }

  private score(values: string[]): Float64Array {
    const scores = this.scores.fill(0);
    for (let t = 0; t < values.length; t++) {
      const f = this.index[t]!.get(values[t]!);
      if (f === undefined) continue;
      for (let k = this.offsets[f]!; k < this.offsets[f + 1]!; k++) scores[this.label[k]!] += this.weight[k]!;
    }
    return scores;
  }
}

let shipped: NameTagger | null = null;

/** The shipped model, loaded once on first use. */
export function defaultNameTagger(): NameTagger {
  shipped ??= NameTagger.load();
  return shipped;
}
