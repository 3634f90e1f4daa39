import { decodeWeights, encodeWeights, type WeightTables } from './weights-file.js';

/**
 * The dependency parser model, written by scripts/train-parser.ts: feature keys (template, a, b)
 * over the ids below (see parser-features.ts) and their weights per transition class.
 */
export interface ParserModel extends WeightTables {
  /** Feature templates the model was trained with (parser-features.ts PARSER_TEMPLATES). */
  templates: string[];
  /** Normalised word forms; word id = index + 3 (ids 0-2 are reserved). */
  words: string[];
  /** PTB tags; tag id = index + 2. */
  tags: string[];
  /** Universal Dependencies relations without subtypes; `root` among them. */
  labels: string[];
  /** Stored weights are integer multiples of 1/scale. */
  scale: number;
}

const VERSION = 1;

type Header = Omit<ParserModel, keyof WeightTables>;

export function encodeParserModel(model: ParserModel): Buffer {
  const { template, a, b, counts, cls, weight, ...header } = model;
  return encodeWeights(VERSION, header, { template, a, b, counts, cls, weight });
}

export function decodeParserModel(file: Buffer): ParserModel {
  const { header, tables } = decodeWeights<Header>(file, VERSION, 'dependency parser');
  return { ...header, ...tables };
}
