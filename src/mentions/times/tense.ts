import type { Token } from '../../model/schema.js';
import { timeLexicon } from './lexicon.js';

/** The time a clause speaks of, as far as its verbs tell: past, present or future. */
export type Tense = 'past' | 'present' | 'future';

/** Modals that leave the time open: "would" alone is no future cue, "could" is often past. */
const OPEN_MODALS = new Set(['would', 'could', "'d", 'should', 'might']);
const FUTURE_MODALS = new Set(['will', "'ll", 'shall', 'wo', 'may', 'can', 'must']);
const PRESENT_PASSIVE = new Set(['is', 'are', 'be', "'s", "'re"]);

/**
 * The tense of the clause around the token at `at`: the nearest verb group to the left decides (an open
 * modal passes the decision on to the verb that governs it), and when there is none, the nearest one
 * to the right. Verb groups are read from
 * the tagger's PTB tags: VBD past, VBN after "have"/"be" past, VBZ/VBP present, and a future cue
 * ("will", "going to", "is set to", "plans to", ...) future.
 */
export function clauseTense(tokens: Token[], text: string, at: number): Tense | null {
  for (let j = at - 1; j >= 0; j--) {
    const tense = verbTense(tokens, text, j);
    if (tense) return tense;
  }
  for (let j = at; j < tokens.length; j++) {
    const tense = verbTense(tokens, text, j);
    if (tense !== undefined) return tense;
  }
  return null;
}

/** undefined: not a verb; null: a verb that leaves the time open; otherwise its tense. */
function verbTense(tokens: Token[], text: string, j: number): Tense | null | undefined {
  const token = tokens[j];
  const word = text.slice(token.start, token.end).toLowerCase();
  if (token.xpos === 'MD') return FUTURE_MODALS.has(word) ? 'future' : OPEN_MODALS.has(word) ? null : undefined;
  if (!token.xpos.startsWith('VB')) return undefined;
  if (futureCueBefore(tokens, text, j) || timeLexicon().planLemmas.has(token.lemma.toLowerCase())) return 'future';
  const before = j > 0 ? text.slice(tokens[j - 1].start, tokens[j - 1].end).toLowerCase() : '';
  const twoBefore = j > 1 ? text.slice(tokens[j - 2].start, tokens[j - 2].end).toLowerCase() : '';
  if (token.xpos === 'VB') {
    if (OPEN_MODALS.has(before) || OPEN_MODALS.has(twoBefore)) return null;
    return FUTURE_MODALS.has(before) || FUTURE_MODALS.has(twoBefore) ? 'future' : undefined;
  }
  if (token.xpos === 'VBD') return 'past';
  if (token.xpos === 'VBN') {
    // "could be located": the modal before "be" decides.
    if (before === 'be' && OPEN_MODALS.has(twoBefore)) return null;
    if (before === 'be' && FUTURE_MODALS.has(twoBefore)) return 'future';
    return PRESENT_PASSIVE.has(before) ? 'present' : 'past';
  }
  if (token.xpos === 'VBZ' || token.xpos === 'VBP') return 'present';
  return undefined;
}

/** Whether a future cue ("going to", "set to", ...) ends right before the verb at `j`. */
function futureCueBefore(tokens: Token[], text: string, j: number): boolean {
  for (const cue of timeLexicon().futureCues) {
    if (cue.length === 1 || j < cue.length) continue;
    let k = 0;
    while (k < cue.length && text.slice(tokens[j - cue.length + k].start, tokens[j - cue.length + k].end).toLowerCase() === cue[k]) k++;
    if (k === cue.length) return true;
  }
  return false;
}
