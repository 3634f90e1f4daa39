import type { Span } from '../../src/model/schema.js';
import { splitParagraphs } from '../../src/text/paragraphs.js';
import { splitSentences } from '../../src/text/sentences.js';
import type { GoldDocument } from './conllu.js';
import { prf, type PRF } from './metrics.js';

/** Sentence spans found on the rebuilt text of gold documents, scored by exact span match. */
export function evaluateSentences(docs: GoldDocument[]): PRF & { gold: number } {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const doc of docs) {
    const found = splitSentences(doc.text, splitParagraphs(doc.text));
    const goldKeys = new Set(doc.sentences.map(key));
    tp += found.filter((s) => goldKeys.has(key(s))).length;
    predicted += found.length;
    gold += doc.sentences.length;
  }
  return { ...prf(tp, predicted, gold), gold };
}

const key = (s: Span) => `${s.start}:${s.end}`;
