import { findAgent } from '../knowledge/agents.js';
import { REGION_WORDS } from '../mentions/places/stage.js';
import type { ArticleView } from './article-view.js';
import { tokenKind } from './object-kinds.js';

/** Words that may sit inside a noun phrase when walking back from a verb to its subject. */
const NP_UPOS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PRON', 'PART', 'CCONJ', 'X', 'SYM']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'from', 'into', 'across']);
const PLURAL_PRONOUN = new Set(['they', 'their', 'them', 'both']);
const SINGULAR_PRONOUN = new Set(['he', 'she', 'his', 'her', 'him']);
const THING_PRONOUN = new Set(['it', 'its']);

/**
 * Whether the phrase [from, to) is headed by an agent noun ("Israeli soldiers", "the rebels"), or by
 * a noun a demonym qualifies ("Russian aircraft", "Swiss doctors"): someone acts, though no actor
 * was resolved.
 */
export function agentHeaded(view: ArticleView, from: number, to: number): boolean {
  const { tokens, text } = view.doc;
  for (let t = to - 1; t >= from; t--) {
    const u = tokens[t].upos;
    if (u === 'NOUN') {
      if (findAgent(view.words.lemma[t]) !== null || findAgent(view.words.form[t]) !== null) return true;
      for (let k = t - 1; k >= from && /^(ADJ|PROPN|NOUN)$/.test(tokens[k].upos); k--) if (isDemonym(text.slice(tokens[k].start, tokens[k].end))) return true;
      return false;
    }
    // "the wounded", "the injured": an adjective heading a phrase after "the" stands for people.
    if (u === 'ADJ') return t > from && view.words.form[t - 1] === 'the';
    // A list may end on its conjunction: "two Iraqi youths and".
    if (u !== 'PUNCT' && u !== 'ADV' && u !== 'CCONJ') return false;
  }
  return false;
}

/**
 * A subject that is a noun phrase headed by a noun ("Prisoners rioted", "Islamic fundamentalists
 * continued"): someone the actor layer did not resolve acts; pronouns and "there" name no one.
 */
export function nounSubject(view: ArticleView, from: number, to: number): boolean {
  const { tokens } = view.doc;
  let last = to - 1;
  // "The European Community on Monday gave": past adverbs, times and the preposition of a time.
  while (last >= from && (tokens[last].upos === 'ADV' || view.inTime[last] || tokens[last].upos === 'PUNCT' || (tokens[last].upos === 'ADP' && view.inTime[last + 1]))) last--;
  // An event noun ("talks between X and Y would mark") tells what happened, not who acts.
  return last >= from && /^(NOUN|PROPN)$/.test(tokens[last].upos) && !view.inTime[last] && !view.eventNoun[last];
}

/**
 * A phrase headed by a thing of a country ("Israeli tanks", "Iraqi artillery"): the country acts
 * through it, as PETRARCH codes a noun by the actor that qualifies it.
 */
function countryThing(view: ArticleView, from: number, to: number): boolean {
  const { tokens } = view.doc;
  let t = to - 1;
  while (t >= from && tokens[t].upos === 'PUNCT') t--;
  if (t <= from || tokens[t].upos !== 'NOUN' || view.actorsAt[t]) return false;
  for (let k = t - 1; k >= from && /^(ADJ|PROPN|NOUN)$/.test(tokens[k].upos); k--) {
    if (view.actorsAt[k]?.some((id) => view.actorById.get(id)?.kind === 'country')) return true;
  }
  return false;
}

/** A capitalised adjective of nationality or people: "Israeli", "Swiss", "Palestinian", "Kurdish". */
function isDemonym(word: string): boolean {
  return /^[A-Z][a-z]+(an|ian|ese|ish|i|ic|ch|ss)$/.test(word);
}

/** The unique actor ids mentioned in tokens [from, to), leaving out the places of things named after "in", "at". */
export function actorsIn(view: ArticleView, from: number, to: number): string[] {
  const ids: string[] = [];
  const whose: string[] = [];
  for (let t = from; t < to; t++) {
    const at = view.actorsAt[t];
    if (!at) continue;
    // Where things are is no participant ("positions in northern Iraq"); where people are tells
    // whose they are when nothing else does ("forces in eastern Bosnia", not "US troops in Iraq"),
    // as in the parse (parse-participants.ts).
    const preposition = view.placeAt.has(t) ? prepositionOf(view, t) : -1;
    if (preposition >= 0) {
      if (preposition > from && tokenKind(view, preposition - 1) === 'person' && !ids.length) whose.push(...at);
      continue;
    }
    for (const id of at) if (!ids.includes(id)) ids.push(id);
  }
  return ids.length ? ids : [...new Set(whose)];
}

/** The preposition before a place, past words of direction ("in" for "in northern Iraq"): its token, or -1. */
function prepositionOf(view: ArticleView, place: number): number {
  let k = place - 1;
  while (k > 0 && REGION_WORDS.test(view.words.form[k])) k--;
  return LOCATIVE.has(view.words.form[k] ?? '') ? k : -1;
}

/** Whether the place at token `place` follows a preposition of place ("in northern Iraq"). */
export function isLocative(view: ArticleView, place: number): boolean {
  return prepositionOf(view, place) >= 0;
}

/** The noun phrase (or list of them) ending just before `index`: its first token, or `index` when there is none. */
export function phraseBefore(view: ArticleView, index: number, limit: number): number {
  const { doc, words } = view;
  let first = index;
  for (let k = index - 1; k >= limit; k--) {
    const t = doc.tokens[k];
    const form = words.form[k];
    // A plural tagged as a verb after a name ("Ivory Coast rebels") is no verb group, so it is in the phrase.
    const inName = view.actorsAt[k] !== undefined || view.eventNoun[k] || (t.xpos === 'VBZ' && doc.tokens[k - 1]?.upos === 'PROPN');
    if (inName || NP_UPOS.has(t.upos) || form === '-' || (form === 'of' && k > limit && doc.tokens[k - 1].upos === 'PROPN')) {
      if (t.upos === 'PRON' && /^(that|which|who|whom)$/.test(form) && k < index - 1) break;
      if (t.upos === 'CCONJ' && form !== 'and' && form !== '&') break;
      first = k;
    } else break;
  }
  // A phrase does not start with "and".
  while (first < index && words.form[first] === 'and') first++;
  return first;
}

/** The end of the noun phrase (or list of them) starting at `index`. */
export function phraseAfter(view: ArticleView, index: number, limit: number): number {
  let end = index;
  for (let k = index; k < limit; k++) {
    const t = view.doc.tokens[k];
    const form = view.words.form[k];
    if (view.actorsAt[k] !== undefined || (NP_UPOS.has(t.upos) && (t.upos !== 'CCONJ' || form === 'and')) || form === '-') end = k + 1;
    else break;
  }
  return end;
}

/**
 * The actors a phrase is about: the names that head it or its coordinated parts ("the US and
 * Russia", "the Trump administration" → the administration), else its possessor ("Trump's hopes").
 */
export function headActors(view: ArticleView, from: number, to: number): string[] {
  const { actorsAt, words } = view;
  const ids: string[] = [];
  for (let t = from; t < to; t++) {
    const at = actorsAt[t];
    // A name is read at its last word within the phrase (a mention may run on past it: "Iyad Allawi,").
    if (!at || (t + 1 < to && actorsAt[t + 1] === at)) continue;
    // A name followed by a noun modifies it ("the Trump administration"); otherwise it heads its part.
    const modifies = t + 1 < to && (view.doc.tokens[t + 1].upos === 'NOUN' || /^'s?$/.test(words.form[t + 1])) && !view.timeAt.has(t + 1);
    if (!modifies) for (const id of at) if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length) return ids;
  // "US servicemen", "Israeli soldiers": the country of an agent noun acts.
  if (agentHeaded(view, from, to) || countryThing(view, from, to)) return actorsIn(view, from, to);
  for (let t = from; t < to - 1; t++) {
    const at = actorsAt[t];
    if (at && actorsAt[t + 1] !== at && (/^'s?$/.test(words.form[t + 1]) || /'s$/.test(words.form[t]))) for (const id of at) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Who a pronoun stands for, from the subjects and the pairs of names ("X and Y") met before: "they"
 * the last group of two or more actors, "he"/"she" the last single person. A shallow guess, bounded
 * to the last few sentences.
 */
export class Salience {
  /** Pairs of names, found up front, and subjects, noted as the text is read: each in text order. */
  private readonly pairs: { ids: string[]; token: number }[] = [];
  private readonly subjects: { ids: string[]; token: number }[] = [];

  constructor(private readonly view: ArticleView) {
    const { actorsAt, words } = view;
    for (let t = 1; t < words.form.length - 1; t++) {
      const left = actorsAt[t - 1];
      if (words.form[t] !== 'and' || !left) continue;
      for (let k = t + 1; k < words.form.length && k <= t + 3; k++) {
        const right = actorsAt[k];
        if (right) {
          if (right[0] !== left[0]) this.pairs.push({ ids: [left[0], right[0]], token: t });
          break;
        }
        if (view.doc.tokens[k].upos !== 'PROPN' && view.doc.tokens[k].upos !== 'NOUN') break;
      }
    }
  }

  note(ids: string[], token: number) {
    if (ids.length) this.subjects.push({ ids, token });
  }

  resolve(pronoun: string, token: number): string[] {
    const kind = (s: { ids: string[] }) => this.view.actorById.get(s.ids[0])?.kind ?? '';
    let fits: ((s: { ids: string[] }) => boolean) | null = null;
    // "they" stands for a pair, or for a collective named alone ("the rebels said they would").
    if (PLURAL_PRONOUN.has(pronoun)) fits = (s) => s.ids.length >= 2 || /^(group|organisation)$/.test(kind(s));
    else if (SINGULAR_PRONOUN.has(pronoun)) fits = (s) => s.ids.length === 1 && kind(s) === 'person';
    else if (THING_PRONOUN.has(pronoun)) fits = (s) => s.ids.length === 1 && /^(country|organisation|group)$/.test(kind(s));
    if (!fits) return [];
    const latest = (list: { ids: string[]; token: number }[]) => {
      for (let i = list.length - 1; i >= 0; i--) {
        const s = list[i];
        if (s.token >= token) continue;
        if (token - s.token >= 150) return null;
        if (fits!(s)) return s;
      }
      return null;
    };
    const a = latest(this.subjects);
    const b = latest(this.pairs);
    return (a && (!b || a.token >= b.token) ? a : b)?.ids ?? [];
  }
}

/**
 * The actors of a phrase: its names; else what its pronoun stands for ("they", "he" heading the
 * phrase); else, for a definite plural that names no one ("the leaders", "the two", "both sides"),
 * the last pair of actors met.
 */
export function phraseActors(view: ArticleView, salience: Salience, from: number, to: number): string[] {
  if (from >= to) return [];
  const named = headActors(view, from, to);
  if (named.length) return named;
  const { form } = view.words;
  const last = form[to - 1];
  if (PLURAL_PRONOUN.has(last) || SINGULAR_PRONOUN.has(last) || THING_PRONOUN.has(last)) return salience.resolve(last, to - 1);
  const plural = view.doc.tokens[to - 1].xpos === 'NNS' || last === 'two' || last === 'both';
  if (plural && /^(the|both)$/.test(form[from]) && to - from <= 4) return salience.resolve('they', to - 1);
  return [];
}
