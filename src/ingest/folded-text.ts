import type { DocumentModel } from '../model/document.js';

/**
 * Characters that change nothing a reader sees inside a word and only get in the way of matching
 * ("Pu\u200Btin" is Putin): zero-width space, non-joiner and joiner, word joiner, the byte-order
 * mark used as a zero-width no-break space, and the soft hyphen.
 */
const IGNORABLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** A base character with the combining marks after it: the unit that NFC composes. */
const CLUSTER = /\P{M}\p{M}+|\p{M}+/gu;

/**
 * The text the stages match on: NFC-normalised, without ignorable characters. `startOf[i]` and
 * `endOf[i]` give the span of the original text that folded character i came from, so every
 * offset can be taken back into the text exactly as read.
 */
export interface FoldedText {
  text: string;
  startOf: Int32Array;
  endOf: Int32Array;
}

/** The folded text, or null when folding changes nothing (nearly every article). */
export function foldText(original: string): FoldedText | null {
  const nfc = original.normalize('NFC');
  if (nfc === original && !IGNORABLE.test(original)) return null;
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const keep = (s: string, start: number, end: number) => {
    text += s;
    for (let k = 0; k < s.length; k++) {
      starts.push(start);
      ends.push(end);
    }
  };
  let i = 0;
  const copyUpTo = (until: number) => {
    for (; i < until; i++) if (!IGNORABLE.test(original[i])) keep(original[i], i, i + 1);
  };
  // Clusters with marks are normalised one by one; every other character stays as it is.
  for (const m of original.matchAll(CLUSTER)) {
    copyUpTo(m.index);
    const cluster = m[0].normalize('NFC');
    if (cluster.length === m[0].length) for (let k = 0; k < cluster.length; k++) keep(cluster[k], m.index + k, m.index + k + 1);
    else keep(cluster, m.index, m.index + m[0].length);
    i = m.index + m[0].length;
  }
  copyUpTo(original.length);
  return { text, startOf: Int32Array.from(starts), endOf: Int32Array.from(ends) };
}

/**
 * Takes every span of the analysed document back to the original text: each object with a numeric
 * `start` and `end` (visited once, as layers share some) is moved; the document's text becomes the
 * original. Span texts stay as matched (folded).
 */
export function unfoldDocument(doc: DocumentModel, original: string, folded: FoldedText): DocumentModel {
  const seen = new WeakSet<object>();
  const startAt = (offset: number) => (offset < folded.text.length ? folded.startOf[offset] : original.length);
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      const { start, end } = o;
      o.start = startAt(start);
      o.end = end > start ? folded.endOf[end - 1] : o.start;
    }
    for (const key of Object.keys(o)) visit(o[key]);
  };
  const { text: _folded, input: _input, ...layers } = doc;
  visit(layers);
  return { ...doc, text: original, input: { ...doc.input, text: original } };
}
