import type { Span, Token } from '../model/schema.js';
import { lemmatize } from './lemmatize.js';
import { defaultParser } from './parser.js';
import { defaultTagger } from './tagger.js';
import { tokenize } from './tokenize.js';

/**
 * Tokenizes, tags, lemmatises and parses each sentence span of `text`; tokens carry absolute
 * offsets, and heads are indexes in the returned array.
 */
export function tagText(text: string, sentences: Span[]): Token[] {
  const tagger = defaultTagger();
  const parser = defaultParser();
  const tokens: Token[] = [];
  for (const spans of sentenceTokens(text, sentences)) {
    const forms = spans.map((s) => text.slice(s.start, s.end));
    const tags = tagger.tag(forms);
    const { heads, deprels } = parser.parse(forms, tags.map((t) => t.xpos));
    const first = tokens.length;
    for (let i = 0; i < spans.length; i++) {
      const { upos, xpos } = tags[i];
      const head = heads[i] < 0 ? -1 : first + heads[i];
      tokens.push({ start: spans[i].start, end: spans[i].end, upos, xpos, lemma: lemmatize(forms[i], upos, xpos), head, deprel: deprels[i] });
    }
  }
  return tokens;
}

/**
 * The tokens of each sentence. One tokenizer call over all sentences is much cheaper than one per
 * sentence; a sentence that a token straddles (the splitter cut inside it) is tokenized on its own.
 */
function sentenceTokens(text: string, sentences: Span[]): Span[][] {
  if (sentences.length === 0) return [];
  const all = tokenize(text, sentences[0].start, sentences[sentences.length - 1].end);
  const out: Span[][] = [];
  let k = 0;
  for (const sentence of sentences) {
    while (k < all.length && all[k].start < sentence.start) k++;
    const first = k;
    while (k < all.length && all[k].end <= sentence.end) k++;
    const straddles = (k < all.length && all[k].start < sentence.end) || (first > 0 && all[first - 1].end > sentence.start);
    out.push(straddles ? tokenize(text, sentence.start, sentence.end) : all.slice(first, k));
  }
  return out;
}
