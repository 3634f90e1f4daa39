/**
 * Feature templates of the dependency parser, shared with its trainer so that a model is always read
 * with the features it was trained with. After Zhang & Nivre (2011), adapted to arc-hybrid: words
 * and tags of the top three stack items and first three buffer items, the outermost children of
 * s0, s1 and b0 (word, tag, label), distance, valency and the label sets of s0 and b0.
 *
 * A feature is an integer key (template, a, b) in a FeatureTable; words, tags and labels are ids,
 * packed into a and b.
 */
import type { FeatureTable } from './feature-table.js';
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

/**
 * The feature keys of a state: template i has key (i, a[i], b[i]). Every template yields exactly
 * one key per state, so the keys need no list of their own.
 */
export class FeatureKeys {
  readonly a = new Int32Array(PARSER_TEMPLATES.length);
  readonly b = new Int32Array(PARSER_TEMPLATES.length);

  /** Writes the rows of the keys found in `table` into `out` and returns how many there are; `add` (in training) adds the keys not found. */
  rows(table: FeatureTable, out: Int32Array, add = false): number {
    let k = 0;
    for (let t = 0; t < PARSER_TEMPLATES.length; t++) {
      const row = add ? table.add(t, this.a[t], this.b[t]) : table.find(t, this.a[t], this.b[t]);
      if (row >= 0) out[k++] = row;
    }
    return k;
  }
}

/** Computes the feature keys of `state` into `keys`. */
export function featureKeys(state: ParseState, input: ParseInput, keys: FeatureKeys): void {
  const { n } = state;
  const word = (p: number) => (p < 0 ? NONE : p === n ? ROOT : input.words[p]);
  const tag = (p: number) => (p < 0 ? NONE : p === n ? ROOT : input.tags[p]);
  const label = (p: number) => (p < 0 ? 0 : state.labels[p] + 1);
  const at = (children: Int32Array, p: number) => (p < 0 ? -1 : children[p]);
  const s0 = state.s(0);
  const s1 = state.s(1);
  const s2 = state.s(2);
  const b0 = state.b(0);
  const b1 = state.b(1);
  const b2 = state.b(2);
  const [s0w, s0t, s1w, s1t, b0w, b0t, b1w, b1t, b2w, b2t] = [word(s0), tag(s0), word(s1), tag(s1), word(b0), tag(b0), word(b1), tag(b1), word(b2), tag(b2)];
  const s0wt = s0w * MAX_TAGS + s0t;
  const b0wt = b0w * MAX_TAGS + b0t;
  const s1wt = s1w * MAX_TAGS + s1t;
  const s0l = at(state.left1, s0);
  const s0r = at(state.right1, s0);
  const s0l2 = at(state.left2, s0);
  const s0r2 = at(state.right2, s0);
  const b0l = at(state.left1, b0);
  const b0l2 = at(state.left2, b0);
  const s1r = at(state.right1, s1);
  const s1r2 = at(state.right2, s1);
  const s1l = at(state.left1, s1);
  const d = s0 < 0 ? 0 : capped(b0 - s0, 10);
  const d1 = s1 < 0 ? 0 : capped(s0 - s1, 10);
  const vr = (p: number) => (p < 0 ? 0 : capped(state.rightCount[p], 7) + 1);
  const vl = (p: number) => (p < 0 ? 0 : capped(state.leftCount[p], 7) + 1);
  const sr = (p: number) => (p < 0 ? NO_SET : state.rightLabels[p]);
  const sl = (p: number) => (p < 0 ? NO_SET : state.leftLabels[p]);
  const tt = (x: number, y: number) => x * MAX_TAGS + y;
  const ttt = (x: number, y: number, z: number) => (x * MAX_TAGS + y) * MAX_TAGS + z;

  const A = keys.a;
  const B = keys.b;
  const add = (t: number, a: number, b: number) => {
    A[t] = a;
    B[t] = b;
  };
  add(T.s0w, s0w, 0);
  add(T.s0t, s0t, 0);
  add(T.s0wt, s0wt, 0);
  add(T.b0w, b0w, 0);
  add(T.b0t, b0t, 0);
  add(T.b0wt, b0wt, 0);
  add(T.b1w, b1w, 0);
  add(T.b1t, b1t, 0);
  add(T.b1wt, b1w, b1t);
  add(T.b2w, b2w, 0);
  add(T.b2t, b2t, 0);
  add(T.b2wt, b2w, b2t);
  add(T.s1w, s1w, 0);
  add(T.s1t, s1t, 0);
  add(T.s1wt, s1wt, 0);
  add(T.s2w, word(s2), 0);
  add(T.s2t, tag(s2), 0);

  add(T['s0wt+b0wt'], s0wt, b0wt);
  add(T['s0wt+b0w'], s0wt, b0w);
  add(T['s0w+b0wt'], s0w, b0wt);
  add(T['s0wt+b0t'], s0wt, b0t);
  add(T['s0t+b0wt'], b0wt, s0t);
  add(T['s0w+b0w'], s0w, b0w);
  add(T['s0t+b0t'], tt(s0t, b0t), 0);
  add(T['b0t+b1t'], tt(b0t, b1t), 0);
  add(T['s1wt+s0wt'], s1wt, s0wt);
  add(T['s1w+s0w'], s1w, s0w);
  add(T['s1t+s0t'], tt(s1t, s0t), 0);
  add(T['s0wt+s1t'], s0wt, s1t);
  add(T['s1wt+s0t'], s1wt, s0t);

  add(T['b0t+b1t+b2t'], ttt(b0t, b1t, b2t), 0);
  add(T['s0t+b0t+b1t'], ttt(s0t, b0t, b1t), 0);
  add(T['s1t+s0t+b0t'], ttt(s1t, s0t, b0t), 0);
  add(T['s0t+s0lt+b0t'], ttt(s0t, tag(s0l), b0t), 0);
  add(T['s0t+s0rt+b0t'], ttt(s0t, tag(s0r), b0t), 0);
  add(T['s0t+b0t+b0lt'], ttt(s0t, b0t, tag(b0l)), 0);
  add(T['s1t+s0t+s0rt'], ttt(s1t, s0t, tag(s0r)), 0);
  add(T['s1t+s0t+s0lt'], ttt(s1t, s0t, tag(s0l)), 0);
  add(T['s1t+s1rt+s0t'], ttt(s1t, tag(s1r), s0t), 0);
  add(T['s2t+s1t+s0t'], ttt(tag(s2), s1t, s0t), 0);

  add(T['s0w+d'], s0w, d);
  add(T['s0t+d'], s0t, d);
  add(T['b0w+d'], b0w, d);
  add(T['b0t+d'], b0t, d);
  add(T['s0w+b0w+d'], s0w, b0w * 16 + d);
  add(T['s0t+b0t+d'], tt(s0t, b0t), d);
  add(T['s1t+s0t+d1'], tt(s1t, s0t), d1);
  add(T['s1w+s0w+d1'], s1w, s0w * 16 + d1);

  add(T['s0w+vr'], s0w, vr(s0));
  add(T['s0t+vr'], s0t, vr(s0));
  add(T['s0w+vl'], s0w, vl(s0));
  add(T['s0t+vl'], s0t, vl(s0));
  add(T['b0w+vl'], b0w, vl(b0));
  add(T['b0t+vl'], b0t, vl(b0));
  add(T['s1w+vr'], s1w, vr(s1));
  add(T['s1t+vr'], s1t, vr(s1));

  add(T.s0lw, word(s0l), 0);
  add(T.s0lt, tag(s0l), 0);
  add(T.s0ll, label(s0l), 0);
  add(T.s0rw, word(s0r), 0);
  add(T.s0rt, tag(s0r), 0);
  add(T.s0rl, label(s0r), 0);
  add(T.b0lw, word(b0l), 0);
  add(T.b0lt, tag(b0l), 0);
  add(T.b0ll, label(b0l), 0);
  add(T.s1rw, word(s1r), 0);
  add(T.s1rt, tag(s1r), 0);
  add(T.s1rl, label(s1r), 0);
  add(T.s1lt, tag(s1l), 0);
  add(T.s1ll, label(s1l), 0);

  add(T.s0l2w, word(s0l2), 0);
  add(T.s0l2t, tag(s0l2), 0);
  add(T.s0l2l, label(s0l2), 0);
  add(T.s0r2w, word(s0r2), 0);
  add(T.s0r2t, tag(s0r2), 0);
  add(T.s0r2l, label(s0r2), 0);
  add(T.b0l2w, word(b0l2), 0);
  add(T.b0l2t, tag(b0l2), 0);
  add(T.b0l2l, label(b0l2), 0);

  add(T['s0t+s0lt+s0l2t'], ttt(s0t, tag(s0l), tag(s0l2)), 0);
  add(T['s0t+s0rt+s0r2t'], ttt(s0t, tag(s0r), tag(s0r2)), 0);
  add(T['b0t+b0lt+b0l2t'], ttt(b0t, tag(b0l), tag(b0l2)), 0);
  add(T['s1t+s1rt+s1r2t'], ttt(s1t, tag(s1r), tag(s1r2)), 0);

  add(T['s0w+sr'], s0w, sr(s0));
  add(T['s0t+sr'], s0t, sr(s0));
  add(T['s0w+sl'], s0w, sl(s0));
  add(T['s0t+sl'], s0t, sl(s0));
  add(T['b0w+sl'], b0w, sl(b0));
  add(T['b0t+sl'], b0t, sl(b0));
  add(T['s1t+sr'], s1t, sr(s1));

  add(T['s0ll+s0rl+s0t'], ttt(label(s0l), label(s0r), s0t), 0);
  add(T['s1t+s0t+s0ll+s0rl'], ttt(s1t, s0t, label(s0l)), label(s0r));
}
