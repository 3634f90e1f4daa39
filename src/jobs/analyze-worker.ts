import type { ArticleInput, Readout } from '../model/schema.js';
import { toReadout } from '../output/json.js';
import { analyzeArticle } from '../pipeline.js';

/** A worker thread's task: the whole pipeline on one article, returned as a plain readout. */
export default function analyze(input: ArticleInput): Readout {
  return toReadout(analyzeArticle(input));
}
