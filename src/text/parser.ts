import { readFileSync } from 'node:fs';
import { repoPath } from '../knowledge/data-files.js';
import { FeatureKeys, NONE, PARSER_TEMPLATES, UNKNOWN, featureKeys, type ParseInput } from './parser-features.js';
import { decodeParserModel, type ParserModel } from './parser-model.js';
import { LEFT, ParseState, RIGHT, SHIFT } from './parser-state.js';
import { ParserWeights } from './parser-weights.js';
import { normalize } from './tagger-features.js';

/** The shipped model, written by scripts/train-parser.ts. */
export const PARSER_MODEL_FILE = 'models/dependency-parser.bin.gz';

/**
 * Longer sentences are parsed in chunks of this many words, each with its own root, so that a
 * "sentence" of thousands of tokens (a list, text without punctuation) costs linear time and memory.
 */
export const MAX_PARSE_WORDS = 150;

/** How many word forms `wordId` remembers before it starts again. */
const MAX_REMEMBERED_FORMS = 100_000;

/** One sentence's dependencies: per word, the index of its head in the sentence (-1: a root) and the relation. */
export interface SentenceParse {
  heads: Int32Array;
  deprels: string[];
}

/**
 * Weight classes: the three moves, then the labels of LEFT arcs, then those of RIGHT arcs. A row's
 * weights are sorted by class, so its move weights come first.
 */
export const MOVES = 3;
export const labelClass = (move: number, label: number, nLabels: number) => MOVES + (move === LEFT ? 0 : nLabels) + label;

/**
 * Greedy arc-hybrid dependency parser (parser-state.ts) scored by averaged perceptrons over the
 * features of parser-features.ts: one picks the move, and for an arc another picks its label, so
 * that most transitions score three classes rather than all labelled moves. Weights are integers
 * (stored × scale), so scores add exactly.
 */
export class DependencyParser {
  readonly labels: string[];
  private readonly rootLabel: number;
  private readonly weights: ParserWeights;
  private readonly wordIds: Map<string, number>;
  private readonly tagIds: Map<string, number>;
  private readonly formIds = new Map<string, number>();
  private readonly rows = new Int32Array(PARSER_TEMPLATES.length);
  private readonly scores: Int32Array;
  private readonly keys = new FeatureKeys();
  /** The state every sentence of up to MAX_PARSE_WORDS words is parsed in. */
  private state: ParseState | null = null;

  constructor(model: ParserModel) {
    if (model.templates.join() !== PARSER_TEMPLATES.join()) {
      throw new Error('dependency parser model does not match this version of the parser; retrain it (npm run train:parser)');
    }
    this.labels = model.labels;
    this.rootLabel = model.labels.indexOf('root');
    this.weights = new ParserWeights(model, MOVES, model.labels.length);
    this.wordIds = new Map(model.words.map((w, i) => [w, i + 3]));
    this.tagIds = new Map(model.tags.map((t, i) => [t, i + 2]));
    this.scores = new Int32Array(MOVES + 2 * model.labels.length);
  }

  static load(path: string = repoPath(PARSER_MODEL_FILE)): DependencyParser {
    return new DependencyParser(decodeParserModel(readFileSync(path)));
  }

  /** Word and tag ids of words `from` … `to` - 1 of a sentence, as the features read them. */
  input(forms: string[], tags: string[], from = 0, to = forms.length): ParseInput {
    const words = new Int32Array(to - from);
    const tagIds = new Int32Array(to - from);
    for (let i = from; i < to; i++) {
      words[i - from] = this.wordId(forms[i]);
      tagIds[i - from] = this.tagIds.get(tags[i]) ?? NONE;
    }
    return { words, tags: tagIds };
  }

  /** The id of a word form, remembered by form: most forms recur ("the", ","), and normalising costs two regexes. */
  private wordId(form: string): number {
    let id = this.formIds.get(form);
    if (id === undefined) {
      // Bounded, for long-running processes that meet ever new forms.
      if (this.formIds.size >= MAX_REMEMBERED_FORMS) this.formIds.clear();
      id = this.wordIds.get(normalize(form)) ?? UNKNOWN;
      this.formIds.set(form, id);
    }
    return id;
  }

  /** Parses one sentence given its word forms and PTB tags. */
  parse(forms: string[], tags: string[]): SentenceParse {
    const heads = new Int32Array(forms.length);
    const deprels: string[] = new Array(forms.length);
    for (let first = 0; first < forms.length; first += MAX_PARSE_WORDS) {
      const last = Math.min(forms.length, first + MAX_PARSE_WORDS);
      const state = this.run(this.input(forms, tags, first, last));
      for (let i = 0; i < last - first; i++) {
        const h = state.heads[i];
        heads[first + i] = h === state.n ? -1 : first + h;
        deprels[first + i] = this.labels[state.labels[i]];
      }
    }
    return { heads, deprels };
  }

  /**
   * The final state of a greedy parse of `input`, valid until the next call; also used by the
   * trainer's evaluation.
   */
  run(input: ParseInput): ParseState {
    const n = input.words.length;
    let state = this.state;
    if (state && n <= state.capacity) state.reset(n);
    else {
      state = new ParseState(n, this.rootLabel, Math.max(n, MAX_PARSE_WORDS));
      if (n <= MAX_PARSE_WORDS) this.state = state;
    }
    const { rows, scores } = this;
    const { slots, spans, labelWeights } = this.weights;
    const nLabels = this.labels.length;
    while (!state.done) {
      featureKeys(state, input, this.keys);
      const n = this.keys.rows(this.weights, rows);
      let shift = 0;
      let left = 0;
      let right = 0;
      // Move weights are int16 pairs (parser-weights.ts): SHIFT low and LEFT high, then RIGHT low.
      for (let r = 0; r < n; r++) {
        const s = rows[r];
        const shiftLeft = slots[s + 2];
        shift += (shiftLeft << 16) >> 16;
        left += shiftLeft >> 16;
        right += (slots[s + 3] << 16) >> 16;
      }
      scores[SHIFT] = shift;
      scores[LEFT] = left;
      scores[RIGHT] = right;
      const move = bestMove(state, scores);
      let label = -1;
      if (move !== SHIFT && !(move === LEFT && state.b0 === state.n)) {
        scores.fill(0, MOVES);
        const base = labelClass(move, 0, nLabels);
        for (let r = 0; r < n; r++) {
          const span = slots[rows[r] + 3] >>> 16;
          if (span === 0) continue;
          const counts = spans[2 * span + 1];
          const lefts = counts >>> 8;
          const from = spans[2 * span] + (move === LEFT ? 0 : lefts);
          const to = from + (move === LEFT ? lefts : counts & 255);
          for (let k = from; k < to; k++) {
            const packed = labelWeights[k];
            scores[base + (packed & 255)] += packed >> 8;
          }
        }
        label = bestLabel(state, move, scores, nLabels);
      }
      state.apply(move, label);
    }
    return state;
  }
}

/** The highest-scoring valid move (scores of SHIFT, LEFT, RIGHT; the first on ties). */
export function bestMove(state: ParseState, scores: ArrayLike<number>): number {
  let best = -1;
  for (let move = SHIFT; move <= RIGHT; move++) if (state.valid(move) && (best < 0 || scores[move] > scores[best])) best = move;
  return best;
}

/** The highest-scoring label of an arc made by `move` (not to the root), from the label classes of `scores`. */
export function bestLabel(state: ParseState, move: number, scores: ArrayLike<number>, nLabels: number): number {
  const base = labelClass(move, 0, nLabels);
  let best = -1;
  for (let l = 0; l < nLabels; l++) if (l !== state.rootLabel && (best < 0 || scores[base + l] > scores[base + best])) best = l;
  return best;
}

let shipped: DependencyParser | null = null;

/** The shipped model, loaded once on first use. */
export function defaultParser(): DependencyParser {
  shipped ??= DependencyParser.load();
  return shipped;
}
