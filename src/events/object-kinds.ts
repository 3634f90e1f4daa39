import { findAgent } from '../knowledge/agents.js';
import { readDataRows } from '../knowledge/data-files.js';
import { dependencies } from '../model/dependencies.js';
import type { ArticleView } from './article-view.js';

/** What a noun phrase names: someone, somewhere, something else; `none` where there is no phrase. */
export type ObjectKind = 'person' | 'place' | 'thing' | 'none';

const PERSONAL = /^(him|her|them|us|me|you|whom|who|themselves|himself|herself)$/;
const QUANTITY = /^(thousand|thousands|hundred|hundreds|dozen|dozens|million|millions|scores|number|group|couple|handful|lot|lots|batch)$/;

let nouns: Map<string, ObjectKind> | null = null;

/** The person and place nouns of data/events/verb-frames.tsv, beside the agent nouns. */
function nounKind(lemma: string): ObjectKind | undefined {
  if (!nouns) {
    nouns = new Map();
    for (const [kind, what, lemma] of readDataRows('events/verb-frames.tsv')) if (kind === 'noun') nouns.set(lemma!, what as ObjectKind);
  }
  return nouns.get(lemma);
}

/** What the noun (or pronoun) at `head` names: someone, somewhere or something. */
export function tokenKind(view: ArticleView, head: number): Exclude<ObjectKind, 'none'> {
  const form = view.words.form[head];
  const lemma = view.words.lemma[head];
  // "thousands of refugees", "a group of journalists": what is counted.
  if (view.doc.tokens[head].upos === 'NUM' || QUANTITY.test(lemma)) {
    const deps = dependencies(view.doc.tokens);
    const counted = deps.dependents(head, 'nmod').find((n) => deps.dependents(n, 'case').some((c) => view.words.form[c] === 'of'));
    if (counted !== undefined) return tokenKind(view, counted);
  }
  if (view.doc.tokens[head].upos === 'PRON') return PERSONAL.test(form) ? 'person' : 'thing';
  if (isPlace(view, head)) return 'place';
  if (view.actorsAt[head]) return 'person';
  if (findAgent(lemma) || findAgent(form)) return 'person';
  const noun = nounKind(lemma);
  return noun === 'person' || noun === 'place' ? noun : 'thing';
}

const placeTokens = new WeakMap<ArticleView, boolean[]>();

/** Whether the token is inside a place the places stage found (marked once per article). */
function isPlace(view: ArticleView, t: number): boolean {
  let marked = placeTokens.get(view);
  if (!marked) {
    marked = new Array<boolean>(view.doc.tokens.length).fill(false);
    for (const [first, index] of view.placeAt) {
      const end = view.doc.places[index].end;
      for (let k = first; k < marked.length && view.doc.tokens[k].end <= end; k++) marked[k] = true;
    }
    placeTokens.set(view, marked);
  }
  return marked[t];
}
