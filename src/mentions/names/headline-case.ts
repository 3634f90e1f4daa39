/**
 * All-capital writing ("PUTIN SAYS RUSSIA WILL RESPOND") hides what the tagger reads most: which
 * words are capitalised. A sentence written mostly in capitals is given to the tagger in ordinary
 * case — known names capitalised (the gazetteer is case-blind), acronyms kept, dictionary words in
 * lower case, other words capitalised — while its spans keep pointing at the text as written.
 */
import { gazetteerMatches, isOrganisationWord, type GazetteerClass, type ModelLists } from './lexicon.js';

const ALL_CAPS = /^\p{Lu}[\p{Lu}\d'’.&-]*$/u;
const LETTERS = /\p{L}/u;
/** From this many words in capitals, and this share of the sentence's words, it is all-capital writing. */
const MIN_WORDS = 3;
const MIN_SHARE = 0.8;
/** Unknown words this short in capitals are more likely acronyms ("IMF", "NYSE") than words. */
const ACRONYM_LENGTH = 4;
const CONNECTOR = /^(of|and|the|de|du|da|del|la|al|el|von|van|for)$/;

/** Whether most of the sentence's words are written in capitals. */
export function isAllCapital(words: string[]): boolean {
  let letters = 0;
  let capitals = 0;
  for (const w of words) {
    // Most words start with a lower-case ASCII letter: a word with letters, not in capitals.
    const first = w.charCodeAt(0);
    if (first >= 97 && first <= 122) {
      letters++;
      continue;
    }
    if (!LETTERS.test(w)) continue;
    letters++;
    if (ALL_CAPS.test(w) && w.length > 1) capitals++;
  }
  return capitals >= MIN_WORDS && capitals >= MIN_SHARE * letters;
}

/** Whether a known name of one word written in capitals is an acronym: "US", "U.K.", "NATO", not "IRAN". */
const isAcronym = (w: string, cls: GazetteerClass) => w.length <= 3 || w.includes('.') || ((cls === 'org' || cls === 'listed-org') && w.length <= ACRONYM_LENGTH);

/** Whether the dictionary writes the word, or its stem before a plural or third-person "s", in lower case. */
const isDictionaryWord = (lower: string, lists: ModelLists) => lists.common.has(lower) || (lower.endsWith('s') && lists.common.has(lower.slice(0, -1)));

/** The words as the tagger should read them: in ordinary case if the sentence is all-capital writing. */
export function ordinaryCase(words: string[], lists: ModelLists): string[] {
  if (!isAllCapital(words)) return words;
  const known: (GazetteerClass | null)[] = words.map(() => null);
  const several = new Uint8Array(words.length);
  for (const m of gazetteerMatches(words, lists)) for (let k = m.first; k < m.last; k++) [known[k], several[k]] = [m.cls, m.last - m.first > 1 ? 1 : 0];
  return words.map((w, i) => {
    if (!ALL_CAPS.test(w) || w.length < 2) return w;
    const title = w[0] + w.slice(1).toLowerCase();
    const lower = w.toLowerCase();
    const cls = known[i];
    if (cls) return several[i] ? (CONNECTOR.test(lower) ? lower : title) : isAcronym(w, cls) ? w : title;
    if (lists.given.has(lower) || lists.surnames.has(lower)) return title;
    if (isOrganisationWord(w)) return title;
    // A dictionary word ("in", "will", "delays") is lower case, though the dictionary also knows it as a name.
    if (isDictionaryWord(lower, lists)) return i === 0 ? title : lower;
    return w.length <= ACRONYM_LENGTH || w.includes('.') ? w : title;
  });
}
