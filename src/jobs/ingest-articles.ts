import type { ArticleInput } from '../model/schema.js';
import { articleHash, type Store, type WriteResult } from '../store/store.js';
import analyze from './analyze-worker.js';

export type ArticleResult = { id: string } & (WriteResult | { state: 'unchanged' });

/**
 * Analyses articles that came as values (an API request) on this thread and writes them as one
 * unit of work. An article already stored with the same content is not analysed again; one the
 * pipeline fails on is reported by id and the others are kept.
 */
export async function ingestArticles(store: Store, inputs: ArticleInput[]): Promise<ArticleResult[]> {
  const results = new Map<number, ArticleResult>();
  const analysed = [];
  for (const [i, input] of inputs.entries()) {
    const hash = articleHash(input);
    if ((await store.articleState(input.id, hash)) === 'unchanged') {
      results.set(i, { id: input.id, state: 'unchanged' });
      continue;
    }
    try {
      analysed.push({ i, article: { input, hash, readout: analyze(input) } });
    } catch (err) {
      results.set(i, { id: input.id, state: 'failed', reason: `analysis failed: ${(err as Error).message}` });
    }
  }
  const written = await store.writeArticles(analysed.map((a) => a.article));
  for (const [k, result] of written.entries()) results.set(analysed[k].i, { id: inputs[analysed[k].i].id, ...result });
  return inputs.map((_, i) => results.get(i)!);
}
