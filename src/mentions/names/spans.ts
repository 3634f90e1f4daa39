/**
 * Name spans: the tagger's spans cut to the name, and the other candidates the span typer
 * (span-typer.ts) judges — the tagger's spans widened to their run of capitalised words, gazetteer
 * matches, runs of capitalised words the tagger left out, and known places in lower-case writing.
 */
import { findCountry } from '../../knowledge/countries.js';
import { isOrganisationWord, type GazetteerMatch, type ModelLists } from './lexicon.js';
import { isTitleOnly, isTitleWord, nameEnd, nameStart } from './name-edges.js';
import type { Candidate } from './span-typer.js';

export type Span = { first: number; last: number; type: string };

const CONNECTOR = /^(of|and|the|for|de|du|da|del|la|al|el|von|van|&|-)$/;
const INITIALS = /^(\p{Lu}\.)+$/u;

/**
 * The tagger's spans cut to the name (CoNLL convention): determiners and titles stripped — what
 * follows a title is a person — titles alone dropped, spans broken at lower-case words that no
 * name holds ("Kremlin said Russian"), and a person's name extended over capitalised words the
 * tagger left before it.
 */
export function tidy(words: string[], spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    // Only a person's span can be a bare title: "Georgetown University" ends in an agent noun too.
    if (span.type === 'PER' && isTitleOnly(words.slice(span.first, span.last))) continue;
    const plain = nameStart(words, span.first, span.last, false);
    // A title may begin before the span ("Secretary of | State Anna Berg"): read it whole.
    let from = span.first;
    while (from > 0 && span.first - from < 4 && isTitleWord(words[from - 1]!)) from--;
    // An organisation's own agent noun ("Irving Police Department", "Church of Scientology") is
    // no title before a person.
    const personal = !words.slice(span.type === 'PER' ? span.first : span.last - 1, span.last).some(isOrganisationWord);
    const a = personal ? Math.max(plain, nameStart(words, from, span.last, true)) : plain;
    const type = a > plain ? 'PER' : span.type;
    let start = type === 'PER' ? a : plain;
    const end = nameEnd(words, start, span.last);
    for (let k = start; k <= end; k++) {
      if (k < end && (/^\p{Lu}|^[^\p{L}]/u.test(words[k]!) || (CONNECTOR.test(words[k]!) && k > start))) continue;
      let last = k;
      while (last > start && CONNECTOR.test(words[last - 1]!)) last--;
      if (words.slice(start, last).some((w) => /\p{Lu}/u.test(w))) out.push({ first: start, last, type });
      start = k + 1;
    }
  }
  for (const span of out) {
    const free = (k: number) => !out.some((o) => o.first <= k && k < o.last);
    // Initials belong to the name ("K.C. Smith", "J.M. Huber Corporation"); a country's do not ("U.S.").
    while (span.type !== 'LOC' && span.first > 0 && free(span.first - 1) && INITIALS.test(words[span.first - 1]!) && !findCountry(words[span.first - 1]!)) span.first--;
    if (span.type !== 'PER') continue;
    while (span.first > 1 && free(span.first - 1) && /^\p{Lu}\p{Ll}/u.test(words[span.first - 1]!) && !isTitleWord(words[span.first - 1]!)) span.first--;
  }
  return out;
}

const capitalised = (w: string) => /^\p{Lu}/u.test(w);
const DETERMINER = /^(the|a|an|my|your|his|her|its|our|their|this|that|some|any|no)$/i;

const joins = (words: string[], k: number, next: number) => CONNECTOR.test(words[k]!) && next >= 0 && next < words.length && capitalised(words[next]!);

/** The widest run of capitalised words and connectors between them around words [a, b). */
function capitalisedRun(words: string[], a: number, b: number): [number, number] {
  while (a > 0 && (capitalised(words[a - 1]!) || joins(words, a - 1, a - 2))) a--;
  while (b < words.length && (capitalised(words[b]!) || joins(words, b, b + 1))) b++;
  return [a, b];
}

const leading = new WeakMap<Set<string>, Set<string>>();

/** Every part of the names of `names` before one of their spaces ("new" of "new york"). */
function leadingWords(names: Set<string>): Set<string> {
  let out = leading.get(names);
  if (out === undefined) {
    out = new Set();
    for (const name of names) for (let k = name.indexOf(' '); k >= 0; k = name.indexOf(' ', k + 1)) out.add(name.slice(0, k));
    leading.set(names, out);
  }
  return out;
}

/** Parts of speech of words that start no name when capitalised ("In | Fallujah", "At | Google"). */
const FUNCTION_WORD = new Set(['ADP', 'SCONJ', 'CCONJ', 'PRON', 'AUX', 'PART', 'ADV', 'INTJ']);

/**
 * Candidates of one sentence, overlapping only where the tagger's spans are widened to a whole
 * run (which may cover other candidates): the tagger's spans first, then gazetteer matches, then
 * maximal runs of capitalised words (joined by connectors: "Bank of England") cut to the name,
 * without a leading function word.
 */
export function candidates(words: string[], upos: string[], tagged: Span[], matches: GazetteerMatch[], lists: ModelLists): Candidate[] {
  const taken = new Uint8Array(words.length);
  const free = (a: number, b: number) => !taken.subarray(a, b).includes(1);
  const out: Candidate[] = [];
  const add = (first: number, last: number, type: string | null, rule: string) => {
    out.push({ first, last, tagged: type, rule });
    if (rule !== 'extended') taken.fill(1, first, last);
  };
  for (const s of tagged) add(s.first, s.last, s.type, 'tagger');
  for (const m of matches) {
    // Names go without their determiner: "The Kremlin" → "Kremlin".
    const first = nameStart(words, m.first, m.last, false);
    if (free(first, m.last)) add(first, m.last, null, 'gazetteer');
  }
  // The tagger often stops short of a long name ("Church | of Scientology"): the whole run of
  // capitalised words around its span competes with it (the stage keeps the better-judged one).
  for (const s of tagged) {
    const [a, b] = capitalisedRun(words, s.first, s.last);
    const first = nameStart(words, a, b, false);
    const last = nameEnd(words, first, b);
    const wider = (first < s.first || last > s.last) && first <= s.first && last >= s.last;
    if (wider && !out.some((c) => c.first === first && c.last === last)) add(first, last, s.type, 'extended');
  }
  for (let i = 0; i < words.length; i++) {
    if (taken[i] || !capitalised(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && !taken[j] && (capitalised(words[j]!) || (CONNECTOR.test(words[j]!) && j + 1 < words.length && !taken[j + 1] && capitalised(words[j + 1]!)))) j++;
    let first = nameStart(words, i, j, false);
    while (first < j - 1 && FUNCTION_WORD.has(upos[first]!)) first++;
    add(first, nameEnd(words, first, j), null, 'pattern');
    i = j - 1;
  }
  // Lower-case writing: known place names, not after a determiner ("the turkey"). Two words are
  // joined and looked up only after a word that starts a known name of two.
  const starts = leadingWords(lists.lowerPlaces);
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const two = starts.has(words[i]!) && i + 1 < words.length && !taken[i + 1] && lists.lowerPlaces.has(`${words[i]} ${words[i + 1]}`);
    if ((two || lists.lowerPlaces.has(words[i]!)) && !(i > 0 && DETERMINER.test(words[i - 1]!))) add(i, i + (two ? 2 : 1), null, 'lower-case');
  }
  return out.sort((x, y) => x.first - y.first);
}
