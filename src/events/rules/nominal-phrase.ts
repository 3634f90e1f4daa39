import type { ArticleView } from '../article-view.js';
import { eventNouns, nounAt } from '../event-nouns.js';
import { phraseAfter } from '../participants.js';
import type { NominalRule } from './nominal-reading.js';

/** The event noun, its phrase ("the Geneva summit", "talks between X and Y") and the clause it is in. */

/** Verbs whose object names the event they stand for: "held a summit", "had a call". */
const LIGHT_VERBS = new Set(['hold', 'have', 'attend', 'host', 'conduct', 'join', 'make', 'begin', 'start', 'resume', 'continue', 'wrap', 'chair', 'stage', 'launch', 'mount', 'carry', 'impose', 'reimpose', 'declare', 'organize', 'organise', 'call', 'extend', 'tighten', 'enforce', 'complete', 'engage', 'intensify', 'escalate', 'accelerate', 'speed', 'step']);
export const POSSESSIVE_PRONOUN = new Set(['their', 'his', 'her', 'its', 'our']);

/** An event noun of data/events/event-nouns.tsv ends here, tagged a noun or followed by "between" or "with". */
export const eventNoun: NominalRule = {
  rule: 'noun.event-noun',
  apply: (r) => {
    const { view, i } = r;
    const { form, lemma } = view.words;
    const options = eventNouns().get(lemma[i]) ?? eventNouns().get(form[i]);
    if (!options) return false;
    r.noun = options.find((o) => nounAt(view.words, o.words, i)) ?? null;
    r.next = form[i + 1] ?? '';
    if (!r.noun || (view.doc.tokens[i].upos !== 'NOUN' && !view.compoundNoun[i] && r.next !== 'between' && r.next !== 'with')) return false;
    r.cameo = r.noun.cameo;
    return true;
  },
};

/** "truce monitors", "summit venue": a noun modifying the noun after it names no event. */
export const notModifier: NominalRule = {
  rule: 'noun.not-modifier',
  apply: (r) => !(r.view.doc.tokens[r.i + 1]?.upos === 'NOUN' && r.i + 1 < r.to && !r.view.inTime[r.i + 1]),
};

/** The noun phrase: the modifiers before the noun, and "between X and Y", "with Y", "of Y" after it. */
export const nounPhrase: NominalRule = {
  rule: 'noun.phrase',
  apply: (r) => {
    const { view, i, next } = r;
    r.nounFirst = i - r.noun!.words.length + 1;
    r.npStart = modifiersBefore(view, r.nounFirst, r.from);
    r.npEnd = i + 1;
    if (next === 'between' || next === 'with' || next === 'of') {
      if (next === 'between') r.between = i + 1;
      if (next === 'with') r.withAt = i + 1;
      r.npEnd = Math.max(i + 2, phraseAfter(view, i + 2, r.to));
    }
    for (let t = r.npStart; t < Math.min(r.to, r.npEnd + 3) && !r.ownTime; t++) r.ownTime = view.timeAt.has(t);
    return true;
  },
};

/** The clause the noun is in, and whether it is the object of a light verb ("held a summit"). */
export const clauseOfNoun: NominalRule = {
  rule: 'noun.clause',
  apply: (r) => {
    const { clauses, i } = r;
    // The innermost clause holding the noun; for "after a meeting with X", past a clause break, the one before it.
    const innermost = clauses.findLast((c) => c.start <= i && i < c.end) ?? clauses.findLast((c) => c.group.head < i) ?? null;
    // "continued their hunger strike to demand": an infinitive has no subject of its own; the noun before it is the object of the verb before.
    const outer = innermost?.group.infinitive && i < innermost.group.first ? clauses.findLast((c) => c.group.head < i && i < c.end && !c.group.infinitive) : undefined;
    r.clause = outer ?? innermost;
    r.clauseIndex = r.clause ? clauses.indexOf(r.clause) : -1;
    r.inObject = r.clause !== null && i > r.clause.group.head;
    r.light = r.inObject && LIGHT_VERBS.has(r.view.words.lemma[r.clause!.group.head]);
    return true;
  },
};

/** The start of the noun's modifiers: names, days, adjectives, a possessive, back to a determiner ("the Trump-Putin", "a Thursday phone"). */
export function modifiersBefore(view: ArticleView, noun: number, limit: number): number {
  const { tokens } = view.doc;
  const { form } = view.words;
  let first = noun;
  for (let k = noun - 1; k >= limit; k--) {
    const u = tokens[k].upos;
    const named = view.actorsAt[k] !== undefined || view.timeAt.has(k) || view.placeAt.has(k);
    if (u === 'DET' || POSSESSIVE_PRONOUN.has(form[k])) return k;
    const between = form[k] === 'and' && view.actorsAt[k - 1] !== undefined;
    if (named || u === 'PROPN' || u === 'ADJ' || u === 'NUM' || form[k] === '-' || form[k + 1] === '-' || /^'s?$/.test(form[k]) || between) first = k;
    else break;
  }
  return first;
}
