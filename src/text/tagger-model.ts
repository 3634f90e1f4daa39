import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The POS tagger model, written by scripts/train-tagger.ts. A feature is a key (template, a, b)
 * with a and b ids in `vocab` (see feature-table.ts) and a run of (class, weight) pairs.
 */
export interface TaggerModel {
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
  /** Per feature (sorted by key): its template, a, b, and how many weights it has. */
  template: Uint8Array;
  a: Int32Array;
  b: Int32Array;
  counts: Uint8Array;
  /** Per weight, feature after feature: the class, and the weight × scale. */
  cls: Uint8Array;
  weight: Int16Array;
}

const VERSION = 3;

type Header = Omit<TaggerModel, 'template' | 'a' | 'b' | 'counts' | 'cls' | 'weight'> & { version: number; features: number; weights: number };

/**
 * File layout, gzipped: header length (uint32), the JSON header (strings, which JSON keeps exactly),
 * then the arrays as raw little-endian bytes, which load without parsing.
 */
export function encodeModel(model: TaggerModel): Buffer {
  const { template, a, b, counts, cls, weight, ...strings } = model;
  const header: Header = { version: VERSION, ...strings, features: template.length, weights: cls.length };
  const json = Buffer.from(JSON.stringify(header));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  const bytes = (x: ArrayBufferView) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
  return gzipSync(Buffer.concat([size, json, ...[template, counts, cls, a, b, weight].map(bytes)]), { level: 9 });
}

export function decodeModel(file: Buffer): TaggerModel {
  if (endianness() !== 'LE') throw new Error('the tagger model is stored little-endian; this platform is not');
  const data = gunzipSync(file);
  const jsonEnd = 4 + data.readUInt32LE(0);
  const { version, features, weights, ...strings } = JSON.parse(data.toString('utf8', 4, jsonEnd)) as Header;
  if (version !== VERSION) throw new Error(`tagger model version ${version}, expected ${VERSION}; retrain it (npm run train:tagger)`);
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
  return { ...strings, template, a, b, counts, cls, weight };
}
