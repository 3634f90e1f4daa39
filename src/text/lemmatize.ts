import { readFileSync } from 'node:fs';
import { repoPath } from '../knowledge/data-files.js';
import { BoundedCache } from './bounded-cache.js';

/** Learnt exceptions to the rules below (form, PTB tag → lemma), written by scripts/train-tagger.ts. */
export const LEMMA_FILE = 'models/lemmas.tsv';

let exceptions: Map<string, string> | null = null;

function exceptionTable(): Map<string, string> {
  if (!exceptions) {
    exceptions = new Map();
    for (const line of readFileSync(repoPath(LEMMA_FILE), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const [form, xpos, lemma] = line.split('\t');
      exceptions.set(form + '\t' + xpos, lemma);
    }
  }
  return exceptions;
}

/**
 * UD English lemma of a tagged word: the training treebanks' own lemma for forms the rules get
 * wrong ("n't" → "not", "'s"/VBZ → "be", "went" → "go"), otherwise suffix rules by PTB tag.
 * Proper nouns keep their case.
 */
export function lemmatize(form: string, upos: string, xpos: string): string {
  const byTag = found[upos === 'PROPN' ? 1 : 0];
  let cache = byTag.get(xpos);
  if (!cache) byTag.set(xpos, (cache = new BoundedCache(CACHED_LEMMAS)));
  return cache.find(form) ?? cache.add(form, upos === 'PROPN' ? ruleLemma(form, upos, xpos) : (exceptionTable().get(form.toLowerCase() + '\t' + xpos) ?? ruleLemma(form, upos, xpos)));
}

/** Lemmas found, per PTB tag, for proper nouns and for other words (the rules read no more of the tag): news repeats its words. */
const found = [new Map<string, BoundedCache<string, string>>(), new Map<string, BoundedCache<string, string>>()];
const CACHED_LEMMAS = 1 << 11;

/** The rule-based lemma alone; the trainer stores in LEMMA_FILE only the forms where it is wrong. */
export function ruleLemma(form: string, upos: string, xpos: string): string {
  // Proper nouns, acronyms ("VIP"), mixed case ("non-Muslim") and nationalities ("Indonesian") keep their case.
  const keepCase = upos === 'PROPN' || /^.+\p{Lu}/u.test(form) || (xpos === 'JJ' && /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u.test(form));
  const word = keepCase ? form : form.toLowerCase();
  switch (xpos) {
    case 'CD':
      return /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(word) ? word.replace(/,/g, '') : word;
    case 'NNS':
    case 'NNPS':
      return singular(word);
    case 'VBZ':
      return /(?:ss|x|ch|sh|zz|o)es$/.test(word) ? word.slice(0, -2) : singular(word);
    case 'VBD':
    case 'VBN':
      return /ied$/.test(word) ? word.slice(0, -3) + 'y' : /eed$/.test(word) ? word.slice(0, -1) : stem(word, 'ed');
    case 'VBG':
      return /ying$/.test(word) && word.length > 5 ? word.slice(0, -3) : stem(word, 'ing');
    case 'JJR':
    case 'RBR':
      return /ier$/.test(word) ? word.slice(0, -3) + 'y' : stem(word, 'er');
    case 'JJS':
    case 'RBS':
      return /iest$/.test(word) ? word.slice(0, -4) + 'y' : stem(word, 'est');
    default:
      return word;
  }
}

function singular(word: string): string {
  if (/[^aeiou]ies$/i.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ss|x|ch|sh|zz)es$/i.test(word)) return word.slice(0, -2);
  if (/men$/i.test(word) && word.length > 4) return word.slice(0, -2) + 'an';
  if (/[^su]s$/i.test(word) && word.length > 2) return word.slice(0, -1);
  return word;
}

/** Strips a verb or comparative suffix, undoing consonant doubling and restoring a dropped final e. */
function stem(word: string, suffix: string): string {
  if (!word.endsWith(suffix) || word.length < suffix.length + 2) return word;
  const base = word.slice(0, -suffix.length);
  if (/([bdgkmnprtv])\1$/.test(base)) return base.slice(0, -1);
  // "produc-ed", "chang-ing", "involv-ed", "argu-ing", "creat-ed", "criticis-ed": the stem cannot end the word as is.
  if (/(?:[^aeiou][cgvzu]|[iy][sz]|at|[^aeiou]l)$/.test(base) && !/(?:ng|ll)$/.test(base)) return base + 'e';
  return base;
}
