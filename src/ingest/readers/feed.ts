import { extname } from 'node:path';
import { DEFAULT_MAX_BYTES, InputError } from '../decode.js';
import { decodeMarkup } from '../web/decode-markup.js';
import { sniffFormat } from '../web/sniff.js';
import { readFileChecked } from './files.js';
import type { InputReader } from './reader.js';

/** A saved feed (`.rss`, `.atom`, `.rdf`, `.xml` or JSON Feed; any file that starts as one): an article per item. */
export const feedReader: InputReader = {
  name: 'feed',
  reads: (path) => ['.rss', '.atom', '.rdf'].includes(extname(path).toLowerCase()) || sniffFormat(path) === 'feed',
  single: false,
  async *read(path, options) {
    // The feed parser loads with the first feed, not with every run.
    const [{ parseFeed }, { feedItemArticle }] = await Promise.all([import('../web/feeds.js'), import('../web/feed-articles.js')]);
    const feed = parseFeed(decodeMarkup(await readFileChecked(path, options.maxBytes ?? DEFAULT_MAX_BYTES), path), path);
    if (feed.items.length === 0) throw new InputError(path, 'empty feed: no items');
    for (const [i, item] of feed.items.entries()) yield feedItemArticle(item, `${path}#${i + 1}`);
  },
  count: async () => null,
};
