import type { ArticleView } from './article-view.js';
import { entriesOf, matchElements, verbDictionary, type VerbDictionary, type VerbEntry, type VerbPattern, type Words } from './verb-dictionary.js';

/** A verb's dictionary entry and the pattern that fits it, with the codes they give. */
export interface VerbMatch {
  entry: VerbEntry;
  pattern: VerbPattern | null;
  active: string;
  passive: string;
  /** First token after the verb and its particles. */
  afterFrom: number;
}

/** A verb the dictionary lacks, with no code of its own. */
export function bareVerb(view: ArticleView, head: number): VerbMatch {
  const entry: VerbEntry = { words: [view.words.lemma[head]], forms: new Set(), block: '-', active: '', passive: '', patterns: [], patternsByKey: new Map(), keyless: [], undergoer: false, at: null };
  return { entry, pattern: null, active: '', passive: '', afterFrom: head + 1 };
}

/**
 * The dictionary entry and the most specific pattern that fit the verb at `head`. The user's
 * dictionaries (`--verbs`) come first: what they code for the verb overrides the shipped patterns.
 */
export function matchVerb(view: ArticleView, head: number, clauseStart: number, groupFirst: number, clauseEnd: number): VerbMatch | null {
  const user = view.userVerbs && matchIn(view.userVerbs, view, head, clauseStart, groupFirst, clauseEnd);
  if (user && (user.active || user.passive)) return user;
  return matchIn(verbDictionary(), view, head, clauseStart, groupFirst, clauseEnd) ?? user;
}

function matchIn(dict: VerbDictionary, view: ArticleView, head: number, clauseStart: number, groupFirst: number, clauseEnd: number): VerbMatch | null {
  const { words } = view;
  const entries = entriesOf(dict, words.lemma[head]) ?? entriesOf(dict, words.form[head]);
  if (!entries) return null;
  for (const entry of entries) {
    const tail = entry.words.length - 1;
    let fits = true;
    for (let k = 1; k <= tail && fits; k++) fits = words.form[head + k] === entry.words[k] || words.lemma[head + k] === entry.words[k];
    if (!fits) continue;
    const afterFrom = head + 1 + tail;
    const found = bestPattern(entry, words, afterFrom, clauseStart, groupFirst, clauseEnd);
    if (found) return { entry, pattern: found, active: found.active, passive: found.passive, afterFrom };
    return { entry, pattern: null, active: entry.active, passive: entry.passive, afterFrom };
  }
  return null;
}

/** The first (most specific) of an entry's patterns that fits the clause, or null. */
function bestPattern(entry: VerbEntry, words: Words, afterFrom: number, clauseStart: number, groupFirst: number, clauseEnd: number): VerbPattern | null {
  // The words within reach of the verb, to try at once only the patterns whose keys are among them.
  const near = new Set<string>();
  for (let k = afterFrom; k < clauseEnd; k++) near.add(words.form[k]).add(words.lemma[k]);
  const tried: number[] = [...entry.keyless];
  for (const word of near) {
    const list = entry.patternsByKey.get(word);
    if (list) for (const k of list) tried.push(k);
  }
  tried.sort((a, b) => a - b);
  for (let t = 0; t < tried.length; t++) {
    if (t > 0 && tried[t] === tried[t - 1]) continue;
    const pattern = entry.patterns[tried[t]];
    if (!pattern.keys.every((alts) => alts.some((w) => near.has(w)))) continue;
    // Words before the verb are its subject's last words: "a first patch of Bangladeshi peacekeeping troops arrived".
    if (pattern.before.length && !matchElements(pattern.before, words, Math.max(clauseStart, groupFirst - 5), groupFirst)) continue;
    if (matchElements(pattern.after, words, afterFrom, clauseEnd)) return pattern;
  }
  return null;
}
