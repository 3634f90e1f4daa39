import type { InputItem } from '../readers/reader.js';
import { asInputError } from '../readers/reader.js';
import { webArticleInput } from './article-input.js';
import { decodeMarkup } from './decode-markup.js';
import { extractArticle } from './extract-article.js';
import { feedItemArticle } from './feed-articles.js';
import { parseFeed } from './feeds.js';
import type { PoliteFetcher } from './fetch.js';
import { formatOfBytes } from './sniff.js';

const FEED_TYPE = /(?:rss|atom|rdf|feed\+json|application\/(?:xml|json)|text\/xml)/i;

/**
 * The articles at a URL: a page gives its article; a feed gives one per item, each fetched from its
 * link (the feed's own content when the page cannot be had is not used: the page is the article).
 * What has not changed since the last fetch (a 304 to a conditional GET) gives nothing.
 */
export async function* fetchArticles(url: string, fetcher: PoliteFetcher): AsyncGenerator<InputItem> {
  let result;
  try {
    result = await fetcher.get(url);
  } catch (err) {
    yield { ok: false, error: asInputError(url, err) };
    return;
  }
  if (result.status === 'not-modified') return;
  const sniffed = formatOfBytes(result.body);
  const isFeed = sniffed === 'feed' || (sniffed !== 'html' && FEED_TYPE.test(result.contentType ?? ''));
  try {
    if (!isFeed) {
      yield pageArticle(result.url, result.body, result.contentType, result.fetched);
      return;
    }
    const feed = parseFeed(decodeMarkup(result.body, url, result.contentType), url, result.url, result.fetched);
    for (const [i, item] of feed.items.entries()) {
      const where = `${url}#${i + 1}`;
      if (!item.link) {
        yield feedItemArticle(item, where);
        continue;
      }
      let page;
      try {
        page = await fetcher.get(item.link);
      } catch (err) {
        yield { ok: false, error: asInputError(item.link, err) };
        continue;
      }
      if (page.status === 'not-modified') continue;
      const article = pageArticle(page.url, page.body, page.contentType, page.fetched, item.published);
      yield article;
    }
  } catch (err) {
    yield { ok: false, error: asInputError(url, err) };
  }
}

function pageArticle(url: string, body: Uint8Array, contentType: string | null, fetched: string, feedDate: string | null = null): InputItem {
  try {
    const article = extractArticle(decodeMarkup(body, url, contentType), url, { url, urlSource: 'http', fetched });
    if (!article.published && feedDate) [article.published, article.sources.published] = [feedDate, 'feed'];
    return { ok: true, article: webArticleInput(article, url, url) };
  } catch (err) {
    return { ok: false, error: asInputError(url, err) };
  }
}
