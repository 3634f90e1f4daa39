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
 * numbered 0, 1, 2, … in the order the keys were added.
 */
export class FeatureTable {
  /** Per slot, its row + 1; 0 marks an empty slot. */
  private slots: Int32Array;
  private keyT: Int32Array;
  private keyA: Int32Array;
  private keyB: Int32Array;
  size = 0;

  /** Room for `capacity` keys before the table has to grow. */
  constructor(capacity = 1024) {
    const n = 2 ** Math.ceil(Math.log2(Math.max(capacity, 16)));
    this.slots = new Int32Array(2 * n);
    this.keyT = new Int32Array(n);
    this.keyA = new Int32Array(n);
    this.keyB = new Int32Array(n);
  }

  /** The row of (t, a, b), or -1. */
  find(t: number, a: number, b: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash(t, a, b) & mask; ; s = (s + 1) & mask) {
      const row = this.slots[s] - 1;
      if (row < 0 || (this.keyA[row] === a && this.keyB[row] === b && this.keyT[row] === t)) return row;
    }
  }

  /** The row of (t, a, b), added if new. */
  add(t: number, a: number, b: number): number {
    const found = this.find(t, a, b);
    if (found >= 0) return found;
    if (this.size === this.keyT.length) this.grow();
    const row = this.size++;
    this.keyT[row] = t;
    this.keyA[row] = a;
    this.keyB[row] = b;
    this.place(row);
    return row;
  }

  /** The key of a row. */
  key(row: number): [t: number, a: number, b: number] {
    return [this.keyT[row], this.keyA[row], this.keyB[row]];
  }

  /** Doubles the key arrays and the slots (keeping the load factor at most 1/2) and rehashes. */
  private grow(): void {
    const wider = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.keyT = wider(this.keyT);
    this.keyA = wider(this.keyA);
    this.keyB = wider(this.keyB);
    this.slots = new Int32Array(this.slots.length * 2);
    for (let row = 0; row < this.size; row++) this.place(row);
  }

  private place(row: number): void {
    const mask = this.slots.length - 1;
    let s = hash(this.keyT[row], this.keyA[row], this.keyB[row]) & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = row + 1;
  }
}

function hash(t: number, a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + (t << 24), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}
