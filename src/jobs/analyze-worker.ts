import type { ArticleInput, Readout } from '../model/schema.js';
import { toReadout } from '../output/json.js';
import { formatText } from '../output/text.js';
import { analyzeArticle } from '../pipeline.js';
import { userDictionaries, type UserDictionaries } from './user-dictionaries.js';

/** The whole pipeline on one article, returned as a plain readout. */
export default function analyze(input: ArticleInput): Readout {
  return toReadout(analyzeArticle(input));
}

/** A worker thread's task: `analyze` with the user's actor and verb dictionaries. */
export function readout(task: { input: ArticleInput } & UserDictionaries): Readout {
  return toReadout(analyzeArticle(task.input, undefined, userDictionaries(task)));
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
export function render(task: { input: ArticleInput; presentation: Presentation } & UserDictionaries): string {
  const { input, presentation: p } = task;
  const doc = analyzeArticle(input, undefined, userDictionaries(task));
  return p.format === 'text' ? formatText(doc) + '\n' : JSON.stringify(toReadout(doc, { includeTokens: p.includeTokens, includeText: p.includeText }), null, p.pretty ? 2 : undefined) + '\n';
}
