import type { Span } from '../model/schema.js';
import { readDataRows } from '../knowledge/data-files.js';
import { capSentences } from './long-sentences.js';

type AbbreviationBehaviour = 'never' | 'starter';

let lexicon: { abbreviations: Map<string, AbbreviationBehaviour>; starters: Set<string> } | null = null;

function load() {
  lexicon ??= {
    abbreviations: new Map(readDataRows('text/abbreviations.tsv').map(([word, behaviour]) => [word, behaviour as AbbreviationBehaviour])),
    starters: new Set(readDataRows('text/sentence-starters.txt').map(([word]) => word)),
  };
  return lexicon;
}

/** Sentence-final punctuation, with any closing quotes or brackets, followed by white space. */
const TERMINATOR = /[.!?…]+[”"’'»)\]]*(?=\s)/g;

/**
 * Splits each paragraph into sentences. A paragraph end always ends a sentence (headlines, datelines
 * and list items carry no final stop); inside a paragraph a sentence ends at . ! ? … unless the next
 * word starts in lower case or the period belongs to an abbreviation (data/text/abbreviations.tsv).
 * A run-on sentence is cut to the cap of long-sentences.ts.
 */
export function splitSentences(text: string, paragraphs: Span[]): Span[] {
  const sentences: Span[] = [];
  for (const paragraph of paragraphs) {
    let start = paragraph.start;
    const slice = text.slice(paragraph.start, paragraph.end);
    TERMINATOR.lastIndex = 0;
    for (let m; (m = TERMINATOR.exec(slice)); ) {
      const end = paragraph.start + m.index + m[0].length;
      if (endsSentence(text, paragraph.start + m.index, m[0], end, paragraph.end)) {
        pushTrimmed(text, sentences, start, end);
        start = end;
      }
    }
    pushTrimmed(text, sentences, start, paragraph.end);
  }
  return capSentences(text, sentences);
}

function endsSentence(text: string, at: number, terminator: string, end: number, limit: number): boolean {
  const next = /\S+/.exec(text.slice(end, Math.min(limit, end + 80)));
  if (!next) return false;
  const nextWord = next[0].replace(/^[“"‘'«(\[]+/, '');
  if (/^\p{Ll}/u.test(nextWord)) return false;
  if (!terminator.startsWith('.') || terminator.startsWith('..')) return true;
  const word = wordBefore(text, at);
  const { abbreviations, starters } = load();
  // Unlisted initials ("J. Smith", "K.C. Jones") behave like listed initialisms.
  const behaviour = abbreviations.get(`${word}.`) ?? (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word) ? 'starter' : undefined);
  if (behaviour === 'never') return false;
  if (behaviour === 'starter') return starters.has(nextWord.replace(/[^\p{L}].*$/u, ''));
  return true;
}

/** The word that a period closes: "U.S" in "the U.S.", "Mr" in "(Mr." */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !/[\s(“"‘'«\[—–]/.test(text[i - 1])) i--;
  return text.slice(i, at);
}

function pushTrimmed(text: string, out: Span[], start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
