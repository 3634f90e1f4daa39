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

/** Feature strings of one candidate. */
export function spanFeatures(ctx: SpanContext, c: Candidate): string[] {
  const { first: a, last: b } = c;
  const lower = ctx.lower.slice(a, b);
  const words = ctx.words.slice(a, b);
  const head = lower[b - a - 1]!;
  const tag = c.tagged ?? '-';
  const cls = classify(words.join(' '), ctx.lists) ?? '-';
  const prev = word(ctx, a - 1);
  const next = word(ctx, b);
  const out = [
    'bias',
    `tag=${tag}`,
    `rule=${c.rule}`,
    `cls=${cls}`,
    `tag+cls=${tag} ${cls}`,
    `head=${head}`,
    `first=${lower[0]}`,
    `hs=${head.slice(-3)}`,
    `orghead=${isOrganisationWord(head)}`,
    // "University of Texas", "Church of Scientology": the organisation word leads.
    `orgin=${words.slice(0, -1).some(isOrganisationWord)}`,
    `prev=${prev}`,
    `next=${next}`,
    `prev2=${word(ctx, a - 2)} ${prev}`,
    `next2=${next} ${word(ctx, b + 1)}`,
    `tag+prev=${tag} ${prev}`,
    `tag+next=${tag} ${next}`,
    `len=${Math.min(b - a, 4)}`,
    `shape=${words.slice(0, 3).map(shape).join(' ')}`,
    `upos=${ctx.upos.slice(a, Math.min(b, a + 3)).join(' ')}`,
    `given=${ctx.lists.given.has(lower[0]!)}`,
    // "of" after a candidate usually means a longer name ("Bank | of England"), but not after a
    // first name and surname ("Anna Berg | of Acme").
    `given+next=${ctx.lists.given.has(lower[0]!) && b - a > 1} ${next}`,
    `sur=${ctx.lists.surnames.has(head)}`,
    `role-1=${a > 0 && isRoleWord(ctx.words[a - 1]!)}`,
    `start=${a === 0}`,
  ];
  if (b - a > 1) for (const cls of new Set(words.map((w) => classify(w, ctx.lists) ?? '-'))) out.push(`wc=${cls}`);
  return out;
}

/** The packed span model inside the name model file (model.ts). */
export interface PackedSpanModel {
  /** Feature strings joined by "\n". */
  keys: string;
  /** Base64 little-endian int16, SPAN_CLASSES.length weights × scale per key, keys in order. */
  weights: string;
  scale: number;
}

/** Linear span classifier read from a packed model. */
export class SpanTyper {
  private readonly index = new Map<string, number>();
  private readonly weights: Float32Array;
  private readonly scores = new Float64Array(SPAN_CLASSES.length);

  constructor(packed: PackedSpanModel) {
    if (packed.keys !== '') packed.keys.split('\n').forEach((k, i) => this.index.set(k, i));
    const bytes = Buffer.from(packed.weights, 'base64');
    this.weights = new Float32Array(bytes.length / 2);
    for (let k = 0; k < this.weights.length; k++) this.weights[k] = bytes.readInt16LE(2 * k) / packed.scale;
  }

  /** The best class of a candidate ("NONE" when it names nothing) and its lead over NONE. */
  judge(ctx: SpanContext, c: Candidate): { type: string; margin: number } {
    const n = SPAN_CLASSES.length;
    const scores = this.scores.fill(0);
    for (const f of spanFeatures(ctx, c)) {
      const k = this.index.get(f);
      if (k !== undefined) for (let y = 0; y < n; y++) scores[y] += this.weights[k * n + y]!;
    }
    let best = 0;
    for (let y = 1; y < n; y++) if (scores[y]! > scores[best]!) best = y;
    return { type: SPAN_CLASSES[best]!, margin: scores[best]! - scores[0]! };
  }
}
