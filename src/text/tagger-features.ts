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

/** Per-sentence context precomputed once: normalised words, padded with boundary markers. */
export interface Context {
  words: string[];
  norm: string[];
  shapes: string[];
}

const PAD = 2;

export function makeContext(words: string[]): Context {
  const norm = ['-S2-', '-S1-', ...words.map(normalize), '-E1-', '-E2-'];
  const shapes = ['<', '<', ...words.map(shape), '>', '>'];
  return { words, norm, shapes };
}

/** Feature strings for word i given the two previously predicted tags (greedy left to right). */
export function features(ctx: Context, i: number, prev: string, prev2: string): string[] {
  const w = ctx.words[i];
  const j = i + PAD;
  const n = ctx.norm[j];
  const n1 = ctx.norm[j + 1];
  const p1 = ctx.norm[j - 1];
  return [
    'b',
    'w ' + w,
    'n ' + n,
    's1 ' + n.slice(-1),
    's2 ' + n.slice(-2),
    's3 ' + n.slice(-3),
    's4 ' + n.slice(-4),
    'p1 ' + w[0],
    'p3 ' + n.slice(0, 3),
    'sh ' + ctx.shapes[j],
    'f ' + (i === 0 ? 'first ' : '') + ctx.shapes[j],
    't1 ' + prev,
    't2 ' + prev2,
    't12 ' + prev + ' ' + prev2,
    't1n ' + prev + ' ' + n,
    'n-1 ' + p1,
    's-1 ' + p1.slice(-3),
    'n-2 ' + ctx.norm[j - 2],
    'n+1 ' + n1,
    's+1 ' + n1.slice(-3),
    'sh+1 ' + ctx.shapes[j + 1],
    'n+2 ' + ctx.norm[j + 2],
    'nn+1 ' + n + ' ' + n1,
    'n-1n ' + p1 + ' ' + n,
    't1n+1 ' + prev + ' ' + n1,
  ];
}
