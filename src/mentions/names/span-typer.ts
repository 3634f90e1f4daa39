/**
 * Second opinion on each candidate name, span by span. The sequence tagger sees a few tokens
 * around each word; the span typer sees the whole name: its gazetteer class and its words' classes,
 * its head word ("... Department", "... Street"), the words just outside it ("in", "said"), and
 * the tagger's own vote. It also says NONE, which drops capitalised words that name nothing
 * ("Friday", "Hajj"). Trained by scripts/train-ner.ts on the tagger's output over held-out folds.
 */
import { isRoleWord } from './name-edges.js';
import { classify, isOrganisationWord, type ModelLists } from './lexicon.js';
import { shape } from './features.js';

/** Classes of the span typer; NONE is "not a name". */
export const SPAN_CLASSES = ['NONE', 'PER', 'ORG', 'LOC', 'GRP'] as const;

/** A candidate name over words [first, last) of a sentence, with the tagger's type, if it had one. */
export interface Candidate {
  first: number;
  last: number;
  tagged: string | null;
  rule: string;
}

/** Sentence-level inputs of the features, computed once per sentence. */
export interface SpanContext {
  words: string[];
  lower: string[];
  upos: string[];
  lists: ModelLists;
}

const word = (ctx: SpanContext, k: number) => (k < 0 ? '<s>' : k >= ctx.words.length ? '</s>' : ctx.lower[k]!);

/** Templates of the span typer, in the order of spanValues; "wc" repeats, once per class of a longer name's words. */
export const SPAN_TEMPLATES = [
  'bias', 'tag', 'rule', 'cls', 'tag+cls', 'head', 'first', 'hs', 'orghead', 'orgin', 'prev', 'next', 'prev2', 'next2',
  'tag+prev', 'tag+next', 'len', 'shape', 'upos', 'given', 'given+next', 'sur', 'role-1', 'start', 'wc',
] as const;
const WC = SPAN_TEMPLATES.length - 1;

/** The template of the k-th value of spanValues. */
const templateOf = (k: number) => Math.min(k, WC);

/** Feature values of one candidate, value k of template SPAN_TEMPLATES[templateOf(k)] (the bias's is ""). */
export function spanValues(ctx: SpanContext, c: Candidate): string[] {
  const { first: a, last: b } = c;
  const lower = ctx.lower.slice(a, b);
  const words = ctx.words.slice(a, b);
  const head = lower[b - a - 1]!;
  const tag = c.tagged ?? '-';
  const cls = classify(words.join(' '), ctx.lists) ?? '-';
  const prev = word(ctx, a - 1);
  const next = word(ctx, b);
  const out = [
    '',
    tag,
    c.rule,
    cls,
    `${tag} ${cls}`,
    head,
    lower[0]!,
    head.slice(-3),
    `${isOrganisationWord(head)}`,
    // "University of Texas", "Church of Scientology": the organisation word leads.
    `${words.slice(0, -1).some(isOrganisationWord)}`,
    prev,
    next,
    `${word(ctx, a - 2)} ${prev}`,
    `${next} ${word(ctx, b + 1)}`,
    `${tag} ${prev}`,
    `${tag} ${next}`,
    `${Math.min(b - a, 4)}`,
    words.slice(0, 3).map(shape).join(' '),
    ctx.upos.slice(a, Math.min(b, a + 3)).join(' '),
    `${ctx.lists.given.has(lower[0]!)}`,
    // "of" after a candidate usually means a longer name ("Bank | of England"), but not after a
    // first name and surname ("Anna Berg | of Acme").
    `${ctx.lists.given.has(lower[0]!) && b - a > 1} ${next}`,
    `${ctx.lists.surnames.has(head)}`,
    `${a > 0 && isRoleWord(ctx.words[a - 1]!)}`,
    `${a === 0}`,
  ];
  if (b - a > 1) for (const cls of new Set(words.map((w) => classify(w, ctx.lists) ?? '-'))) out.push(cls);
  return out;
}

/** Feature strings of one candidate, "template=value" (the trainer's keys). */
export function spanFeatures(ctx: SpanContext, c: Candidate): string[] {
  return spanValues(ctx, c).map((value, k) => (k === 0 ? 'bias' : `${SPAN_TEMPLATES[templateOf(k)]}=${value}`));
}

/** The packed span model inside the name model file (model.ts). */
export interface PackedSpanModel {
  /** Feature strings joined by "\n". */
  keys: string;
  /** Base64 little-endian int16, SPAN_CLASSES.length weights × scale per key, keys in order. */
  weights: string;
  scale: number;
}

/**
 * Linear span classifier read from a packed model. Its keys are indexed per template, by value, so
 * that judging a candidate builds no "template=value" strings. Weights are multiples of 1/scale, a
 * power of two, so their sums are exact in any order.
 */
export class SpanTyper {
  /** Per template, value → key number. */
  private readonly index = SPAN_TEMPLATES.map(() => new Map<string, number>());
  private readonly weights: Float32Array;
  private readonly scores = new Float64Array(SPAN_CLASSES.length);

  constructor(packed: PackedSpanModel) {
    if (!Number.isInteger(Math.log2(packed.scale))) throw new Error(`span model: weight scale ${packed.scale} is not a power of two`);
    const templates = new Map<string, number>(SPAN_TEMPLATES.map((name, t) => [name, t]));
    if (packed.keys !== '') {
      packed.keys.split('\n').forEach((key, k) => {
        const equals = key.indexOf('=');
        const t = templates.get(equals < 0 ? key : key.slice(0, equals));
        if (t === undefined) throw new Error(`span model: feature ${JSON.stringify(key)} has no template of this version; retrain it (npm run train:ner)`);
        this.index[t]!.set(equals < 0 ? '' : key.slice(equals + 1), k);
      });
    }
    const bytes = Buffer.from(packed.weights, 'base64');
    this.weights = new Float32Array(bytes.length / 2);
    for (let k = 0; k < this.weights.length; k++) this.weights[k] = bytes.readInt16LE(2 * k) / packed.scale;
  }

  /** The best class of a candidate ("NONE" when it names nothing) and its lead over NONE. */
  judge(ctx: SpanContext, c: Candidate): { type: string; margin: number } {
    const n = SPAN_CLASSES.length;
    const scores = this.scores.fill(0);
    const values = spanValues(ctx, c);
    for (let v = 0; v < values.length; v++) {
      const k = this.index[templateOf(v)]!.get(values[v]!);
      if (k !== undefined) for (let y = 0; y < n; y++) scores[y] += this.weights[k * n + y]!;
    }
    let best = 0;
    for (let y = 1; y < n; y++) if (scores[y]! > scores[best]!) best = y;
    return { type: SPAN_CLASSES[best]!, margin: scores[best]! - scores[0]! };
  }
}
