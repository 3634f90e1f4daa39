import { join } from 'node:path';
import envPaths from 'env-paths';
import type { PoliteFetcher } from '../web/fetch.js';
import type { InputReader } from './reader.js';

/**
 * `http://` and `https://` inputs: pages and feeds fetched politely (see PoliteFetcher). One fetcher
 * serves every URL of a run, so the per-host rate holds across inputs; ETags and Last-Modified dates
 * are kept in the user's cache folder (READOUT_HTTP_CACHE overrides), so a page or feed fetched
 * before is downloaded again only if it changed. The fetching and extraction modules load on the
 * first URL, so that a run without one does not pay for them.
 */
let shared: PoliteFetcher | null = null;
export const urlReader: InputReader = {
  name: 'url',
  reads: (path) => /^https?:\/\//i.test(path),
  single: false,
  async *read(path) {
    const [{ fetchArticles }, { FileValidatorCache, PoliteFetcher }] = await Promise.all([import('../web/fetch-articles.js'), import('../web/fetch.js')]);
    const cache = process.env.READOUT_HTTP_CACHE ?? join(envPaths('readout', { suffix: '' }).cache, 'http-validators.json');
    yield* fetchArticles(path, (shared ??= new PoliteFetcher({ validators: new FileValidatorCache(cache) })));
  },
  count: async () => null,
};
