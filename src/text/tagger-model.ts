import { decodeWeights, encodeWeights, type WeightTables } from './weights-file.js';

/**
 * The POS tagger model, written by scripts/train-tagger.ts. A feature is a key (template, a, b)
 * with a and b ids in `vocab` (see feature-table.ts) and a run of (class, weight) pairs.
 */
export interface TaggerModel extends WeightTables {
  /** Combined labels "UPOS/XPOS", so that the two tags of a word always agree. */
  classes: string[];
  /** Feature templates the model was trained with (tagger-features.ts TEMPLATES). */
  templates: string[];
  /** Frequent words that (nearly) always take one label, as the class index. */
  tagdict: Record<string, number>;
  /** Normalised word → its most frequent label, for look-ahead features. */
  lexicon: Record<string, string>;
  /** Stored weights are integer multiples of 1/scale. */
  scale: number;
  /** Feature values and labels, sorted. */
  vocab: string[];
}

const VERSION = 3;

type Header = Omit<TaggerModel, keyof WeightTables>;

export function encodeModel(model: TaggerModel): Buffer {
  const { template, a, b, counts, cls, weight, ...header } = model;
  return encodeWeights(VERSION, header, { template, a, b, counts, cls, weight });
}

export function decodeModel(file: Buffer): TaggerModel {
  const { header, tables } = decodeWeights<Header>(file, VERSION, 'tagger');
  return { ...header, ...tables };
}
