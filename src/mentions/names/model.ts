import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { repoPath } from '../../knowledge/data-files.js';
import { LABELS, TEMPLATES, allowed, features, makeContext, startsFree } from './features.js';
import type { GazetteerMatch, ModelLists } from './lexicon.js';
import { SpanTyper, type PackedSpanModel } from './span-typer.js';

/** The shipped model, written by scripts/train-ner.ts. */
export const NER_MODEL_FILE = 'models/ner.json.gz';

/** The model file: gzipped JSON. */
export interface NerModel {
  version: 2;
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
  /** The span typer (span-typer.ts). */
  spans: PackedSpanModel;
}

/**
 * Greedy left-to-right averaged-perceptron name tagger over BILOU labels; a label that would break
 * the BILOU grammar is never chosen, so every span it opens is closed.
 */
export class NameTagger {
  readonly lists: ModelLists;
  readonly spans: SpanTyper;
  private readonly index: Map<string, number>[];
  private readonly offsets: Uint32Array;
  private readonly label: Uint8Array;
  private readonly weight: Float32Array;
  private readonly scores = new Float64Array(LABELS.length);

  constructor(model: NerModel) {
    if (model.version !== 2 || model.templates.join() !== TEMPLATES.join() || model.labels.join() !== LABELS.join()) {
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
    const l = model.lists;
    this.lists = { places: set(l.places), orgs: set(l.orgs), people: set(l.people), given: set(l.given), surnames: set(l.surnames), lowerPlaces: set(l.lowerPlaces), common: set(l.common), proper: set(l.proper) };
    this.spans = new SpanTyper(model.spans);
  }

  static load(path: string = repoPath(NER_MODEL_FILE)): NameTagger {
    return new NameTagger(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as NerModel);
  }

  /** BILOU labels of one sentence's tokens, and the sentence's gazetteer matches. */
  tag(forms: string[], upos: string[], xpos: string[]): { labels: string[]; matches: GazetteerMatch[] } {
    const ctx = makeContext(forms, upos, xpos, this.lists);
    const labels: string[] = [];
    let prev = '<s1';
    let prev2 = '<s2';
    for (let i = 0; i < forms.length; i++) {
      let best = 0;
      if (!(startsFree(prev) && ctx.plain[i])) {
        const scores = this.score(features(ctx, i, prev, prev2));
        const last = i === forms.length - 1;
        best = -1;
        for (let c = 0; c < LABELS.length; c++) {
          const label = LABELS[c]!;
          if (!allowed(prev, label) || (last && (label[0] === 'B' || label[0] === 'I'))) continue;
          if (best < 0 || scores[c]! > scores[best]!) best = c;
        }
      }
      labels.push(LABELS[best]!);
      prev2 = prev;
      prev = LABELS[best]!;
    }
    return { labels, matches: ctx.matches };
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
