import { join } from 'node:path';
import envPaths from 'env-paths';
import { fetchArticles } from '../web/fetch-articles.js';
import { FileValidatorCache, PoliteFetcher } from '../web/fetch.js';
import type { InputReader } from './reader.js';

/**
 * `http://` and `https://` inputs: pages and feeds fetched politely (see PoliteFetcher). One fetcher
 * serves every URL of a run, so the per-host rate holds across inputs; ETags and Last-Modified dates
 * are kept in the user's cache folder (READOUT_HTTP_CACHE overrides), so a page or feed fetched
 * before is downloaded again only if it changed.
 */
export function createUrlReader(fetcher: () => PoliteFetcher): InputReader {
  return {
    name: 'url',
    reads: (path) => /^https?:\/\//i.test(path),
    single: false,
    read: (path) => fetchArticles(path, fetcher()),
    count: async () => null,
  };
}

let shared: PoliteFetcher | null = null;
export const urlReader = createUrlReader(() => {
  const cache = process.env.READOUT_HTTP_CACHE ?? join(envPaths('readout', { suffix: '' }).cache, 'http-validators.json');
  return (shared ??= new PoliteFetcher({ validators: new FileValidatorCache(cache) }));
});
