import type { ArticleInput, Readout } from '../model/schema.js';
import { toReadout } from '../output/json.js';
import { formatText } from '../output/text.js';
import { loadActorDictionary, type ActorDictionary } from '../knowledge/actor-dictionary.js';
import { analyzeArticle, type PipelineOptions } from '../pipeline.js';

/** The user's actor dictionaries (`--actors`), read once per thread; the files were checked before analysis began. */
let loaded: { key: string; dictionary: ActorDictionary } | null = null;

function pipelineOptions(actors: readonly string[]): PipelineOptions {
  if (!actors.length) return {};
  const key = actors.join('\n');
  if (loaded?.key !== key) loaded = { key, dictionary: loadActorDictionary(actors) };
  return { actors: loaded.dictionary };
}

/** The whole pipeline on one article, returned as a plain readout. */
export default function analyze(input: ArticleInput): Readout {
  return toReadout(analyzeArticle(input));
}

/** A worker thread's task: `analyze` with the user's actor dictionaries. */
export function readout({ input, actors }: { input: ArticleInput; actors: readonly string[] }): Readout {
  return toReadout(analyzeArticle(input, undefined, pipelineOptions(actors)));
}

/** How `analyze` prints a readout. */
export interface Presentation {
  format: 'json' | 'text';
  includeTokens: boolean;
  includeText: boolean;
  /** Indented JSON (one article) rather than one line (JSON Lines). */
  pretty: boolean;
}

/**
 * The task of `readout analyze`: one article analysed and printed, as the text the command writes.
 * A string crosses from a worker thread at the cost of a copy; a readout object would be cloned
 * field by field and then serialised on the main thread.
 */
export function render({ input, presentation: p, actors }: { input: ArticleInput; presentation: Presentation; actors: readonly string[] }): string {
  const doc = analyzeArticle(input, undefined, pipelineOptions(actors));
  return p.format === 'text' ? formatText(doc) + '\n' : JSON.stringify(toReadout(doc, { includeTokens: p.includeTokens, includeText: p.includeText }), null, p.pretty ? 2 : undefined) + '\n';
}
