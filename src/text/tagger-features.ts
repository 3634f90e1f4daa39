/**
 * Feature templates shared by the tagger and its trainer, so that a model is always read with the
 * features it was trained with. Context words are normalised (lower case, digit classes) so that
 * rare variants share statistics.
 *
 * Most templates look at one word only (the tagged word or a neighbour), so each distinct word form
 * is resolved to its feature rows once and cached; per word tagged, only the templates that pair two
 * words or look at the previous tags are looked up, by integer keys.
 */
import type { FeatureTable, Vocabulary } from './feature-table.js';

/** Lower-cased word with numbers folded into classes; the key of word-identity features. */
export function normalize(word: string): string {
  if (/^\d{4}$/.test(word)) return '!YEAR';
  if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(word)) return '!NUM';
  return word.toLowerCase();
}

/** Compressed character shape: "Obama" → "Xx", "U.S." → "X.X.", "3.5" → "d.d", "e-mail" → "x-x". */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word.length > 24 ? word.slice(0, 24) : word) {
    const code = ch.charCodeAt(0);
    // ASCII, most characters, without the Unicode property tests (which agree with these on ASCII).
    const c =
      code < 128
        ? code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch
        : /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** What single-word templates read off a word. Sentence padding has a norm ("-S1-") and shape ("<") only. */
interface WordStrings {
  form: string;
  norm: string;
  shape: string;
  /** The word's most frequent label in the training data ("?" if rare), so that features can look ahead. */
  likely: string;
}

const norm = (w: WordStrings) => w.norm;
const suffix3 = (w: WordStrings) => w.norm.slice(-3);
const shapeOf = (w: WordStrings) => w.shape;
const likely = (w: WordStrings) => w.likely;

/** Templates on one word at an offset from the tagged word: name, offset, value. */
const WORD_TEMPLATES: [string, number, (w: WordStrings) => string][] = [
  ['word', 0, (w) => w.form],
  ['norm', 0, norm],
  ['suffix1', 0, (w) => w.norm.slice(-1)],
  ['suffix2', 0, (w) => w.norm.slice(-2)],
  ['suffix3', 0, suffix3],
  ['suffix4', 0, (w) => w.norm.slice(-4)],
  ['prefix1', 0, (w) => w.form[0]],
  ['prefix3', 0, (w) => w.norm.slice(0, 3)],
  ['shape', 0, shapeOf],
  ['likely', 0, likely],
  ['norm-1', -1, norm],
  ['suffix3-1', -1, suffix3],
  ['norm-2', -2, norm],
  ['norm+1', 1, norm],
  ['suffix3+1', 1, suffix3],
  ['shape+1', 1, shapeOf],
  ['likely+1', 1, likely],
  ['norm+2', 2, norm],
  ['likely+2', 2, likely],
];

/** Templates on the previous tags alone (the tagger tabulates them per tag), then on two values that vary per word. */
const TAG_TEMPLATES = ['bias', 'tag-1', 'tag-2'] as const;
const PAIR_TEMPLATES = [
  'first+shape', 'norm+norm+1', 'norm-1+norm', 'likely+likely+1',
  'tag-1+tag-2', 'tag-1+norm', 'tag-1+norm+1', 'tag-1+likely+1',
] as const;

/**
 * Names of the feature templates; a feature key's template is its index here. A model records
 * them, so that a model trained with other templates is refused rather than misread.
 */
export const TEMPLATES = [...WORD_TEMPLATES.map(([name]) => name), ...TAG_TEMPLATES, ...PAIR_TEMPLATES];

const [BIAS, TAG1, TAG2] = TAG_TEMPLATES.map((name) => TEMPLATES.indexOf(name));
const [FIRST_SHAPE, NORM_NORM1, NORM1_NORM, LIKELY_LIKELY1, TAG1_TAG2, TAG1_NORM, TAG1_NORM1, TAG1_LIKELY1] =
  PAIR_TEMPLATES.map((name) => TEMPLATES.indexOf(name));

/** The `prev`/`prev2` of `FeatureSpace.rows` before the first word, in place of class indices. */
export const START1 = -1;
export const START2 = -2;
const START_LABELS = ['-S2-', '-S1-'];

/** Padding words on either side of a sentence. */
export const PAD = 2;

/** A sentence's words between the `FeatureSpace.pads`, as `FeatureSpace.rows` takes them. */
export function padded<T extends WordFeatures>(words: T[], pads: readonly T[]): T[] {
  return [...pads.slice(0, PAD), ...words, ...pads.slice(PAD)];
}

/** One word form resolved against the features: vocabulary ids (-1 if unknown) and single-word rows. */
export interface WordFeatures {
  norm: number;
  likely: number;
  /**
   * Rows of the single-word templates, by their offset + PAD, with this word at that offset; at
   * offset 0 including "first+shape" for a word inside the sentence.
   */
  rows: number[][];
  /** The offset-0 rows when the word opens the sentence. */
  initial: number[];
}

/**
 * Feature keys of one model (see feature-table.ts): vocabulary ids of the feature values and the
 * table of rows. While learning, new values and features are added; a trained model's space only
 * finds them, and features with a value outside its vocabulary simply do not fire.
 */
export class FeatureSpace {
  private readonly none: number;
  private readonly caret: number;
  /** Vocabulary ids of the labels, indexed by class + 2 (so that START2 and START1 come first). */
  private readonly tagIds: Int32Array;
  /** The PAD pseudo-words before and the PAD after a sentence. */
  readonly pads: WordFeatures[];

  constructor(
    private readonly vocab: Vocabulary,
    private readonly table: FeatureTable,
    /** Normalised word → its most frequent label, for look-ahead features. */
    private readonly lexicon: Map<string, string>,
    classes: string[],
    private readonly learning: boolean,
  ) {
    this.none = this.id('');
    this.caret = this.id('^');
    this.tagIds = Int32Array.from([...START_LABELS, ...classes], (label) => this.id(label));
    this.pads = ['-S2-', '-S1-', '-E1-', '-E2-'].map((pad, k) =>
      this.resolve({ form: pad, norm: pad, shape: k < 2 ? '<' : '>', likely: pad }, false),
    );
  }

  /**
   * Writes into `out` the rows of the features that fire for word i of a `sentence`, given the
   * classes of the two words before it (greedy left to right); returns how many there are.
   */
  rows(sentence: readonly WordFeatures[], i: number, prev: number, prev2: number, out: Int32Array): number {
    const j = i + PAD;
    let n = 0;
    for (let d = 0; d <= 2 * PAD; d++) {
      const rows = d === PAD && i === 0 ? sentence[j].initial : sentence[j - PAD + d].rows[d];
      for (let k = 0; k < rows.length; k++) out[n++] = rows[k];
    }
    for (const row of [...this.prevTagRows(prev), ...this.prev2TagRows(prev2)]) out[n++] = row;
    return this.pairRows(sentence, i, prev, prev2, out, n);
  }

  /** Rows of the bias and of the previous tag alone. */
  prevTagRows(prev: number): number[] {
    return [this.row(BIAS, this.none, this.none), this.row(TAG1, this.tagIds[prev + 2], this.none)].filter((r) => r >= 0);
  }

  /** Rows of the tag before the previous one alone. */
  prev2TagRows(prev2: number): number[] {
    return [this.row(TAG2, this.tagIds[prev2 + 2], this.none)].filter((r) => r >= 0);
  }

  /** Writes into `out` from `n` on the rows of the templates on two values that vary per word; returns the new count. */
  pairRows(sentence: readonly WordFeatures[], i: number, prev: number, prev2: number, out: Int32Array, n: number): number {
    n = this.wordPairRows(sentence, i, out, n);
    const row = this.tagPairRow(prev, prev2);
    if (row >= 0) out[n++] = row;
    return this.tagWordRows(sentence, i, prev, out, n);
  }

  /** Writes into `out` from `n` on the rows of the templates on two words (not on tags); returns the new count. */
  wordPairRows(sentence: readonly WordFeatures[], i: number, out: Int32Array, n: number): number {
    const j = i + PAD;
    const w = sentence[j];
    const n1 = sentence[j + 1];
    let row: number;
    if ((row = this.row(NORM_NORM1, w.norm, n1.norm)) >= 0) out[n++] = row;
    if ((row = this.row(NORM1_NORM, sentence[j - 1].norm, w.norm)) >= 0) out[n++] = row;
    if ((row = this.row(LIKELY_LIKELY1, w.likely, n1.likely)) >= 0) out[n++] = row;
    return n;
  }

  /** The row of the two previous tags together, or -1. */
  tagPairRow(prev: number, prev2: number): number {
    return this.row(TAG1_TAG2, this.tagIds[prev + 2], this.tagIds[prev2 + 2]);
  }

  /** Writes into `out` from `n` on the rows of the templates on the previous tag and a word; returns the new count. */
  tagWordRows(sentence: readonly WordFeatures[], i: number, prev: number, out: Int32Array, n: number): number {
    const j = i + PAD;
    const w = sentence[j];
    const n1 = sentence[j + 1];
    const t1 = this.tagIds[prev + 2];
    let row: number;
    if ((row = this.row(TAG1_NORM, t1, w.norm)) >= 0) out[n++] = row;
    if ((row = this.row(TAG1_NORM1, t1, n1.norm)) >= 0) out[n++] = row;
    if ((row = this.row(TAG1_LIKELY1, t1, n1.likely)) >= 0) out[n++] = row;
    return n;
  }

  /** The features of a word form; worth caching, as resolving them looks up some twenty values. */
  word(form: string): WordFeatures {
    const n = normalize(form);
    return this.resolve({ form, norm: n, shape: shape(form), likely: this.lexicon.get(n) ?? '?' }, true);
  }

  /** Single-word rows of a word; padding is never tagged itself, so it gets no offset-0 rows. */
  private resolve(w: WordStrings, tagged: boolean): WordFeatures {
    const rows: number[][] = Array.from({ length: 2 * PAD + 1 }, () => []);
    for (let t = 0; t < WORD_TEMPLATES.length; t++) {
      const [, offset, value] = WORD_TEMPLATES[t];
      if (offset === 0 && !tagged) continue;
      const row = this.row(t, this.id(value(w)), this.none);
      if (row >= 0) rows[offset + PAD].push(row);
    }
    const initial = [...rows[PAD]];
    if (tagged) {
      const inside = this.row(FIRST_SHAPE, this.id(w.shape), this.none);
      const first = this.row(FIRST_SHAPE, this.id(w.shape), this.caret);
      if (inside >= 0) rows[PAD].push(inside);
      if (first >= 0) initial.push(first);
    }
    return { norm: this.id(w.norm), likely: this.id(w.likely), rows, initial };
  }

  private id(value: string): number {
    return this.learning ? this.vocab.add(value) : this.vocab.find(value);
  }

  private row(t: number, a: number, b: number): number {
    if (this.learning) return this.table.add(t, a, b);
    return a < 0 || b < 0 ? -1 : this.table.find(t, a, b);
  }
}
