import type { DocumentModel } from '../model/document.js';
import { tokenRange } from '../model/token-index.js';
import type { Actor } from '../model/schema.js';
import type { VerbDictionary, Words } from './verb-dictionary.js';

/**
 * What the events stage reads of the earlier layers, indexed by token: the words, the actors
 * mentioned at each token, and the times and places by their first token.
 */
export interface ArticleView {
  doc: DocumentModel;
  words: Words;
  /** The actor ids mentioned at each token (two for "Trump-Putin"), or undefined. */
  actorsAt: (string[] | undefined)[];
  actorById: Map<string, Actor>;
  /** Index into doc.times of the time starting at a token. */
  timeAt: Map<number, number>;
  /** Index into doc.places of the place starting at a token. */
  placeAt: Map<number, number>;
  /** Tokens inside a time expression. */
  inTime: boolean[];
  /** Tokens that are event nouns ("talks", "summit"), whatever their tag. */
  eventNoun: boolean[];
  /** Tokens that end an event noun of two or more words ("hunger strike"): nouns, whatever their tag. */
  compoundNoun: boolean[];
  /** The user's verb dictionaries (`--verbs`), matched before the shipped patterns; null when none. */
  userVerbs: VerbDictionary | null;
}

/** What the view asks of the event dictionaries. */
export interface Lexicon {
  isEventWord: (form: string, lemma: string) => boolean;
  /** Whether the words ending at token i make an event noun of two or more words. */
  endsCompound: (words: Words, i: number) => boolean;
  isVerb: (word: string) => boolean;
  userVerbs?: VerbDictionary;
}

export function viewArticle(doc: DocumentModel, { isEventWord, endsCompound, isVerb, userVerbs }: Lexicon): ArticleView {
  const { tokens, text } = doc;
  const words: Words = {
    form: tokens.map((t) => text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'")),
    lemma: tokens.map((t) => verbLemma(t.lemma.toLowerCase(), t.xpos, isVerb)),
    upos: tokens.map((t) => t.upos),
  };
  const actorsAt: (string[] | undefined)[] = new Array(tokens.length);
  // A mention of several actors at once (a dictionary's "[FRO/BIL/SAM]") stands for all of them.
  const bySpan = new Map<string, string[]>();
  const mark = (span: { start: number; end: number }, ids: string[]) => {
    const key = `${span.start}:${span.end}`;
    const before = bySpan.get(key);
    const all = before ? [...before, ...ids.filter((id) => !before.includes(id))] : ids;
    bySpan.set(key, all);
    const [a, b] = tokenRange(tokens, span);
    for (let t = a; t < b; t++) actorsAt[t] = all;
  };
  const names = new Map<string, string>();
  for (const actor of doc.actors) {
    for (const m of actor.mentions) {
      mark(m, [actor.id]);
      const name = text.slice(m.start, m.end).replace(/[’']s$/, '');
      if (actor.kind !== 'anonymous') names.set(name.toLowerCase(), actor.id);
    }
  }
  // "Trump-Putin summit": a hyphenated pair of names stands for both actors.
  for (const e of doc.entities) {
    const parts = e.text.replace(/[’']s$/, '').split('-');
    if (parts.length !== 2) continue;
    const ids = parts.map((p) => names.get(p.toLowerCase()));
    if (ids[0] && ids[1] && ids[0] !== ids[1]) mark(e, ids as string[]);
  }
  const timeAt = new Map<number, number>();
  const inTime: boolean[] = new Array(tokens.length).fill(false);
  doc.times.forEach((t, i) => {
    const [a, b] = tokenRange(tokens, t);
    timeAt.set(a, i);
    for (let k = a; k < b; k++) inTime[k] = true;
  });
  const placeAt = new Map<number, number>();
  doc.places.forEach((p, i) => placeAt.set(tokenRange(tokens, p)[0], i));
  const eventNoun = words.form.map((f, i) => isEventWord(f, words.lemma[i]));
  const compoundNoun = words.form.map((_, i) => eventNoun[i] && endsCompound(words, i));
  return { doc, words, actorsAt, actorById: new Map(doc.actors.map((a) => [a.id, a])), timeAt, inTime, placeAt, eventNoun, compoundNoun, userVerbs: userVerbs ?? null };
}

/**
 * The lemma of an inflected verb whose stem lost its final e ("imposed" → "impos"), restored when
 * only the form with the e is a verb the event dictionaries know.
 */
function verbLemma(lemma: string, xpos: string, isVerb: (word: string) => boolean): string {
  if (!/^VB[DNG]$/.test(xpos) || /[aeiouy]$/.test(lemma) || isVerb(lemma) || !isVerb(`${lemma}e`)) return lemma;
  return `${lemma}e`;
}
