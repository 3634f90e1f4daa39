import type { z } from 'zod';
import type { DocumentModel } from '../../model/document.js';
import type { Entity, Token } from '../../model/schema.js';
import { dropStorms, propagate, settleLoneNames, voteTypes, type TokenSpan } from './consistency.js';
import { decode } from './features.js';
import { classify, isCommonWord, type GazetteerClass, type ModelLists } from './lexicon.js';
import { defaultNameTagger, type NameTagger } from './model.js';
import type { Candidate } from './span-typer.js';
import { candidates, tidy } from './spans.js';
import { ordinaryCase } from './headline-case.js';
import { defaultTagger } from '../../text/tagger.js';
import { findCountry } from '../../knowledge/countries.js';
import { isWellKnownPlace } from '../../knowledge/gazetteer.js';
import { LOCATIVE } from '../places/stage.js';

type EntityType = z.infer<typeof Entity>['type'];

const TAGGER_TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organisation', LOC: 'place', GRP: 'group' };

/** Gazetteer classes of the knowledge modules that make a name on their own. */
const GAZETTEER_TYPES: Partial<Record<GazetteerClass, string>> = { country: 'LOC', demonym: 'GRP', seat: 'ORG', org: 'ORG' };

/**
 * Names stage: person, organisation, place, country and group (NORP) mentions. Sentence by
 * sentence, the trained tagger (model.ts) proposes names, the gazetteers and runs of capitalised
 * words add candidates (spans.ts), and the span typer (span-typer.ts) keeps and types them; the
 * rule says where a kept name came from: "tagger", "extended" (the tagger's span widened to its
 * run of capitalised words), "gazetteer", "pattern" (another capitalised run), "lower-case" (a
 * known place in lower-case writing) or "salutation" (a first name alone on its line). The article
 * then settles lone words that nothing marks as people, each name's type, and its other mentions
 * (consistency.ts, rule "document"); the knowledge modules refine types: a place that is a
 * country, a person that is a people's name, a seat of government such as "the Kremlin" that
 * stands for it.
 */
export function namesStage(doc: DocumentModel): void {
  const tagger = defaultNameTagger();
  const tokens = doc.tokens;
  const forms = tokens.map((t) => doc.text.slice(t.start, t.end));
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const spans: TokenSpan[] = [];
  let t = 0;
  doc.sentences.forEach((sentence, k) => {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= sentence.end) sentenceOf[t++] = k;
    if (t === first) return;
    for (const s of sentenceNames(tagger, forms.slice(first, t), tokens.slice(first, t))) spans.push({ ...s, first: first + s.first, last: first + s.last });
  });
  dropStorms(spans, forms);
  settleLoneNames(spans, forms, tagger.lists);
  voteTypes(spans, forms);
  spans.push(...propagate(spans, forms, sentenceOf, tagger.lists));
  withCountryNamesWhole(spans, doc, sentenceOf);
  doc.entities = spans
    .sort((x, y) => x.first - y.first)
    .map((s) => {
      const start = tokens[s.first]!.start;
      const end = tokens[s.last - 1]!.end;
      const cls = s.rule === COUNTRY_NAME_RULE ? 'country' : classify(forms.slice(s.first, s.last).join(' '), tagger.lists);
      const mention: Entity = { start, end, text: doc.text.slice(start, end), type: retype(TAGGER_TYPES[s.type]!, cls, s.last - s.first > 1), actor: null, rule: s.rule };
      return cls ? { ...mention, entry: cls } : mention;
    });
  placesNotPeople(doc.text, doc.entities, tagger.lists);
}

/** Words looked for before a name that may begin a longer country name ("Democratic People's"). */
const COUNTRY_NAME_LEAD = 4;
const COUNTRY_NAME_RULE = 'country-name';

/**
 * A country's official name the tagger cut short keeps its first words: "People's Republic of
 * China" is China, where "Republic of China" alone is Taiwan. A name is extended over the words
 * before it in its sentence when, with them, it is a country's name or alias.
 */
function withCountryNamesWhole(spans: TokenSpan[], doc: DocumentModel, sentenceOf: Int32Array): void {
  const taken = new Set<number>();
  for (const s of spans) for (let t = s.first; t < s.last; t++) taken.add(t);
  for (const s of spans) {
    if (s.type === 'PER') continue;
    let whole = -1;
    for (let first = s.first - 1; first >= Math.max(0, s.first - COUNTRY_NAME_LEAD) && !taken.has(first) && sentenceOf[first] === sentenceOf[s.first]; first--) {
      // Not over a determiner: names are spans without it ("the United States" → "United States").
      if (doc.tokens[first]!.xpos === 'DT') continue;
      const match = findCountry(doc.text.slice(doc.tokens[first]!.start, doc.tokens[s.last - 1]!.end).replace(/\s+/g, ' '));
      if (match?.via === 'name' || match?.via === 'alias') whole = first;
    }
    if (whole < 0) continue;
    for (let t = whole; t < s.first; t++) taken.add(t);
    Object.assign(s, { first: whole, rule: COUNTRY_NAME_RULE });
  }
}

/**
 * A lone word taken for a person or an organisation that the gazetteer knows as a well-known place
 * is that place ("talks with Washington", "ships leaving Odesa"), unless it is a known person's
 * name or part of a full name in the article ("Denzel Washington"). A seat of government
 * among them is then an actor of its country's government (actors stage).
 */
function placesNotPeople(text: string, entities: Entity[], lists: ModelLists): void {
  // The words of full names, and the last word of other names that may be people's ("Valeska Paris" taken for an organisation).
  const nameWords = new Set<string>();
  for (const e of entities) {
    const words = e.text.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean);
    if (words.length < 2) continue;
    if (e.type === 'person') words.forEach((w) => nameWords.add(w));
    else if (e.type === 'organisation') nameWords.add(words[words.length - 1]!);
  }
  const places = new Set<string>();
  for (const e of entities) {
    if ((e.type !== 'person' && e.type !== 'organisation') || /\s/.test(e.text) || nameWords.has(e.text)) continue;
    const cls = classify(e.text, lists);
    if (cls === 'person' || cls === 'org' || cls === 'listed-org' || cls === 'seat' || !isWellKnownPlace(e.text)) continue;
    // A first name that is also a city ("Florence", "Geneva") is a place where the text says so:
    // a seat of government ("Washington"), or right after a preposition of place ("flew to Geneva").
    const given = lists.given.has(e.text.toLowerCase());
    if (!given || findCountry(e.text)?.via === 'seat' || LOCATIVE.test(/(\S+)\s+$/.exec(text.slice(Math.max(0, e.start - 20), e.start))?.[1] ?? '')) places.add(e.text);
  }
  // Every mention of such a name is the place.
  for (const e of entities) if ((e.type === 'person' || e.type === 'organisation') && places.has(e.text)) Object.assign(e, { type: 'place', entry: 'gazetteer place' });
}

/**
 * The tagger's type corrected by the gazetteer class of the whole name. A known place of several
 * words stays a place though it ends in an organisation word ("West Bank").
 */
function retype(type: EntityType, cls: GazetteerClass | null, multiword: boolean): EntityType {
  if (cls === 'seat') return 'organisation';
  if (cls === 'place' && multiword && type === 'organisation') return 'place';
  if (cls === 'country' && type === 'place') return 'country';
  if (cls === 'demonym' && (type === 'person' || type === 'place')) return 'group';
  return type;
}

/** A one-word candidate that is a lower-case dictionary word capitalised ("Laughter"), not an acronym or gazetteer name. */
function isLoneCommonWord(words: string[], c: Candidate, lists: ModelLists): boolean {
  const word = words[c.first]!;
  return c.last - c.first === 1 && !/^\p{Lu}+$/u.test(word) && isCommonWord(word, lists) && !classify(word, lists);
}

/**
 * The names of one sentence: every candidate judged, and of overlapping readings the surest. A
 * sentence in capitals is read in ordinary case (headline-case.ts), with its parts of speech
 * tagged again in that case.
 */
function sentenceNames(tagger: NameTagger, written: string[], tokens: Token[]): TokenSpan[] {
  const words = ordinaryCase(written, tagger.lists);
  const tags = words === written ? tokens : defaultTagger().tag(words);
  const upos = tags.map((x) => x.upos);
  const { labels, matches } = tagger.tag(words, upos, tags.map((x) => x.xpos));
  const ctx = { words, lower: words.map((w) => w.toLowerCase()), upos, lists: tagger.lists };
  const judged: (Candidate & { type: string; margin: number })[] = [];
  for (const c of candidates(words, upos, tidy(words, decode(labels)), matches, tagger.lists)) {
    // The training text has too few lower-case names to judge them: the gazetteer decides.
    const verdict = c.rule === 'lower-case' ? { type: 'LOC', margin: 0 } : tagger.spans.judge(ctx, c);
    // The knowledge tables overrule a NONE: the training text rarely marks what they hold, and
    // peoples' names are kept as groups (NORP) though the training data does not mark them.
    if (verdict.type === 'NONE') verdict.type = GAZETTEER_TYPES[classify(words.slice(c.first, c.last).join(' '), tagger.lists) ?? 'person'] ?? 'NONE';
    if (verdict.type !== 'NONE' && !isLoneCommonWord(words, c, tagger.lists)) judged.push({ ...c, ...verdict });
  }
  // A first name alone on its line greets or signs off a letter ("Vince", "Renee,"): too little
  // context for the tagger, but a name all the same.
  const lettered = judged.length === 0 ? words.flatMap((w, k) => (/\p{L}/u.test(w) ? [k] : [])) : [];
  if (judged.length === 0 && lettered.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[lettered[0]!]!) && tagger.lists.given.has(words[lettered[0]!]!.toLowerCase())) {
    return [{ first: lettered[0]!, last: lettered[0]! + 1, type: 'PER', rule: 'salutation' }];
  }
  const taken = new Uint8Array(words.length);
  const out: TokenSpan[] = [];
  for (const c of judged.sort((x, y) => y.margin - x.margin)) {
    if (taken.subarray(c.first, c.last).includes(1)) continue;
    taken.fill(1, c.first, c.last);
    out.push({ first: c.first, last: c.last, type: c.type, rule: c.rule });
  }
  return out;
}
