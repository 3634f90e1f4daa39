import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FeatureTable } from './feature-table.js';

/**
 * The weights of a sparse averaged-perceptron model (tagger, parser): features as keys (template, a,
 * b) of a FeatureTable, each with a run of (class, weight) pairs.
 */
export interface WeightTables {
  /** Per feature (sorted by key): its template, a, b, and how many weights it has. */
  template: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  counts: Uint8Array;
  /** Per weight, feature after feature: the class, and the weight × the model's scale. */
  cls: Uint8Array;
  weight: Int16Array;
}

interface Sizes {
  version: number;
  features: number;
  weights: number;
}

/**
 * File layout, gzipped: header length (uint32), the JSON header (strings, which JSON keeps exactly)
 * with the version and table sizes, then the tables as raw little-endian bytes, which load without
 * parsing.
 */
export function encodeWeights(version: number, header: object, tables: WeightTables): Buffer {
  const { template, a, b, counts, cls, weight } = tables;
  const sizes: Sizes = { version, features: template.length, weights: cls.length };
  const json = Buffer.from(JSON.stringify({ ...sizes, ...header }));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  const bytes = (x: ArrayBufferView) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
  return gzipSync(Buffer.concat([size, json, ...[template, counts, cls, a, b, weight].map(bytes)]), { level: 9 });
}

/** The header and tables of a file written by encodeWeights; `what` names the model in errors. */
export function decodeWeights<H>(file: Buffer, version: number, what: string): { header: H; tables: WeightTables } {
  if (endianness() !== 'LE') throw new Error(`the ${what} model is stored little-endian; this platform is not`);
  const data = gunzipSync(file);
  const jsonEnd = 4 + data.readUInt32LE(0);
  const { version: found, features, weights, ...header } = JSON.parse(data.toString('utf8', 4, jsonEnd)) as Sizes & H;
  if (found !== version) throw new Error(`${what} model version ${found}, expected ${version}; retrain it`);
  let at = jsonEnd;
  /** A copy of the next `n` elements, so that the typed array is aligned. */
  const next = <T>(make: (buffer: ArrayBuffer) => T, bytesPer: number, n: number): T => {
    const copy = new Uint8Array(n * bytesPer);
    copy.set(data.subarray(at, (at += n * bytesPer)));
    return make(copy.buffer);
  };
  const u8 = (n: number) => next((x) => new Uint8Array(x), 1, n);
  const i32 = (n: number) => next((x) => new Int32Array(x), 4, n);
  const template = u8(features);
  const counts = u8(features);
  const cls = u8(weights);
  const a = i32(features);
  const b = i32(features);
  const weight = next((x) => new Int16Array(x), 2, weights);
  return { header: header as H, tables: { template, a, b, counts, cls, weight } };
}

/** The tables without the weights of magnitude `min` or less, and without the features left with none. */
export function pruneWeights(tables: WeightTables, min: number): WeightTables {
  const keep: number[] = [];
  const counts: number[] = [];
  const cls: number[] = [];
  const weight: number[] = [];
  for (let f = 0, k = 0; f < tables.template.length; f++) {
    let n = 0;
    for (let j = 0; j < tables.counts[f]; j++, k++) {
      if (Math.abs(tables.weight[k]) <= min) continue;
      cls.push(tables.cls[k]);
      weight.push(tables.weight[k]);
      n++;
    }
    if (n > 0) {
      keep.push(f);
      counts.push(n);
    }
  }
  return {
    template: Uint8Array.from(keep, (f) => tables.template[f]),
    a: Int32Array.from(keep, (f) => tables.a[f]),
    b: Int32Array.from(keep, (f) => tables.b[f]),
    counts: Uint8Array.from(counts),
    cls: Uint8Array.from(cls),
    weight: Int16Array.from(weight),
  };
}

/** The feature table of a model (row f = feature f, its keys being distinct) and where each row's weights begin (and end, at f + 1). */
export function indexWeights(tables: WeightTables): { table: FeatureTable; offsets: Uint32Array } {
  const n = tables.template.length;
  const table = new FeatureTable(n);
  const offsets = new Uint32Array(n + 1);
  for (let f = 0; f < n; f++) {
    table.add(tables.template[f], tables.a[f], tables.b[f]);
    offsets[f + 1] = offsets[f] + tables.counts[f];
  }
  return { table, offsets };
}
