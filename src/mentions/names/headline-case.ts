/**
 * All-capital writing ("PUTIN SAYS RUSSIA WILL RESPOND") hides what the tagger reads most: which
 * words are capitalised. A sentence written mostly in capitals is given to the tagger in ordinary
 * case — a dictionary word in lower case, a known name or another word capitalised, a short
 * unknown word kept as an acronym — while its spans keep pointing at the text as written.
 */
import { classify, isOrganisationWord, type ModelLists } from './lexicon.js';

const ALL_CAPS = /^\p{Lu}[\p{Lu}\d'’.&-]*$/u;
const LETTERS = /\p{L}/u;
/** From this many words in capitals, and this share of the sentence's words, it is all-capital writing. */
const MIN_WORDS = 3;
const MIN_SHARE = 0.8;
/** Unknown words this short in capitals are more likely acronyms ("NATO", "IMF") than words. */
const ACRONYM_LENGTH = 4;

/** Whether most of the sentence's words are written in capitals. */
export function isAllCapital(words: string[]): boolean {
  let letters = 0;
  let capitals = 0;
  for (const w of words) {
    if (!LETTERS.test(w)) continue;
    letters++;
    if (ALL_CAPS.test(w) && w.length > 1) capitals++;
  }
  return capitals >= MIN_WORDS && capitals >= MIN_SHARE * letters;
}

/** The words as the tagger should read them: in ordinary case if the sentence is all-capital writing. */
export function ordinaryCase(words: string[], lists: ModelLists): string[] {
  if (!isAllCapital(words)) return words;
  return words.map((w, i) => {
    if (!ALL_CAPS.test(w) || w.length < 2) return w;
    const title = w[0] + w.slice(1).toLowerCase();
    const lower = w.toLowerCase();
    const cls = classify(w, lists);
    // The gazetteer is case-blind: a known name is capitalised, an acronym kept ("US", "NATO").
    if (cls) return w.length <= 3 || ((cls === 'org' || cls === 'listed-org') && w.length <= ACRONYM_LENGTH) ? w : title;
    if (lists.given.has(lower) || lists.surnames.has(lower)) return title;
    // A dictionary word ("in", "will") is lower case, though the dictionary also knows it as a name.
    if (lists.common.has(lower) && !isOrganisationWord(w)) return i === 0 ? title : lower;
    return w.length <= ACRONYM_LENGTH ? w : title;
  });
}
