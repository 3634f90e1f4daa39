import type { WeightTables } from './weights-file.js';

/** Ints per slot: key (template and a), b, the three move weights, where the label weights begin, their counts (left << 8 | right), padding. */
const STRIDE = 8;
const EMPTY = -1;
/** The template is packed above a, which must fit in the bits below it. */
const A_BITS = 24;

/**
 * The dependency parser's weights as read at parse time: an open-addressing hash table from feature
 * keys (template, a, b) to the feature's three move weights and where its label weights lie, all in
 * one 32-byte slot. A probe thus reads the key and the move weights from one cache line, where a
 * FeatureTable row and its weights would cost several scattered reads per feature.
 *
 * Label weights stay in the model's sparse layout (class, weight), those of LEFT arcs first, then
 * those of RIGHT arcs, so that an arc only reads the labels of its direction.
 */
export class ParserWeights {
  readonly slots: Int32Array;
  /** Label weights: class (label index within its direction) and weight. */
  readonly labelCls: Uint8Array;
  readonly labelWeight: Int16Array;
  private readonly mask: number;

  /** `moves` is the number of move classes; classes moves … moves+nLabels-1 are LEFT labels, the next nLabels RIGHT labels. */
  constructor(tables: WeightTables, moves: number, nLabels: number) {
    const n = tables.template.length;
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, n * 2)));
    this.mask = size - 1;
    this.slots = new Int32Array(size * STRIDE);
    for (let s = 0; s < size; s++) this.slots[s * STRIDE] = EMPTY;
    let labels = 0;
    for (const c of tables.cls) if (c >= moves) labels++;
    this.labelCls = new Uint8Array(labels);
    this.labelWeight = new Int16Array(labels);
    let from = 0;
    for (let f = 0, k = 0; f < n; f++) {
      const t = tables.template[f];
      const a = tables.a[f];
      if (a < 0 || a >= 1 << A_BITS || t >= 1 << (31 - A_BITS)) throw new Error(`dependency parser model: feature key (${t}, ${a}) out of range; retrain it`);
      const s = this.place(t, a, tables.b[f]);
      let left = 0;
      let right = 0;
      this.slots[s + 5] = from;
      for (const end = k + tables.counts[f]; k < end; k++) {
        const c = tables.cls[k];
        if (c < moves) this.slots[s + 2 + c] = tables.weight[k];
        else {
          // Classes are sorted within a feature, so LEFT labels come before RIGHT ones.
          const right_ = c >= moves + nLabels;
          this.labelCls[from] = right_ ? c - moves - nLabels : c - moves;
          this.labelWeight[from++] = tables.weight[k];
          if (right_) right++;
          else left++;
        }
      }
      this.slots[s + 6] = (left << 8) | right;
    }
  }

  /** The slot (an offset into `slots`) of key (t, a, b), or -1. */
  find(t: number, a: number, b: number): number {
    const key = (t << A_BITS) | a;
    const { slots, mask } = this;
    for (let i = hash(key, b) & mask; ; i = (i + 1) & mask) {
      const s = i * STRIDE;
      const k = slots[s];
      if (k === key && slots[s + 1] === b) return s;
      if (k === EMPTY) return -1;
    }
  }

  /** A new slot for (t, a, b), whose keys are distinct. */
  private place(t: number, a: number, b: number): number {
    const key = (t << A_BITS) | a;
    const { slots, mask } = this;
    let i = hash(key, b) & mask;
    while (slots[i * STRIDE] !== EMPTY) i = (i + 1) & mask;
    const s = i * STRIDE;
    slots[s] = key;
    slots[s + 1] = b;
    return s;
  }
}

function hash(key: number, b: number): number {
  let h = Math.imul(key, 0xcc9e2d51) ^ Math.imul(b, 0x1b873593);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
