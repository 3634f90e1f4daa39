import { Readability } from '@mozilla/readability';
import { InputError } from '../decode.js';
import { blockText } from './block-text.js';
import { removeFurniture } from './clean-content.js';
import { parseDocument, type DomElement } from './dom.js';
import { jsonLdObjects } from './json-ld.js';
import { pageMetadata } from './page-metadata.js';
import { publicationDate } from './publication-date.js';
import { assignSourced, type MetadataSource, type WebArticle } from './web-article.js';

export interface ExtractOptions {
  /** Where the page was read from (an HTTP or WARC URL); the page's canonical link is used otherwise. */
  url?: string | null;
  urlSource?: MetadataSource;
  /** The day the page was fetched (YYYY-MM-DD): no publication date can be later. Default: today. */
  fetched?: string | null;
}

/**
 * A web page's article: its main text by Mozilla Readability on a linkedom DOM, turned into
 * block-aware text, and its metadata (title, byline, date, language, site, URL) each with its source.
 * Throws an InputError naming `input` when the markup is not HTML or no article text is found.
 */
export function extractArticle(html: string, input: string, options: ExtractOptions = {}): WebArticle {
  if (!looksLikeHtml(html)) throw new InputError(input, 'not HTML: no markup found');
  const document = parseDocument(html);
  const jsonLd = jsonLdObjects(document);
  const meta = pageMetadata(document, jsonLd);
  const article: WebArticle = { url: null, title: null, byline: null, published: null, language: null, site: null, text: '', sources: {} };
  const url = options.url ? { value: options.url, source: options.urlSource ?? 'http' } : meta.url;
  assignSourced(article, { url, title: meta.title, byline: meta.byline, language: meta.language, site: meta.site });
  const context = { latest: options.fetched ?? today(), language: article.language };
  assignSourced(article, { published: publicationDate(document, jsonLd, article.url, article.title, context) });

  // Readability rewrites the document, so it runs after every metadata source has been read.
  // Classes are kept so that captions, share boxes and the like can be told apart afterwards.
  const parsed = new Readability(document as never, { keepClasses: true, serializer: (node: unknown) => node as DomElement }).parse();
  if (parsed?.content) removeFurniture(parsed.content);
  article.text = parsed?.content ? blockText(parsed.content) : '';
  if (article.text === '') throw new InputError(input, 'empty extraction: no article text found in the page');
  if (parsed?.title && (!article.title || article.sources.title === 'meta:title')) assignSourced(article, { title: { value: parsed.title.trim(), source: 'readability' } });
  if (!article.byline && parsed?.byline && parsed.byline.length <= 120) assignSourced(article, { byline: { value: parsed.byline.trim(), source: 'readability' } });
  if (!article.site && article.url) assignSourced(article, { site: { value: new URL(article.url).hostname.replace(/^www\./, ''), source: 'url' } });
  return article;
}

/** Whether text is HTML (or XHTML) rather than plain text, JSON or a feed that merely contains tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  return /^(?:<!doctype html|<html|<head|<body|<meta|<title|<!--)/.test(head) || (/<(?:html|body|p|div|article)[\s>]/.test(head) && !/^<\?xml[^>]*>\s*<(?:rss|feed|rdf:rdf)/.test(head));
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
