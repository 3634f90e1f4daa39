import { readInputs } from '../ingest/inputs.js';
import type { ReadOptions } from '../ingest/readers/reader.js';
import type { DocumentModel } from '../model/document.js';
import { analyzeArticle } from '../pipeline.js';

export type Analysed<T> = { ok: true; value: T } | { ok: false; input: string; reason: string };

/**
 * Reads and analyses every input in order, on this thread, turning each analysed article into what
 * the caller wants (`present`). A bad input, or an article a stage fails on, becomes a failure
 * naming it and the rest go on.
 */
export async function* analyzeInputs<T>(paths: string[], options: ReadOptions, present: (doc: DocumentModel) => T): AsyncGenerator<Analysed<T>> {
  for await (const item of readInputs(paths, options)) {
    if (!item.ok) {
      yield { ok: false, input: item.error.input, reason: item.error.reason };
      continue;
    }
    try {
      yield { ok: true, value: present(analyzeArticle(item.article)) };
    } catch (err) {
      // A defect in a stage must not take the batch down: report it against this article and go on.
      yield { ok: false, input: item.article.id, reason: `analysis failed: ${(err as Error).stack ?? err}` };
    }
  }
}
