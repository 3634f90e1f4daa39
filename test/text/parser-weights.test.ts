import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jackknifeFold } from '../../dev/train/corpora.js';
import { FeatureKeys, featureKeys } from '../../src/text/parser-features.js';
import { ParseState, SHIFT } from '../../src/text/parser-state.js';
import { ParserWeights } from '../../src/text/parser-weights.js';

const MOVES = 3;
const LABELS = 4;

/** Two features: (0, 5, 0) with SHIFT, RIGHT, LEFT label 1 and RIGHT labels 0 and 3; (7, 70000, 1 << 30) with LEFT only. */
const tables = {
  template: Uint8Array.from([0, 7]),
  a: Int32Array.from([5, 70000]),
  b: Int32Array.from([0, 1 << 30]),
  counts: Uint8Array.from([5, 1]),
  cls: Uint8Array.from([0, 2, MOVES + 1, MOVES + LABELS + 0, MOVES + LABELS + 3, 1]),
  weight: Int16Array.from([12, -3, 40, -7, 9, -32768]),
};

test('parser weights: a key finds its move weights and its label weights by direction', () => {
  const w = new ParserWeights(tables, MOVES, LABELS);
  const s = w.find(0, 5, 0);
  assert.ok(s >= 0);
  assert.deepEqual(w.moves(s), [12, 0, -3]);
  const { from, lefts, rights } = w.labels(s);
  assert.deepEqual([lefts, rights], [1, 2]);
  const labels = [...w.labelWeights.subarray(from, from + lefts + rights)].map((x) => [x & 255, x >> 8]);
  assert.deepEqual(labels, [[1, 40], [0, -7], [3, 9]]);
  const t = w.find(7, 70000, 1 << 30);
  assert.deepEqual(w.moves(t), [0, -32768, 0]);
  assert.deepEqual(w.labels(t), { from: 0, lefts: 0, rights: 0 });
});

test('parser weights: keys that differ in any part are not found', () => {
  const w = new ParserWeights(tables, MOVES, LABELS);
  for (const [t, a, b] of [[0, 5, 1], [1, 5, 0], [0, 6, 0], [7, 70000, 0]]) assert.equal(w.find(t, a, b), -1);
});

test('parser weights: a key out of the packed range is a clear error', () => {
  assert.throws(() => new ParserWeights({ ...tables, a: Int32Array.from([5, 1 << 24]) }, MOVES, LABELS), /out of range; retrain/);
});

test('feature keys: rows of one-word templates cached per position equal fresh look-ups, and a new sentence forgets them', () => {
  const seen = new Map<string, number>();
  const counting = () => {
    const lookup = {
      probes: 0,
      find(t: number, a: number, b: number) {
        lookup.probes++;
        const key = `${t} ${a} ${b}`;
        if (!seen.has(key)) seen.set(key, seen.size);
        return seen.get(key)!;
      },
    };
    return lookup;
  };
  const input = { words: Int32Array.from([3, 4, 5, 6, 3]), tags: Int32Array.from([2, 3, 2, 4, 2]) };
  const cached = new FeatureKeys();
  const out = new Int32Array(200);
  const fresh = new Int32Array(200);
  /** Parses the sentence (a fixed sequence of moves) and returns the cached keys' probes and all look-ups. */
  const parse = (): [probes: number, lookups: number] => {
    const lookup = counting();
    const plain = counting();
    let lookups = 0;
    const state = new ParseState(5, 0);
    while (!state.done) {
      featureKeys(state, input, cached);
      const n = cached.rows(lookup, out);
      // The same keys without the cache: every template looked up anew.
      const uncached = new FeatureKeys();
      featureKeys(state, input, uncached);
      uncached.position.fill(-1);
      assert.deepEqual([...out.subarray(0, n)], [...fresh.subarray(0, uncached.rows(plain, fresh))]);
      lookups = plain.probes;
      state.apply(state.valid(SHIFT) ? SHIFT : state.sp === 1 ? 1 : 2, 1);
    }
    return [lookup.probes, lookups];
  };
  const [first, all] = parse();
  assert.ok(first < all * 0.8, `${first} probes for ${all} look-ups`);
  assert.equal(parse()[0], first);
});

test('jackknife folds: stable, in range, and roughly balanced over documents', () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `doc-${i}`);
  const folds = ids.map((id) => jackknifeFold(id, 5));
  assert.deepEqual(folds, ids.map((id) => jackknifeFold(id, 5)));
  for (let k = 0; k < 5; k++) {
    const n = folds.filter((f) => f === k).length;
    assert.ok(n > 150 && n < 250, `fold ${k} has ${n} of 1000 documents`);
  }
});
