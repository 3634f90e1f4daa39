import { LEFT, SHIFT } from './parser-state.js';
import type { WeightTables } from './weights-file.js';

/** Ints per slot: key (template and a), b, the SHIFT and LEFT weights (int16 each), the RIGHT weight (int16) and the feature's label span (uint16). */
const STRIDE = 4;
const EMPTY = -1;
/** The template is packed above a, which must fit in the bits below it. */
const A_BITS = 24;

/**
 * The dependency parser's weights as read at parse time: an open-addressing hash table from feature
 * keys (template, a, b) to the feature's three move weights and its label span, all in one 16-byte
 * slot. A probe thus reads the key and the move weights from one cache line, and the table (4 MB for
 * the shipped model) stays small: most probes miss the processor's caches, so its size is its speed.
 *
 * Label weights stay in the model's sparse layout (class, weight), those of LEFT arcs first, then
 * those of RIGHT arcs, so that an arc only reads the labels of its direction; a feature's span of
 * them is `spans[2 × span]` (where they begin) and `spans[2 × span + 1]` (left count << 8 | right
 * count), span 0 meaning none.
 */
export class ParserWeights {
  readonly slots: Int32Array;
  readonly spans: Int32Array;
  /** Label weights, each weight << 8 | class (label index within its direction): one read per weight. */
  readonly labelWeights: Int32Array;
  private readonly mask: number;
  /** One bit per hash value (bits 7 and up of the hash): set for the model's keys. */
  private readonly filter: Int32Array;
  private readonly filterMask: number;

  /** `moves` is the number of move classes; classes moves … moves+nLabels-1 are LEFT labels, the next nLabels RIGHT labels. */
  constructor(tables: WeightTables, moves: number, nLabels: number) {
    const n = tables.template.length;
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, n * 2)));
    this.mask = size - 1;
    const bits = size * 8;
    this.filterMask = bits - 1;
    this.filter = new Int32Array(bits / 32);
    this.slots = new Int32Array(size * STRIDE);
    for (let s = 0; s < size; s++) this.slots[s * STRIDE] = EMPTY;
    let labels = 0;
    let labelled = 0;
    for (let f = 0, k = 0; f < n; f++) {
      let any = false;
      for (const end = k + tables.counts[f]; k < end; k++) if (tables.cls[k] >= moves) (labels++, (any = true));
      if (any) labelled++;
    }
    if (labelled >= 1 << 16) throw new Error(`dependency parser model: ${labelled} features with label weights, more than the weights' layout holds; retrain it`);
    this.labelWeights = new Int32Array(labels);
    this.spans = new Int32Array(2 * (labelled + 1));
    let from = 0;
    let span = 0;
    for (let f = 0, k = 0; f < n; f++) {
      const t = tables.template[f];
      const a = tables.a[f];
      if (a < 0 || a >= 1 << A_BITS || t >= 1 << (31 - A_BITS)) throw new Error(`dependency parser model: feature key (${t}, ${a}) out of range; retrain it`);
      const s = this.place(t, a, tables.b[f]);
      // Move weights are int16 in the model (WeightTables.weight), so each fits its half of an int.
      let shift = 0;
      let leftArc = 0;
      let rightArc = 0;
      const start = from;
      let left = 0;
      let right = 0;
      for (const end = k + tables.counts[f]; k < end; k++) {
        const c = tables.cls[k];
        if (c < moves) {
          if (c === SHIFT) shift = tables.weight[k];
          else if (c === LEFT) leftArc = tables.weight[k];
          else rightArc = tables.weight[k];
        } else {
          // Classes are sorted within a feature, so LEFT labels come before RIGHT ones.
          const isRight = c >= moves + nLabels;
          this.labelWeights[from++] = (tables.weight[k] << 8) | (isRight ? c - moves - nLabels : c - moves);
          if (isRight) right++;
          else left++;
        }
      }
      let ref = 0;
      if (left + right > 0) {
        ref = ++span;
        this.spans[2 * ref] = start;
        this.spans[2 * ref + 1] = (left << 8) | right;
      }
      this.slots[s + 2] = (shift & 0xffff) | (leftArc << 16);
      this.slots[s + 3] = (rightArc & 0xffff) | (ref << 16);
    }
  }

  /** The slot (an offset into `slots`) of key (t, a, b), or -1. */
  find(t: number, a: number, b: number): number {
    const key = (t << A_BITS) | a;
    const { slots, mask } = this;
    const h = hash(key, b);
    // A third of the keys a parse asks for are not in the model: the filter, small enough to stay
    // in the processor's cache, turns most of them away without reading the table.
    const bit = (h >>> 7) & this.filterMask;
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = i * STRIDE;
      const k = slots[s];
      if (k === key && slots[s + 1] === b) return s;
      if (k === EMPTY) return -1;
    }
  }

  /** The SHIFT, LEFT and RIGHT weights of a slot (the parser reads them packed, inline). */
  moves(s: number): [shift: number, left: number, right: number] {
    const { slots } = this;
    return [(slots[s + 2] << 16) >> 16, slots[s + 2] >> 16, (slots[s + 3] << 16) >> 16];
  }

  /** Where a slot's label weights begin in `labelWeights`, and how many there are of LEFT and of RIGHT arcs. */
  labels(s: number): { from: number; lefts: number; rights: number } {
    const ref = this.slots[s + 3] >>> 16;
    const counts = this.spans[2 * ref + 1];
    return { from: this.spans[2 * ref], lefts: counts >>> 8, rights: counts & 255 };
  }

  /** A new slot for (t, a, b), whose keys are distinct. */
  private place(t: number, a: number, b: number): number {
    const key = (t << A_BITS) | a;
    const { slots, mask } = this;
    const h = hash(key, b);
    const bit = (h >>> 7) & this.filterMask;
    this.filter[bit >>> 5] |= 1 << (bit & 31);
    let i = h & mask;
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
