import type { Span } from '../model/schema.js';

/**
 * The longest sentence the later stages take, in characters. The longest sentence of the 179,260
 * in the BBC News and Reuters-21578 corpora (../shared/data/corpora) is 1,186 characters (p99.99:
 * 615), so no real sentence is split; a run-on text (a page without punctuation, a table read as
 * prose) is cut into pieces, which keeps the per-sentence work of tagging, names, quotes and events
 * bounded.
 */
export const SENTENCE_CAP = 1200;

/** A sentence piece cut by the cap, with the boundary that ended it. */
export type CappedSentence = Span & { rule?: string };

/**
 * The boundaries a long sentence is cut at, best first: each is searched in the second half of the
 * window, last match first, so pieces are as long as the cap allows. The cut comes after the match.
 */
const BOUNDARIES: [string, RegExp][] = [
  ['semicolon', /;(?=\s)/g],
  ['comma-conjunction', /,(?=\s+(?:and|but|or|nor|so|yet|while|whereas|although|though|because)\s)/gi],
  ['comma', /,(?=\s)/g],
  ['space', /\s+/g],
];

/** Splits every sentence longer than SENTENCE_CAP at the best boundary inside each window. */
export function capSentences(text: string, sentences: Span[]): CappedSentence[] {
  if (sentences.every((s) => s.end - s.start <= SENTENCE_CAP)) return sentences;
  const out: CappedSentence[] = [];
  for (const sentence of sentences) {
    let start = sentence.start;
    while (sentence.end - start > SENTENCE_CAP) {
      const { end, rule } = cut(text, start);
      pushPiece(text, out, start, end, `sentence.cap.${rule}`);
      start = end;
    }
    if (start === sentence.start) out.push(sentence);
    else pushPiece(text, out, start, sentence.end, 'sentence.cap.rest');
  }
  return out;
}

function cut(text: string, start: number): { end: number; rule: string } {
  const from = start + SENTENCE_CAP / 2;
  const window = text.slice(from, start + SENTENCE_CAP);
  for (const [rule, boundary] of BOUNDARIES) {
    let last = -1;
    boundary.lastIndex = 0;
    for (let m; (m = boundary.exec(window)); ) last = m.index + m[0].length;
    if (last > 0) return { end: from + last, rule };
  }
  // No boundary at all: a hard cut, never inside a surrogate pair.
  let end = start + SENTENCE_CAP;
  if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end--;
  return { end, rule: 'hard' };
}

function pushPiece(text: string, out: CappedSentence[], start: number, end: number, rule: string): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, rule });
}
