/**
 * Feature templates of the dependency parser, shared with its trainer so that a model is always read
 * with the features it was trained with. After Zhang & Nivre (2011), adapted to arc-hybrid: words
 * and tags of the top three stack items and first three buffer items, the outermost children of
 * s0, s1 and b0 (word, tag, label), distance, valency and the label sets of s0 and b0.
 *
 * A feature is an integer key (template, a, b); words, tags and labels are ids, packed into a and b.
 */
import type { ParseState } from './parser-state.js';

/** Word ids 0-2 and tag ids 0-1 are reserved: nothing at this position, the root, an unknown word. */
export const NONE = 0;
export const ROOT = 1;
export const UNKNOWN = 2;
/** Tags and labels are packed as 6-bit fields. */
export const MAX_TAGS = 64;

/** One sentence as ids: words (normalised forms) and tags (PTB); the root is at index n. */
export interface ParseInput {
  words: Int32Array;
  tags: Int32Array;
}

export const PARSER_TEMPLATES = [
  's0w', 's0t', 's0wt', 'b0w', 'b0t', 'b0wt', 'b1w', 'b1t', 'b1wt', 'b2w', 'b2t', 'b2wt', 's1w', 's1t', 's1wt', 's2w', 's2t',
  's0wt+b0wt', 's0wt+b0w', 's0w+b0wt', 's0wt+b0t', 's0t+b0wt', 's0w+b0w', 's0t+b0t', 'b0t+b1t',
  's1wt+s0wt', 's1w+s0w', 's1t+s0t', 's0wt+s1t', 's1wt+s0t',
  'b0t+b1t+b2t', 's0t+b0t+b1t', 's1t+s0t+b0t', 's0t+s0lt+b0t', 's0t+s0rt+b0t', 's0t+b0t+b0lt', 's1t+s0t+s0rt', 's1t+s0t+s0lt', 's1t+s1rt+s0t', 's2t+s1t+s0t',
  's0w+d', 's0t+d', 'b0w+d', 'b0t+d', 's0w+b0w+d', 's0t+b0t+d', 's1t+s0t+d1', 's1w+s0w+d1',
  's0w+vr', 's0t+vr', 's0w+vl', 's0t+vl', 'b0w+vl', 'b0t+vl', 's1w+vr', 's1t+vr',
  's0lw', 's0lt', 's0ll', 's0rw', 's0rt', 's0rl', 'b0lw', 'b0lt', 'b0ll', 's1rw', 's1rt', 's1rl', 's1lt', 's1ll',
  's0l2w', 's0l2t', 's0l2l', 's0r2w', 's0r2t', 's0r2l', 'b0l2w', 'b0l2t', 'b0l2l',
  's0t+s0lt+s0l2t', 's0t+s0rt+s0r2t', 'b0t+b0lt+b0l2t', 's1t+s1rt+s1r2t',
  's0w+sr', 's0t+sr', 's0w+sl', 's0t+sl', 'b0w+sl', 'b0t+sl', 's1t+sr',
  's0ll+s0rl+s0t', 's1t+s0t+s0ll+s0rl',
] as const;

const T = Object.fromEntries(PARSER_TEMPLATES.map((name, i) => [name, i])) as Record<(typeof PARSER_TEMPLATES)[number], number>;

/** The label set of an absent word (label sets use bits 0-29, see ParseState). */
const NO_SET = 1 << 30;

const capped = (x: number, max: number) => (x > max ? max : x);

/** Where the features of a key are: a row or slot (0 or more), or -1 for a key without weights. */
export interface FeatureLookup {
  find(t: number, a: number, b: number): number;
}

/** A cache slot not yet filled (rows are -1 or more). */
const UNSEEN = -2;

/**
 * The feature keys of a state: template i has key (i, a[i], b[i]). Every template yields exactly
 * one key per state, so the keys need no list of their own.
 *
 * Many templates read one word only (its form, tag or label: s0w, b1t, s0lw, b0t+b1t+b2t, ...),
 * so their key, and its row in the table, is the same whenever that word is in that place. Such
 * templates record the word's position, and their rows are looked up once per sentence, template
 * and position instead of once per state.
 */
export class FeatureKeys {
  readonly a = new Int32Array(PARSER_TEMPLATES.length);
  readonly b = new Int32Array(PARSER_TEMPLATES.length);
  /** Per template, the position + 1 (0: none) of the one word its key depends on, or -1. */
  readonly position = new Int32Array(PARSER_TEMPLATES.length).fill(-1);
  /** Rows by template and position + 1, for the sentence of `state`. */
  private cache = new Int32Array(0);
  private stride = 0;
  private sentence = 0;

  /** Forgets the cached rows unless they were found for the sentence `state` holds. */
  use(state: ParseState): void {
    if (state.sentence === this.sentence) return;
    this.sentence = state.sentence;
    this.stride = state.n + 2;
    const size = PARSER_TEMPLATES.length * this.stride;
    if (this.cache.length < size) this.cache = new Int32Array(size);
    this.cache.fill(UNSEEN, 0, size);
  }

  /**
   * Writes the rows (or slots) that `table` finds for the keys into `out` and returns how many
   * there are; keys it does not know (-1) are left out. The trainer's `find` adds new keys.
   */
  rows(table: FeatureLookup, out: Int32Array): number {
    const { a, b, position, cache, stride } = this;
    let k = 0;
    for (let t = 0; t < PARSER_TEMPLATES.length; t++) {
      const p = position[t];
      let row: number;
      if (p < 0) row = table.find(t, a[t], b[t]);
      else {
        const c = t * stride + p;
        row = cache[c];
        if (row === UNSEEN) row = cache[c] = table.find(t, a[t], b[t]);
      }
      if (row >= 0) out[k++] = row;
    }
    return k;
  }
}

const wordAt = (input: ParseInput, n: number, p: number) => (p < 0 ? NONE : p === n ? ROOT : input.words[p]);
const tagAt = (input: ParseInput, n: number, p: number) => (p < 0 ? NONE : p === n ? ROOT : input.tags[p]);
const labelAt = (state: ParseState, p: number) => (p < 0 ? 0 : state.labels[p] + 1);
const childAt = (children: Int32Array, p: number) => (p < 0 ? -1 : children[p]);
const valency = (counts: Uint8Array, p: number) => (p < 0 ? 0 : capped(counts[p], 7) + 1);
const labelSet = (sets: Int32Array, p: number) => (p < 0 ? NO_SET : sets[p]);
const tt = (x: number, y: number) => x * MAX_TAGS + y;
const ttt = (x: number, y: number, z: number) => (x * MAX_TAGS + y) * MAX_TAGS + z;

/** Sets the key of template `t`. */
function add(keys: FeatureKeys, t: number, a: number, b: number): void {
  keys.a[t] = a;
  keys.b[t] = b;
}

/** Sets the keys of a word's template and its tag's, which pair them with one value (distance, valency, labels). */
function pair(keys: FeatureKeys, wordTemplate: number, tagTemplate: number, word: number, tag: number, value: number): void {
  add(keys, wordTemplate, word, value);
  add(keys, tagTemplate, tag, value);
}

/** Sets the key of template `t`, which depends on the word at `p` alone. */
function one(keys: FeatureKeys, t: number, p: number, a: number, b: number): void {
  keys.a[t] = a;
  keys.b[t] = b;
  keys.position[t] = p + 1;
}

/** The word, tag and label templates of the child at `p` (a template of -1 is not read). */
function child(keys: FeatureKeys, input: ParseInput, state: ParseState, p: number, word: number, tag: number, label: number): void {
  if (word >= 0) one(keys, word, p, wordAt(input, state.n, p), 0);
  one(keys, tag, p, tagAt(input, state.n, p), 0);
  one(keys, label, p, labelAt(state, p), 0);
}

/**
 * Computes the feature keys of `state` into `keys`. Called for every transition, so it allocates
 * nothing: the helpers above are module functions, not closures over the state.
 */
export function featureKeys(state: ParseState, input: ParseInput, keys: FeatureKeys): void {
  keys.use(state);
  const { n } = state;
  const s0 = state.s(0);
  const s1 = state.s(1);
  const s2 = state.s(2);
  const b0 = state.b(0);
  const b1 = state.b(1);
  const b2 = state.b(2);
  const s0w = wordAt(input, n, s0);
  const s0t = tagAt(input, n, s0);
  const s1w = wordAt(input, n, s1);
  const s1t = tagAt(input, n, s1);
  const b0w = wordAt(input, n, b0);
  const b0t = tagAt(input, n, b0);
  const b1w = wordAt(input, n, b1);
  const b1t = tagAt(input, n, b1);
  const b2w = wordAt(input, n, b2);
  const b2t = tagAt(input, n, b2);
  const s0wt = s0w * MAX_TAGS + s0t;
  const b0wt = b0w * MAX_TAGS + b0t;
  const s1wt = s1w * MAX_TAGS + s1t;
  const s0l = childAt(state.left1, s0);
  const s0r = childAt(state.right1, s0);
  const s0l2 = childAt(state.left2, s0);
  const s0r2 = childAt(state.right2, s0);
  const b0l = childAt(state.left1, b0);
  const b0l2 = childAt(state.left2, b0);
  const s1r = childAt(state.right1, s1);
  const s1r2 = childAt(state.right2, s1);
  const s1l = childAt(state.left1, s1);
  const d = s0 < 0 ? 0 : capped(b0 - s0, 10);
  const d1 = s1 < 0 ? 0 : capped(s0 - s1, 10);

  one(keys, T.s0w, s0, s0w, 0);
  one(keys, T.s0t, s0, s0t, 0);
  one(keys, T.s0wt, s0, s0wt, 0);
  one(keys, T.b0w, b0, b0w, 0);
  one(keys, T.b0t, b0, b0t, 0);
  one(keys, T.b0wt, b0, b0wt, 0);
  one(keys, T.b1w, b1, b1w, 0);
  one(keys, T.b1t, b1, b1t, 0);
  one(keys, T.b1wt, b1, b1w, b1t);
  one(keys, T.b2w, b2, b2w, 0);
  one(keys, T.b2t, b2, b2t, 0);
  one(keys, T.b2wt, b2, b2w, b2t);
  one(keys, T.s1w, s1, s1w, 0);
  one(keys, T.s1t, s1, s1t, 0);
  one(keys, T.s1wt, s1, s1wt, 0);
  one(keys, T.s2w, s2, wordAt(input, n, s2), 0);
  one(keys, T.s2t, s2, tagAt(input, n, s2), 0);

  add(keys, T['s0wt+b0wt'], s0wt, b0wt);
  add(keys, T['s0wt+b0w'], s0wt, b0w);
  add(keys, T['s0w+b0wt'], s0w, b0wt);
  add(keys, T['s0wt+b0t'], s0wt, b0t);
  add(keys, T['s0t+b0wt'], b0wt, s0t);
  add(keys, T['s0w+b0w'], s0w, b0w);
  add(keys, T['s0t+b0t'], tt(s0t, b0t), 0);
  one(keys, T['b0t+b1t'], b0, tt(b0t, b1t), 0);
  add(keys, T['s1wt+s0wt'], s1wt, s0wt);
  add(keys, T['s1w+s0w'], s1w, s0w);
  add(keys, T['s1t+s0t'], tt(s1t, s0t), 0);
  add(keys, T['s0wt+s1t'], s0wt, s1t);
  add(keys, T['s1wt+s0t'], s1wt, s0t);

  one(keys, T['b0t+b1t+b2t'], b0, ttt(b0t, b1t, b2t), 0);
  add(keys, T['s0t+b0t+b1t'], ttt(s0t, b0t, b1t), 0);
  add(keys, T['s1t+s0t+b0t'], ttt(s1t, s0t, b0t), 0);
  add(keys, T['s0t+s0lt+b0t'], ttt(s0t, tagAt(input, n, s0l), b0t), 0);
  add(keys, T['s0t+s0rt+b0t'], ttt(s0t, tagAt(input, n, s0r), b0t), 0);
  add(keys, T['s0t+b0t+b0lt'], ttt(s0t, b0t, tagAt(input, n, b0l)), 0);
  add(keys, T['s1t+s0t+s0rt'], ttt(s1t, s0t, tagAt(input, n, s0r)), 0);
  add(keys, T['s1t+s0t+s0lt'], ttt(s1t, s0t, tagAt(input, n, s0l)), 0);
  add(keys, T['s1t+s1rt+s0t'], ttt(s1t, tagAt(input, n, s1r), s0t), 0);
  add(keys, T['s2t+s1t+s0t'], ttt(tagAt(input, n, s2), s1t, s0t), 0);

  pair(keys, T['s0w+d'], T['s0t+d'], s0w, s0t, d);
  pair(keys, T['b0w+d'], T['b0t+d'], b0w, b0t, d);
  add(keys, T['s0w+b0w+d'], s0w, b0w * 16 + d);
  add(keys, T['s0t+b0t+d'], tt(s0t, b0t), d);
  add(keys, T['s1t+s0t+d1'], tt(s1t, s0t), d1);
  add(keys, T['s1w+s0w+d1'], s1w, s0w * 16 + d1);

  pair(keys, T['s0w+vr'], T['s0t+vr'], s0w, s0t, valency(state.rightCount, s0));
  pair(keys, T['s0w+vl'], T['s0t+vl'], s0w, s0t, valency(state.leftCount, s0));
  pair(keys, T['b0w+vl'], T['b0t+vl'], b0w, b0t, valency(state.leftCount, b0));
  pair(keys, T['s1w+vr'], T['s1t+vr'], s1w, s1t, valency(state.rightCount, s1));

  child(keys, input, state, s0l, T.s0lw, T.s0lt, T.s0ll);
  child(keys, input, state, s0r, T.s0rw, T.s0rt, T.s0rl);
  child(keys, input, state, b0l, T.b0lw, T.b0lt, T.b0ll);
  child(keys, input, state, s1r, T.s1rw, T.s1rt, T.s1rl);
  child(keys, input, state, s1l, -1, T.s1lt, T.s1ll);
  child(keys, input, state, s0l2, T.s0l2w, T.s0l2t, T.s0l2l);
  child(keys, input, state, s0r2, T.s0r2w, T.s0r2t, T.s0r2l);
  child(keys, input, state, b0l2, T.b0l2w, T.b0l2t, T.b0l2l);

  add(keys, T['s0t+s0lt+s0l2t'], ttt(s0t, tagAt(input, n, s0l), tagAt(input, n, s0l2)), 0);
  add(keys, T['s0t+s0rt+s0r2t'], ttt(s0t, tagAt(input, n, s0r), tagAt(input, n, s0r2)), 0);
  add(keys, T['b0t+b0lt+b0l2t'], ttt(b0t, tagAt(input, n, b0l), tagAt(input, n, b0l2)), 0);
  add(keys, T['s1t+s1rt+s1r2t'], ttt(s1t, tagAt(input, n, s1r), tagAt(input, n, s1r2)), 0);

  pair(keys, T['s0w+sr'], T['s0t+sr'], s0w, s0t, labelSet(state.rightLabels, s0));
  pair(keys, T['s0w+sl'], T['s0t+sl'], s0w, s0t, labelSet(state.leftLabels, s0));
  pair(keys, T['b0w+sl'], T['b0t+sl'], b0w, b0t, labelSet(state.leftLabels, b0));
  add(keys, T['s1t+sr'], s1t, labelSet(state.rightLabels, s1));

  add(keys, T['s0ll+s0rl+s0t'], ttt(labelAt(state, s0l), labelAt(state, s0r), s0t), 0);
  add(keys, T['s1t+s0t+s0ll+s0rl'], ttt(s1t, s0t, labelAt(state, s0l)), labelAt(state, s0r));
}
