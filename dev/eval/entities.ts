/**
 * Name-mention evaluation (exact span and type, with bootstrap intervals over documents) on GUM
 * news, UNER EWT dev and UNER PUD.
 *
 * GUM gold conversion, so that GUM's entity layer follows the CoNLL/UNER convention our `entities`
 * layer uses (the same conversion labels the GUM training documents in scripts/train-ner.ts):
 *  1. Mentions of type person, place or organization from MISC `Entity=` (nested ones included).
 *  2. Named mentions only: the minimal span (`minspan` field) holds a PROPN. Common-noun mentions
 *     ("the coast", "officials") and adjectives ("Indonesian navy") are left out. A minimal span
 *     with gaps counts up to its first gap that holds more than connectors (of, and, the, for, on,
 *     de, von, ...): "Church of Scientology" (positions "1,3") stays whole, while word positions
 *     "8,10" ("Darmanin" and "Paris" of "… Gérald Darmanin in Paris") give "Darmanin" only, so
 *     that no name runs over the words between its parts.
 *  3. The name is the minimal span, without leading determiners, without what precedes a possessive
 *     ("Saudi Arabia's Civil Defense Authority" → "Civil Defense Authority"), for people without a
 *     title (up to the last role word of agents.tsv / title-words.tsv or honorific and the fillers
 *     after it: "US Secretary of State John Kerry" → "John Kerry"), and without a trailing
 *     possessive; for people also without the lower-case nouns that describe them before the name
 *     ("Facebook creator Mark Zuckerberg", minimal span "creator Mark Zuckerberg" → "Mark
 *     Zuckerberg"). It must start with a capital letter ("the coast of Aceh" is not a name) and a
 *     person's name must be more than a title ("Prime Minister").
 *  4. A name that holds a comma or a bracket ("Aceh, Indonesia", "Movimento 5 Stelle (M5S)") is
 *     split there into its capitalised parts; a coordination holding other named mentions
 *     ("France and Spain") is dropped in favour of them; of overlapping names the longest
 *     (outermost) is kept.
 *  5. Types: person → person, place → place, organization → organisation; a person mention whose
 *     name is a demonym or people name ("Bangladeshis", "Americans") → group (NORP in CoNLL terms).
 * Scoring: person, place (our `country` counts as place) and organisation, each and micro-averaged
 * ("overall", the figure with a floor); group is reported alone on GUM and ignored on UNER, which
 * does not annotate nationalities.
 */
import { readFileSync } from 'node:fs';
import { findCountries } from '../../src/knowledge/countries.js';
import { createDocument } from '../../src/model/document.js';
import { isTitleOnly, nameEnd, nameStart } from '../../src/mentions/names/name-edges.js';
import { namesStage } from '../../src/mentions/names/stage.js';
import { textStage } from '../../src/text/stage.js';
import type { GoldDocument, GoldSentence } from './conllu.js';
import { seededRandom } from '../train/perceptron.js';
import { prf, type PRF } from './metrics.js';

export type ScoredType = 'person' | 'place' | 'organisation' | 'group';

/** A gold name: word indices [first, last) of a sentence and character offsets. */
export interface GoldName {
  sentence: number;
  first: number;
  last: number;
  start: number;
  end: number;
  type: ScoredType;
}

export interface NamedText {
  id: string;
  text: string;
  names: GoldName[];
}

interface RawMention {
  first: number;
  last: number;
  type: string;
  minspan: number[];
}

const GUM_TYPES: Record<string, ScoredType> = { person: 'person', place: 'place', organization: 'organisation' };

/** The mentions of one sentence, read from the brackets of MISC `Entity=` ("(3-place-...", "3)"). */
function sentenceMentions(sentence: GoldSentence): RawMention[] {
  const open = new Map<string, RawMention[]>();
  const out: RawMention[] = [];
  sentence.words.forEach((word, i) => {
    const value = /(?:^|\|)Entity=([^|]*)/.exec(word.misc)?.[1];
    if (!value) return;
    for (const m of value.matchAll(/\(([^()]+)|(\d+)\)/g)) {
      if (m[1] !== undefined) {
        const fields = m[1].split('-');
        const minspanField = fields.slice(3).find((f) => /^\d+(,\d+)*$/.test(f)) ?? '1';
        const mention: RawMention = { first: i, last: i + 1, type: fields[1]!, minspan: minspanField.split(',').map(Number) };
        const id = fields[0]!;
        open.set(id, [...(open.get(id) ?? []), mention]);
        // "(4-time-...-coref)" closes on the same word.
        if (value.slice(m.index! + m[0].length).startsWith(')')) close(id, i);
      } else close(m[2]!, i);
    }
  });
  function close(id: string, i: number) {
    const mention = open.get(id)?.pop();
    if (!mention) return;
    mention.last = i + 1;
    out.push(mention);
  }
  return out;
}

/** Converts GUM's gold entities of one document to name spans (see the protocol above). */
export function gumNames(doc: GoldDocument): GoldName[] {
  const names: GoldName[] = [];
  doc.sentences.forEach((sentence, s) => {
    const words = sentence.words;
    const forms = words.map((w) => w.form);
    const candidates: { first: number; last: number; type: ScoredType; conjoined: boolean }[] = [];
    for (const mention of sentenceMentions(sentence)) {
      const type = GUM_TYPES[mention.type];
      if (!type) continue;
      const min = mention.minspan.map((k) => mention.first + k - 1).filter((k) => k < mention.last);
      if (!min.some((k) => words[k]!.upos === 'PROPN')) continue;
      // A minimal span with gaps is read up to its first gap that is more than connectors: "Church
      // (of) Scientology" is one name, "Darmanin (in) Paris" is not.
      const lo = Math.min(...min);
      const top = Math.max(...min);
      let hi = lo + 1;
      for (let k = hi; k <= top; k++) {
        if (min.includes(k)) hi = k + 1;
        else if (!GAP_CONNECTOR.test(forms[k]!)) break;
      }
      for (const [a, b] of splitAtCommas(forms, lo, hi)) {
        if (type === 'person' && isTitleOnly(forms.slice(a, b))) continue;
        let first = nameStart(forms, a, b, type === 'person');
        // A person's name follows the common nouns that describe them ("creator Mark Zuckerberg").
        if (type === 'person') while (first < b - 1 && !/^\p{Lu}/u.test(forms[first]!)) first++;
        const last = nameEnd(forms, first, b);
        // A name starts with a capital: "the coast of Aceh" is no name.
        if (!/^\p{Lu}/u.test(forms[first]!)) continue;
        const conjoined = words.slice(first, last).some((w) => w.upos === 'CCONJ');
        candidates.push({ first, last, type: type === 'person' && isPeopleName(forms.slice(first, last).join(' ')) ? 'group' : type, conjoined });
      }
    }
    // A coordination that holds other names gives way to them.
    const kept = candidates.filter((c) => !(c.conjoined && candidates.some((o) => o !== c && o.first >= c.first && o.last <= c.last)));
    kept.sort((a, b) => b.last - b.first - (a.last - a.first));
    const taken: GoldName[] = [];
    for (const c of kept) {
      if (taken.some((t) => t.first < c.last && c.first < t.last)) continue;
      const start = words[c.first]!.start;
      const end = words[c.last - 1]!.end;
      if (end <= start) continue;
      taken.push({ sentence: s, first: c.first, last: c.last, start, end, type: c.type });
    }
    names.push(...taken.sort((a, b) => a.first - b.first));
  });
  return names;
}

const SEPARATORS = new Set([',', '(', ')']);
/** Words that may stand between the parts of one name's minimal span. */
const GAP_CONNECTOR = /^(of|and|&|the|for|on|de|du|da|del|della|di|la|le|von|van|-)$/i;

/** Parts of words [lo, hi) between commas and brackets that start with a capital letter. */
function splitAtCommas(forms: string[], lo: number, hi: number): [number, number][] {
  const parts: [number, number][] = [];
  let a = lo;
  for (let k = lo; k <= hi; k++) {
    if (k < hi && !SEPARATORS.has(forms[k]!)) continue;
    if (k > a && forms.slice(a, k).some((f) => /^\p{Lu}/u.test(f))) parts.push([a, k]);
    a = k + 1;
  }
  return parts;
}

function isPeopleName(name: string): boolean {
  return findCountries(name).some((m) => m.via === 'people' || m.via === 'adjective');
}

/**
 * UNER IOB2 (token, tag columns) rebuilt as text: each sentence's tokens are placed in its
 * `# text` line (or joined by spaces when it is missing), sentences of a document on their own lines.
 */
export function readUner(path: string): NamedText[] {
  const docs: NamedText[] = [];
  let doc: NamedText | null = null;
  let sentenceText: string | null = null;
  let rows: string[][] = [];
  let sentenceIndex = 0;
  const UNER_TYPES: Record<string, ScoredType> = { PER: 'person', LOC: 'place', ORG: 'organisation' };
  const flush = () => {
    if (!rows.length) return;
    doc ??= { id: path, text: '', names: [] };
    const line = sentenceText ?? rows.map((r) => r[1]).join(' ');
    const base = doc.text.length + (doc.text.length ? 1 : 0);
    doc.text += (doc.text.length ? '\n' : '') + line;
    let pos = 0;
    let current: GoldName | null = null;
    rows.forEach((row, i) => {
      const at = line.indexOf(row[1]!, pos);
      const start = base + (at < 0 ? pos : at);
      const end = start + row[1]!.length;
      if (at >= 0) pos = at + row[1]!.length;
      const tag = row[2]!;
      if (tag.startsWith('I-') && current && current.type === UNER_TYPES[tag.slice(2)]) {
        current.last = i + 1;
        current.end = end;
        return;
      }
      current = null;
      const type = UNER_TYPES[tag.slice(2)];
      if (tag !== 'O' && type) {
        current = { sentence: sentenceIndex, first: i, last: i + 1, start, end, type };
        doc!.names.push(current);
      }
    });
    sentenceIndex++;
    rows = [];
    sentenceText = null;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) {
      flush();
      if (doc) docs.push(doc);
      doc = { id: line.replace(/^# newdoc( id)?\s*=?\s*/, '').trim(), text: '', names: [] };
      sentenceIndex = 0;
    } else if (line.startsWith('# text')) sentenceText = line.replace(/^# text\s*=\s?/, '');
    else if (line.startsWith('#')) continue;
    else if (line.trim() === '') flush();
    else rows.push(line.split('\t'));
  }
  flush();
  if (doc) docs.push(doc);
  return docs;
}

export interface NameScore extends PRF {
  gold: number;
  /** 95% bootstrap interval of F1 over documents (resampled with replacement). */
  ci: [number, number];
}

export interface NameScores {
  byType: Record<ScoredType, NameScore>;
  /** Micro-average over person, place and organisation. */
  overall: NameScore;
}

interface Found {
  start: number;
  end: number;
  type: string;
}

/** The names the pipeline's text and names stages find in a text. */
export function systemNames(text: string): Found[] {
  const doc = createDocument({ id: 'eval', text, published: null, title: null, url: null });
  textStage(doc);
  namesStage(doc);
  return doc.entities;
}

const TYPES: ScoredType[] = ['person', 'place', 'organisation', 'group'];
/** The types of the overall figure. */
const MAIN_TYPES: ScoredType[] = ['person', 'place', 'organisation'];
const BOOTSTRAP_ROUNDS = 1000;
const BOOTSTRAP_SEED = 20261207;

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

/** Per document and type: exact span and type matches; `country` is scored as place. */
function documentCounts(doc: NamedText, run: (text: string) => Found[]): Map<ScoredType, Counts> {
  const counts = new Map(TYPES.map((t) => [t, { tp: 0, predicted: 0, gold: 0 }]));
  const found = run(doc.text).map((f) => ({ ...f, type: f.type === 'country' ? 'place' : f.type }));
  const gold = new Set(doc.names.map((n) => `${n.start}:${n.end}:${n.type}`));
  for (const n of doc.names) counts.get(n.type)!.gold++;
  for (const f of found) {
    const c = counts.get(f.type as ScoredType);
    if (!c) continue;
    c.predicted++;
    if (gold.has(`${f.start}:${f.end}:${f.type}`)) c.tp++;
  }
  return counts;
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
const sumOf = (list: Counts[]) => list.reduce(add, { tp: 0, predicted: 0, gold: 0 });

/**
 * Exact span and type scores, each with a 95% bootstrap interval over documents (seeded, so a
 * figure and its interval are the same on every run): documents differ far more than names do,
 * so an interval over names would be too narrow.
 */
export function scoreNames(docs: NamedText[], run: (text: string) => Found[] = systemNames): NameScores {
  const perDoc = docs.map((d) => documentCounts(d, run));
  const of = (types: ScoredType[]) => perDoc.map((c) => sumOf(types.map((t) => c.get(t)!)));
  const score = (rows: Counts[]): NameScore => {
    const total = sumOf(rows);
    return { ...prf(total.tp, total.predicted, total.gold), gold: total.gold, ci: bootstrapF1(rows) };
  };
  return {
    byType: Object.fromEntries(TYPES.map((t) => [t, score(of([t]))])) as NameScores['byType'],
    overall: score(of(MAIN_TYPES)),
  };
}

/** The 2.5th and 97.5th percentiles of micro F1 over documents drawn with replacement. */
function bootstrapF1(rows: Counts[]): [number, number] {
  const random = seededRandom(BOOTSTRAP_SEED);
  const f1s: number[] = [];
  for (let r = 0; r < BOOTSTRAP_ROUNDS; r++) {
    const c = { tp: 0, predicted: 0, gold: 0 };
    for (let k = 0; k < rows.length; k++) {
      const row = rows[Math.floor(random() * rows.length)]!;
      c.tp += row.tp;
      c.predicted += row.predicted;
      c.gold += row.gold;
    }
    f1s.push(prf(c.tp, c.predicted, c.gold).f1);
  }
  f1s.sort((a, b) => a - b);
  return [f1s[Math.floor(0.025 * BOOTSTRAP_ROUNDS)]!, f1s[Math.ceil(0.975 * BOOTSTRAP_ROUNDS) - 1]!];
}

/** GUM documents with their converted gold names. */
export function gumNamedTexts(docs: GoldDocument[]): NamedText[] {
  return docs.map((d) => ({ id: d.id, text: d.text, names: gumNames(d) }));
}
