import type { Span, Token } from '../model/schema.js';
import { lemmatize } from './lemmatize.js';
import { defaultTagger } from './tagger.js';
import { tokenize } from './tokenize.js';

/** Tokenizes, tags and lemmatises each sentence span of `text`; tokens carry absolute offsets. */
export function tagText(text: string, sentences: Span[]): Token[] {
  const tagger = defaultTagger();
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    const spans = tokenize(text, sentence.start, sentence.end);
    const forms = spans.map((s) => text.slice(s.start, s.end));
    tagger.tag(forms).forEach((tag, i) => {
      tokens.push({ ...spans[i], upos: tag.upos, xpos: tag.xpos, lemma: lemmatize(forms[i], tag.upos, tag.xpos) });
    });
  }
  return tokens;
}
