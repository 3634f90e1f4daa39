import { findAgent } from '../knowledge/agents.js';
import { readDataRows } from '../knowledge/data-files.js';
import { dependencies } from '../model/dependencies.js';
import type { ArticleView } from './article-view.js';
import { phraseAfter } from './participants.js';
import type { VerbEntry } from './verb-dictionary.js';

/** What a verb's object is: someone, somewhere, something else, or nothing. */
export type ObjectKind = 'person' | 'place' | 'thing' | 'none';

/** A row of data/events/verb-frames.tsv: the object kinds a verb's own code needs. */
export interface VerbFrame {
  kinds: ReadonlySet<ObjectKind>;
  /** The row as written, for the evidence. */
  entry: string;
}

const PERSONAL = /^(him|her|them|us|me|you|whom|who|themselves|himself|herself)$/;
const QUANTITY = /^(thousand|thousands|hundred|hundreds|dozen|dozens|million|millions|scores|number|group|couple|handful|lot|lots|batch)$/;

let frames: { byVerb: Map<string, VerbFrame>; nouns: Map<string, ObjectKind> } | null = null;

function load() {
  if (frames) return frames;
  const byVerb = new Map<string, VerbFrame>();
  const nouns = new Map<string, ObjectKind>();
  for (const [kind, a, b, c] of readDataRows('events/verb-frames.tsv')) {
    if (kind === 'frame') byVerb.set(`${a}\t${b}`, { kinds: new Set(c!.split('|') as ObjectKind[]), entry: `${a} ${b} + ${c} object` });
    else if (kind === 'noun') nouns.set(b!, a as ObjectKind);
  }
  return (frames = { byVerb, nouns });
}

/** The frame a dictionary entry's own code needs: the verb's row, else its block's; null when none is written. */
export function frameOf(entry: VerbEntry): VerbFrame | null {
  const { byVerb } = load();
  return byVerb.get(`${entry.block}\t${entry.words.join(' ')}`) ?? byVerb.get(`${entry.block}\t*`) ?? null;
}

/**
 * The kind of the object of the verb at `verb`: its direct object in the parse (the subject of a
 * passive), else the noun phrase right after the verb's words [from, to) when the parse gives none.
 */
export function objectKind(view: ArticleView, verb: number, passive: boolean, from: number, to: number): ObjectKind {
  const deps = dependencies(view.doc.tokens);
  let head = passive ? deps.dependent(verb, 'nsubj') : deps.dependent(verb, 'obj');
  // A reduced passive ("ships seized by X") hangs on the noun it tells of.
  if (head < 0 && passive && deps.tokens[verb].deprel === 'acl') head = deps.tokens[verb].head;
  if (head < 0 && !passive) head = phraseHead(view, from, phraseAfter(view, from, to));
  return head < 0 ? 'none' : tokenKind(view, head);
}

/** The last noun or pronoun of the phrase [from, to), or -1. */
function phraseHead(view: ArticleView, from: number, to: number): number {
  for (let t = to - 1; t >= from; t--) if (/^(NOUN|PROPN|PRON)$/.test(view.doc.tokens[t].upos)) return t;
  return -1;
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
  const noun = load().nouns.get(lemma);
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
