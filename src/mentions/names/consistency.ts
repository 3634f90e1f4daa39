/**
 * One article names one thing the same way: a name the tagger typed in one sentence has that type
 * everywhere in the article, and is found again where the tagger missed it. Sentence by sentence
 * the tagger sees too little context ("Microsoft said" looks like a person); the article as a whole
 * usually settles it.
 */
import { classify, type GazetteerClass, type ModelLists } from './lexicon.js';
import { isRoleWord } from './name-edges.js';

/** A name over tokens [first, last) of the article's token list. */
export interface TokenSpan {
  first: number;
  last: number;
  type: string;
  rule: string;
}

/**
 * Gives each name the type most of its mentions got; a lone word that ends a person's full name
 * ("Obama" after "Barack Obama") is that person.
 */
export function voteTypes(spans: TokenSpan[], forms: string[]): void {
  const key = (s: TokenSpan) => forms.slice(s.first, s.last).join(' ');
  const votes = new Map<string, Map<string, number>>();
  for (const s of spans) {
    const byType = votes.get(key(s)) ?? new Map<string, number>();
    byType.set(s.type, (byType.get(s.type) ?? 0) + 1);
    votes.set(key(s), byType);
  }
  const surnames = new Set(spans.filter((s) => s.type === 'PER' && s.last - s.first > 1).map((s) => forms[s.last - 1]!));
  for (const s of spans) {
    const text = key(s);
    if (s.last - s.first === 1 && surnames.has(text)) {
      s.type = 'PER';
      continue;
    }
    let best = s.type;
    for (const [type, n] of votes.get(text)!) if (n > votes.get(text)!.get(best)!) best = type;
    s.type = best;
  }
}

/** Gazetteer classes of a lone word that make it a place wherever the article repeats it. */
const KNOWN_PLACE = new Set<GazetteerClass | null>(['place', 'country']);

/**
 * Further mentions of names already found: the same capitalised words elsewhere in the article
 * (within a sentence), and a person's surname on its own. Returns the new spans. A lone word taken
 * for a place is repeated only if the gazetteer knows it as one: unknown lone words taken for
 * places are often products or titles ("Polaroid", "IE6"), and one wrong call would spread.
 */
export function propagate(spans: TokenSpan[], forms: string[], sentenceOf: Int32Array, lists: ModelLists): TokenSpan[] {
  const known = new Map<string, string[]>();
  const add = (words: string[], type: string) => {
    if (!/^\p{Lu}/u.test(words[0]!) || !words.every((w) => /^\p{Lu}/u.test(w) || !/\p{L}/u.test(w) || /^(of|and|the|for|de|la)$/.test(w))) return;
    if (words.join('').length < 2 || (words.length === 1 && type === 'LOC' && !KNOWN_PLACE.has(classify(words[0]!, lists)))) return;
    const entry = known.get(words[0]!) ?? [];
    known.set(words[0]!, entry);
    entry.push(type + '\t' + words.join(' '));
  };
  for (const s of spans) {
    add(forms.slice(s.first, s.last), s.type);
    if (s.type === 'PER' && s.last - s.first > 1) add([forms[s.last - 1]!], 'PER');
  }
  // A company or foundation is named again without its designator ("Mozilla Foundation" → "Mozilla").
  const people = new Set(spans.filter((s) => s.type === 'PER').flatMap((s) => forms.slice(s.first, s.last)));
  for (const s of spans) {
    if (s.type !== 'ORG' || s.last - s.first < 2 || !DESIGNATOR.test(forms[s.last - 1]!)) continue;
    let end = s.last - 1;
    if (forms[end - 1] === ',') end--;
    const short = forms.slice(s.first, end);
    if (short.join('').length >= 3 && !short.some((w) => people.has(w) || lists.given.has(w.toLowerCase()))) add(short, 'ORG');
  }
  const taken = new Uint8Array(forms.length);
  for (const s of spans) taken.fill(1, s.first, s.last);
  const found: TokenSpan[] = [];
  for (let i = 0; i < forms.length; i++) {
    const candidates = known.get(forms[i]!);
    if (!candidates || taken[i]) continue;
    let best: TokenSpan | null = null;
    for (const entry of candidates) {
      const [type, text] = entry.split('\t') as [string, string];
      const n = text.split(' ').length;
      const last = i + n;
      if (last > forms.length || sentenceOf[last - 1] !== sentenceOf[i] || taken.subarray(i, last).some((t) => t)) continue;
      if (forms.slice(i, last).join(' ') !== text || (best && best.last - best.first >= n)) continue;
      // Names do not run on: no capitalised word right after the match, nor before it but a title,
      // and no connector joining it to one ("Church | of Scientology").
      const same = (k: number) => k >= 0 && k < forms.length && sentenceOf[k] === sentenceOf[i];
      const capital = (k: number) => same(k) && /^\p{Lu}/u.test(forms[k]!);
      if (capital(last) || (same(last) && JOINER.test(forms[last]!) && capital(last + 1))) continue;
      if (capital(i - 1) && i > 1 && same(i - 2) && !isRoleWord(forms[i - 1]!)) continue;
      if (same(i - 1) && JOINER.test(forms[i - 1]!) && capital(i - 2)) continue;
      best = { first: i, last, type, rule: 'document' };
    }
    if (!best) continue;
    found.push(best);
    taken.fill(1, best.first, best.last);
    i = best.last - 1;
  }
  return found;
}

const STORM = /^(Hurricane|Typhoon|Cyclone|Storm)$/;

/**
 * Drops the names of storms ("Hurricane Rita", and "Rita" again later in the article): a storm is
 * an event, not a person or a place.
 */
export function dropStorms(spans: TokenSpan[], forms: string[]): void {
  const storms = new Set(forms.filter((f, i) => i > 0 && STORM.test(forms[i - 1]!) && /^\p{Lu}/u.test(f)));
  if (storms.size === 0) return;
  // "Hurricane Rita", "Rita" after "Hurricane", and "Rita" alone; not the "National Hurricane Center".
  const isStorm = (s: TokenSpan) =>
    (s.last - s.first === 2 && STORM.test(forms[s.first]!) && storms.has(forms[s.first + 1]!)) ||
    (s.last - s.first === 1 && storms.has(forms[s.first]!));
  for (let k = spans.length - 1; k >= 0; k--) if (isStorm(spans[k]!)) spans.splice(k, 1);
}

const ACRONYM = /^[A-Z][A-Z0-9&]+$/;
/** Words that end a company's or foundation's name without being its name. */
const DESIGNATOR = /^(Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|PLC|plc|AG|GmbH|SA|NV|Group|Holdings|Foundation)\.?$/;
const JOINER = /^(of|and|&|for|de|del|la|von|van)$/;
const PLACE_BEFORE = new Set(['in', 'at', 'from', 'near', 'into', 'outside', 'inside']);

/**
 * A lone word taken for a person with nothing personal about it is more likely an organisation
 * ("Microsoft", "Hamas", "Firefox"), or a place after "in", "at", "from": it is no known given
 * name or surname, no surname of a full name in the article, has no title before it and does not
 * say or tell. Acronyms are organisations.
 */
export function settleLoneNames(spans: TokenSpan[], forms: string[], lists: ModelLists): void {
  const surnames = new Set(spans.filter((s) => s.type === 'PER' && s.last - s.first > 1).map((s) => forms[s.last - 1]!));
  for (const s of spans) {
    if (s.type !== 'PER' || s.last - s.first !== 1) continue;
    const word = forms[s.first]!;
    if (ACRONYM.test(word)) {
      s.type = 'ORG';
      continue;
    }
    const lower = word.toLowerCase();
    const before = s.first > 0 ? forms[s.first - 1]! : '';
    const after = (forms[s.last] ?? '').toLowerCase();
    if (lists.given.has(lower) || lists.surnames.has(lower) || surnames.has(word) || isRoleWord(before) || SPEECH.has(after)) continue;
    s.type = PLACE_BEFORE.has(before.toLowerCase()) ? 'LOC' : 'ORG';
  }
}

const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote', 'asked', 'explained', 'replied']);
