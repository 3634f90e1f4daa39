/**
 * Interned strings and integer feature keys for the POS tagger. A feature is a template number and
 * two vocabulary ids, so finding its weights costs an integer hash probe instead of building and
 * hashing a string per feature and word.
 */

/** Strings numbered in the order they were added. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  constructor(readonly strings: string[] = []) {
    strings.forEach((s, id) => this.ids.set(s, id));
  }

  /** The id of `s`, or -1 if it is not in the vocabulary. */
  find(s: string): number {
    return this.ids.get(s) ?? -1;
  }

  /** The id of `s`, added if new. */
  add(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.push(s) - 1;
      this.ids.set(s, id);
    }
    return id;
  }
}

/**
 * Open-addressing hash table from feature keys (template, a, b), all non-negative integers, to rows
 * numbered 0, 1, 2, … in the order the keys were added. Each slot holds its row and key side by
 * side, so that a probe reads one cache line: lookups in a model's table are mostly cache misses.
 */
export class FeatureTable {
  /** Per slot, STRIDE integers: its row + 1 (0 marks an empty slot), t, a, b. */
  private slots: Int32Array;
  /** The slot of each row, built on the first call of `key` after an `add`. */
  private rowSlots: Int32Array | null = null;
  size = 0;

  /** Room for `capacity` keys before the table has to grow. */
  constructor(capacity = 1024) {
    const n = 2 ** Math.ceil(Math.log2(Math.max(capacity, 16)));
    this.slots = new Int32Array(2 * n * STRIDE);
  }

  /** The row of (t, a, b), or -1. */
  find(t: number, a: number, b: number): number {
    const slots = this.slots;
    const mask = (slots.length >>> 2) - 1;
    for (let s = hash(t, a, b) & mask; ; s = (s + 1) & mask) {
      const at = s << 2;
      const row = slots[at] - 1;
      if (row < 0 || (slots[at + 2] === a && slots[at + 3] === b && slots[at + 1] === t)) return row;
    }
  }

  /** The row of (t, a, b), added if new. */
  add(t: number, a: number, b: number): number {
    const found = this.find(t, a, b);
    if (found >= 0) return found;
    // At most half of the slots are used.
    if (2 * (this.size + 1) > this.slots.length / STRIDE) this.grow();
    const row = this.size++;
    this.place(row, t, a, b);
    this.rowSlots = null;
    return row;
  }

  /** The key of a row. */
  key(row: number): [t: number, a: number, b: number] {
    if (!this.rowSlots) {
      this.rowSlots = new Int32Array(this.size);
      for (let at = 0; at < this.slots.length; at += STRIDE) if (this.slots[at] > 0) this.rowSlots[this.slots[at] - 1] = at;
    }
    const at = this.rowSlots[row];
    return [this.slots[at + 1], this.slots[at + 2], this.slots[at + 3]];
  }

  /** Doubles the slots and rehashes. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += STRIDE) if (old[at] > 0) this.place(old[at] - 1, old[at + 1], old[at + 2], old[at + 3]);
  }

  private place(row: number, t: number, a: number, b: number): void {
    const slots = this.slots;
    const mask = (slots.length >>> 2) - 1;
    let s = hash(t, a, b) & mask;
    while (slots[s << 2] !== 0) s = (s + 1) & mask;
    const at = s << 2;
    slots[at] = row + 1;
    slots[at + 1] = t;
    slots[at + 2] = a;
    slots[at + 3] = b;
  }
}

/** Integers per slot of a FeatureTable (the code shifts by 2 for it). */
const STRIDE = 4;

function hash(t: number, a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + (t << 24), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}
