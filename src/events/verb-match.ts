import type { ArticleView } from './article-view.js';
import { matchElements, verbDictionary, type VerbEntry, type VerbPattern } from './verb-dictionary.js';

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
  const entry: VerbEntry = { words: [view.words.lemma[head]], forms: new Set(), block: '-', active: '', passive: '', patterns: [] };
  return { entry, pattern: null, active: '', passive: '', afterFrom: head + 1 };
}

/** The dictionary entry and the most specific pattern that fit the verb at `head`. */
export function matchVerb(view: ArticleView, head: number, clauseStart: number, groupFirst: number, clauseEnd: number): VerbMatch | null {
  const { words } = view;
  const dict = verbDictionary();
  const entries = dict.byWord.get(words.lemma[head]) ?? dict.byWord.get(words.form[head]);
  if (!entries) return null;
  for (const entry of entries) {
    const tail = entry.words.slice(1);
    if (!tail.every((w, k) => words.form[head + 1 + k] === w || words.lemma[head + 1 + k] === w)) continue;
    const afterFrom = head + 1 + tail.length;
    // The words within reach of the verb, to skip at once the patterns that ask for others.
    const near = new Set<string>();
    for (let k = afterFrom; k < clauseEnd; k++) near.add(words.form[k]).add(words.lemma[k]);
    for (const pattern of entry.patterns) {
      if (!pattern.keys.every((alts) => alts.some((w) => near.has(w)))) continue;
      // Words before the verb are its subject's last words: "a first patch of Bangladeshi peacekeeping troops arrived".
      if (pattern.before.length && !matchElements(pattern.before, words, Math.max(clauseStart, groupFirst - 5), groupFirst)) continue;
      if (matchElements(pattern.after, words, afterFrom, clauseEnd)) return { entry, pattern, active: pattern.active, passive: pattern.passive, afterFrom };
    }
    return { entry, pattern: null, active: entry.active, passive: entry.passive, afterFrom };
  }
  return null;
}
