import type { ArticleInput, Readout } from '../model/schema.js';
import { toReadout } from '../output/json.js';
import { formatText } from '../output/text.js';
import { analyzeArticle } from '../pipeline.js';

/** A worker thread's task: the whole pipeline on one article, returned as a plain readout. */
export default function analyze(input: ArticleInput): Readout {
  return toReadout(analyzeArticle(input));
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
export function render({ input, presentation: p }: { input: ArticleInput; presentation: Presentation }): string {
  const doc = analyzeArticle(input);
  return p.format === 'text' ? formatText(doc) + '\n' : JSON.stringify(toReadout(doc, { includeTokens: p.includeTokens, includeText: p.includeText }), null, p.pretty ? 2 : undefined) + '\n';
}
