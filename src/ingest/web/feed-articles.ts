import { InputError } from '../decode.js';
import type { InputItem } from '../readers/reader.js';
import { webArticleInput } from './article-input.js';
import type { FeedItem } from './feeds.js';

/**
 * A feed item as an article on its own: its full content, else its summary, with the feed's title,
 * link and date. Its id is its link (so that the page fetched later is the same article), else `where`.
 */
export function feedItemArticle(item: FeedItem, where: string): InputItem {
  const text = item.content ?? item.summary;
  if (!text) return { ok: false, error: new InputError(where, `empty feed item${item.title ? ` "${item.title}"` : ''}: no content or summary`) };
  const article = { url: item.link, title: item.title, byline: item.byline, published: item.published, language: null, site: null, text, sources: {} };
  try {
    return { ok: true, article: webArticleInput(article, item.link ?? where, where) };
  } catch (err) {
    return { ok: false, error: err as InputError };
  }
}
