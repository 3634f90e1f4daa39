import type { ArticleInput } from '../model/schema.js';
import { toReadout } from '../output/json.js';
import { analyzeArticle } from '../pipeline.js';
import type { StoredReadout } from '../store/store.js';

/** A worker thread's task: the whole pipeline on one article, returned as a plain readout. */
export default function analyze(input: ArticleInput): StoredReadout {
  return toReadout(analyzeArticle(input)) as StoredReadout;
}
