/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer
 * (Ballesteros & Nivre 2013), shared by the dependency parser and its trainer.
 *
 * Words are 0 … n-1 and the root is n. SHIFT pushes the first buffer word; LEFT-l pops the stack
 * top and makes it an l-dependent of the first buffer word; RIGHT-l pops the stack top and makes it
 * an l-dependent of the word below it. The root takes its one dependent only when the stack holds
 * nothing else, so every parse is a tree with a single root. Each transition is O(1), and a
 * sentence of n words takes exactly 2n transitions.
 */

/** The moves; LEFT and RIGHT also take a label. */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

/** Numbers each sentence a state is (re)set for, so that caches keyed by sentence see a reused state as new. */
let sentences = 0;

export class ParseState {
  n = 0;
  /** Which sentence this state holds (see `reset`). */
  sentence = 0;
  readonly stack: Int32Array;
  sp = 0;
  b0 = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Nearest-to-edge children: leftmost and second leftmost, rightmost and second rightmost (-1: none). */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Uint8Array;
  readonly rightCount: Uint8Array;
  /** Labels of the left and right children, as bits (label mod 30). */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;
  /** 1 for the words on the stack. */
  readonly onStack: Uint8Array;

  /**
   * A state for a sentence of `n` words, with room for sentences of up to `capacity` words (see
   * `reset`). `rootLabel` is the label index of `root`, the label of the root's one dependent and
   * of no other word.
   */
  constructor(n: number, readonly rootLabel: number, readonly capacity = n) {
    const m = Math.max(n, capacity) + 1;
    this.stack = new Int32Array(m);
    this.heads = new Int32Array(m);
    this.labels = new Int32Array(m);
    this.left1 = new Int32Array(m);
    this.left2 = new Int32Array(m);
    this.right1 = new Int32Array(m);
    this.right2 = new Int32Array(m);
    this.leftCount = new Uint8Array(m);
    this.rightCount = new Uint8Array(m);
    this.leftLabels = new Int32Array(m);
    this.rightLabels = new Int32Array(m);
    this.onStack = new Uint8Array(m);
    this.reset(n);
  }

  /**
   * The initial state of a sentence of `n` words (at most `capacity`): the parser reuses one state
   * for every sentence rather than allocating a dozen arrays for each.
   */
  reset(n: number): void {
    this.n = n;
    this.sentence = ++sentences;
    this.sp = 0;
    this.b0 = 0;
    const m = n + 1;
    for (const a of [this.heads, this.labels, this.left1, this.left2, this.right1, this.right2]) a.fill(-1, 0, m);
    for (const a of [this.leftCount, this.rightCount, this.leftLabels, this.rightLabels, this.onStack]) a.fill(0, 0, m);
  }

  get done(): boolean {
    return this.b0 === this.n && this.sp === 0;
  }

  /** Stack item k from the top (0 = top), or -1. */
  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k] : -1;
  }

  /** Buffer item k (0 = first), the root n included, or -1 past it. */
  b(k: number): number {
    return this.b0 + k <= this.n ? this.b0 + k : -1;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b0 < this.n;
    if (move === LEFT) return this.sp === 1 || (this.sp > 1 && this.b0 < this.n);
    return this.sp >= 2;
  }

  /** Applies a valid move; an arc to the root always takes the root label. */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.onStack[this.b0] = 1;
      this.stack[this.sp++] = this.b0++;
    } else if (move === LEFT) {
      this.arc(this.b0, this.stack[--this.sp], this.b0 === this.n ? this.rootLabel : label);
    } else {
      const dep = this.stack[--this.sp];
      this.arc(this.stack[this.sp - 1], dep, label);
    }
  }

  private arc(head: number, dep: number, label: number): void {
    this.onStack[dep] = 0;
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << label % 30;
    if (dep < head) {
      this.leftCount[head]++;
      this.leftLabels[head] |= bit;
      if (this.left1[head] < 0 || dep < this.left1[head]) {
        this.left2[head] = this.left1[head];
        this.left1[head] = dep;
      } else if (this.left2[head] < 0 || dep < this.left2[head]) this.left2[head] = dep;
    } else {
      this.rightCount[head]++;
      this.rightLabels[head] |= bit;
      if (dep > this.right1[head]) {
        this.right2[head] = this.right1[head];
        this.right1[head] = dep;
      } else if (dep > this.right2[head]) this.right2[head] = dep;
    }
  }
}

/**
 * The dynamic oracle of arc-hybrid (Goldberg & Nivre 2013): how many gold arcs each unlabelled
 * move makes unreachable. `goldHeads` has the root as n; `goldChildren` lists each word's
 * dependents. Non-projective gold trees have no zero-cost
 * path; the trainer then follows the cheapest moves.
 */
export function moveCosts(state: ParseState, goldHeads: Int32Array, goldChildren: number[][]): [shift: number, left: number, right: number] {
  const { b0, n, onStack } = state;
  const s0 = state.s(0);
  const s1 = state.s(1);
  let shift = Infinity;
  if (b0 < n) {
    shift = 0;
    for (const c of goldChildren[b0]) if (c < b0 && onStack[c]) shift++;
    const h = goldHeads[b0];
    if (h < b0 && h !== s0 && onStack[h]) shift++;
  }
  let left = Infinity;
  let right = Infinity;
  if (s0 >= 0) {
    let lost = 0;
    for (const c of goldChildren[s0]) if (c >= b0) lost++;
    const h = goldHeads[s0];
    left = lost + (h === s1 || (h > b0 && h <= n) ? 1 : 0);
    if (s1 >= 0) right = lost + (h >= b0 ? 1 : 0);
  }
  return [shift, left, right];
}
