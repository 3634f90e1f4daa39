import type { Span, Token } from '../../src/model/schema.js';
import type { GoldDocument } from './conllu.js';

export interface ParseScores {
  goldWords: number;
  systemTokens: number;
  /** F1 over words as in the CoNLL 2018 shared task: a predicted token counts when its offsets are a gold word's, and the measure's other parts agree. */
  words: number;
  upos: number;
  /** Head right (same offsets, or both roots). */
  uas: number;
  /** Head and universal relation right. */
  las: number;
}

/**
 * Scores the text layer from raw text: `annotate` gets each document's rebuilt text and its gold
 * sentences (as the only given breaks) and returns its tokens. Gold words and predicted tokens are
 * matched by offsets; a gold head matches a predicted head with the same offsets. Words inside a
 * multiword token that do not spell it have no offsets and count as missed.
 */
export function evaluateParse(docs: GoldDocument[], annotate: (text: string, sentences: Span[]) => Token[]): ParseScores {
  let gold = 0;
  let system = 0;
  let words = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  const key = (s: Span) => `${s.start}:${s.end}`;
  for (const doc of docs) {
    const tokens = annotate(doc.text, doc.sentences.map((s) => ({ start: s.start, end: s.end })));
    system += tokens.length;
    const byOffsets = new Map(tokens.map((t) => [key(t), t]));
    for (const sentence of doc.sentences) {
      for (const word of sentence.words) {
        gold++;
        const token = byOffsets.get(key(word));
        if (!token || word.end === word.start) continue;
        words++;
        if (token.upos === word.upos) upos++;
        const goldHead = word.head < 0 ? 'root' : key(sentence.words[word.head]);
        const head = token.head < 0 ? 'root' : key(tokens[token.head]);
        if (head !== goldHead) continue;
        uas++;
        if (token.deprel === word.deprel.split(':')[0]) las++;
      }
    }
  }
  const f1 = (n: number) => (gold + system === 0 ? 0 : (2 * n) / (gold + system));
  return { goldWords: gold, systemTokens: system, words: f1(words), upos: f1(upos), uas: f1(uas), las: f1(las) };
}
