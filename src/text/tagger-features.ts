/**
 * Feature templates shared by the tagger and its trainer, so that a model is always read with the
 * features it was trained with. Context words are normalised (lower case, digit classes) so that
 * rare variants share statistics.
 */

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
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Per-sentence context precomputed once: normalised words, shapes and likely labels, padded at both ends. */
export interface Context {
  words: string[];
  norm: string[];
  shapes: string[];
  /** Each word's most frequent label in the training data ("?" if rare), so that features can look ahead. */
  likely: string[];
}

const PAD = 2;

export function makeContext(words: string[], lexicon: Map<string, string>): Context {
  const norm = ['-S2-', '-S1-', ...words.map(normalize), '-E1-', '-E2-'];
  const shapes = ['<', '<', ...words.map(shape), '>', '>'];
  const likely = norm.map((n, j) => (j < PAD || j >= norm.length - PAD ? n : lexicon.get(n) ?? '?'));
  return { words, norm, shapes, likely };
}

/**
 * Names of the feature templates, in the order `features` returns their values. A model records
 * them, so that a model trained with other templates is refused rather than misread.
 */
export const TEMPLATES = [
  'bias', 'word', 'norm', 'suffix1', 'suffix2', 'suffix3', 'suffix4', 'prefix1', 'prefix3', 'shape', 'first+shape',
  'tag-1', 'tag-2', 'tag-1+tag-2', 'tag-1+norm', 'norm-1', 'suffix3-1', 'norm-2', 'norm+1', 'suffix3+1', 'shape+1',
  'norm+2', 'norm+norm+1', 'norm-1+norm', 'tag-1+norm+1', 'likely', 'likely+1', 'likely+2', 'tag-1+likely+1',
  'likely+likely+1',
];

/**
 * One value per template for word i given the two previously predicted tags (greedy left to
 * right). Values are looked up per template, so they carry no template prefix.
 */
export function features(ctx: Context, i: number, prev: string, prev2: string): string[] {
  const w = ctx.words[i];
  const j = i + PAD;
  const n = ctx.norm[j];
  const n1 = ctx.norm[j + 1];
  const p1 = ctx.norm[j - 1];
  const l1 = ctx.likely[j + 1];
  return [
    'bias',
    w,
    n,
    n.slice(-1),
    n.slice(-2),
    n.slice(-3),
    n.slice(-4),
    w[0],
    n.slice(0, 3),
    ctx.shapes[j],
    (i === 0 ? '^' : '') + ctx.shapes[j],
    prev,
    prev2,
    prev + ' ' + prev2,
    prev + ' ' + n,
    p1,
    p1.slice(-3),
    ctx.norm[j - 2],
    n1,
    n1.slice(-3),
    ctx.shapes[j + 1],
    ctx.norm[j + 2],
    n + ' ' + n1,
    p1 + ' ' + n,
    prev + ' ' + n1,
    ctx.likely[j],
    l1,
    ctx.likely[j + 2],
    prev + ' ' + l1,
    ctx.likely[j] + ' ' + l1,
  ];
}
