import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from './conllu.js';

export interface AnnotatedToken {
  start: number;
  end: number;
  upos: string;
  xpos: string;
  lemma: string;
}

export interface PosScores {
  documents: number;
  goldTokens: number;
  /** Shares of gold words: matched by a token with the same offsets, and tagged/lemmatised right. */
  aligned: number;
  upos: number;
  xpos: number;
  lemma: number;
}

/**
 * Scores `annotate` on the rebuilt running text of each GUM news document. A gold word counts as
 * right only when a predicted token has exactly its offsets and the right tag (or lemma), so
 * tokenization errors count against every measure.
 */
export function evaluatePos(gumNewsDir: string, annotate: (text: string) => AnnotatedToken[]): PosScores {
  const files = readdirSync(gumNewsDir).filter((f) => f.endsWith('.conllu')).sort();
  let documents = 0;
  let gold = 0;
  let aligned = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  for (const doc of files.flatMap((f) => readConllu(join(gumNewsDir, f)))) {
    documents++;
    const byOffsets = new Map(annotate(doc.text).map((t) => [`${t.start}:${t.end}`, t]));
    for (const word of doc.sentences.flatMap((s) => s.words)) {
      gold++;
      const token = byOffsets.get(`${word.start}:${word.end}`);
      if (!token || word.end === word.start) continue;
      aligned++;
      if (token.upos === word.upos) upos++;
      if (token.xpos === word.xpos) xpos++;
      if (token.lemma === word.lemma) lemma++;
    }
  }
  const share = (n: number) => (gold === 0 ? 0 : n / gold);
  return { documents, goldTokens: gold, aligned: share(aligned), upos: share(upos), xpos: share(xpos), lemma: share(lemma) };
}
