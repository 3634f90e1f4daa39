import { attr, cleanText, type DomDocument, type DomElement } from './dom.js';
import { articleObject, type JsonObject } from './json-ld.js';
import { findDateInText, parseDateValue, type DateContext } from './date-values.js';
import type { Sourced } from './web-article.js';

/**
 * Meta elements that carry the publication date (never the modification date), by name, property
 * or itemprop, lower-cased: Open Graph, Dublin Core, schema.org, Parse.ly, Sailthru and the
 * spellings CMSs use.
 */
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published', 'article.published',
  'datepublished', 'date_published', 'published_time', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'pub_date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date',
  'dcterms.date', 'dc.created', 'citation_publication_date', 'citation_date', 'prism.publicationdate', 'rnews:datepublished',
  'originalpublicationdate', 'article_date_original', 'og:pubdate', 'bt:pubdate', 'cxenseparse:recs:publishtime',
  'displaydate', 'date', 'created', 'article:post_date',
];
const PUBLISHED_META_RANK = new Map(PUBLISHED_META.map((name, i) => [name, i]));

/** Class or id words of the elements that show a page's date or byline line. */
const DATE_CLASS = /(?:^|[\s_-])(?:date|dates|time|timestamp|datetime|published|publish|pubdate|posted|byline|dateline|meta|info|details|datum|fecha|data|tarih|article-date|post-date|entry-date)(?:$|[\s_-])/i;
const MODIFIED_CLASS = /updat|modif|edited|last-?mod/i;

/**
 * The publication date by a cascade of sources, most reliable first: JSON-LD `datePublished`, meta
 * elements, `<time>` / itemprop elements, a visible date near the headline, the URL's /YYYY/MM/DD/.
 * Must run on the page before Readability changes it.
 */
export function publicationDate(document: DomDocument, jsonLd: JsonObject[], url: string | null, context: DateContext): Sourced<string> | null {
  return fromJsonLd(jsonLd, context) ?? fromMeta(document, context) ?? fromTimeElements(document, context) ?? fromVisibleText(document, context) ?? fromUrl(url, context);
}

function fromJsonLd(objects: JsonObject[], context: DateContext): Sourced<string> | null {
  const article = articleObject(objects);
  for (const object of article ? [article, ...objects] : objects) {
    for (const key of ['datePublished', 'dateCreated']) {
      const value = object[key];
      const date = typeof value === 'string' ? parseDateValue(value, context) : null;
      if (date) return { value: date, source: 'jsonld' };
    }
  }
  return null;
}

function fromMeta(document: DomDocument, context: DateContext): Sourced<string> | null {
  let best: { rank: number; name: string; date: string } | null = null;
  const metas = document.querySelectorAll('meta[content]');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    const name = (attr(meta, 'property') ?? attr(meta, 'name') ?? attr(meta, 'itemprop') ?? '').toLowerCase();
    const rank = PUBLISHED_META_RANK.get(name) ?? (name === 'parsely-page' ? 0 : undefined);
    if (rank === undefined || (best && best.rank <= rank)) continue;
    const content = attr(meta, 'content')!;
    const date = name === 'parsely-page' ? parselyPage(content, context) : parseDateValue(content, context);
    if (date) best = { rank, name, date };
  }
  return best ? { value: best.date, source: `meta:${best.name}` } : null;
}

/** Parse.ly's `parsely-page` meta holds JSON with a `pub_date`. */
function parselyPage(content: string, context: DateContext): string | null {
  try {
    const pubDate = (JSON.parse(content) as { pub_date?: unknown }).pub_date;
    return typeof pubDate === 'string' ? parseDateValue(pubDate, context) : null;
  } catch {
    return null;
  }
}

/** `itemprop="datePublished"`, `<time pubdate>`, then the first `<time datetime>` not marked as an update. */
function fromTimeElements(document: DomDocument, context: DateContext): Sourced<string> | null {
  const marked = document.querySelectorAll('[itemprop="datePublished" i], time[pubdate], [property="datePublished" i]');
  for (let i = 0; i < marked.length; i++) {
    const date = elementDate(marked[i], context);
    if (date) return { value: date, source: 'time-element' };
  }
  const times = document.querySelectorAll('time');
  for (let i = 0; i < Math.min(times.length, 5); i++) {
    if (isMarkedModified(times[i])) continue;
    const date = elementDate(times[i], context);
    if (date) return { value: date, source: 'time-element' };
  }
  return null;
}

function elementDate(element: DomElement, context: DateContext): string | null {
  const value = attr(element, 'datetime') ?? attr(element, 'content') ?? attr(element, 'title');
  return (value && parseDateValue(value, context)) || findDateInText(cleanText(element).slice(0, 200), context);
}

function isMarkedModified(element: DomElement): boolean {
  for (let e: DomElement | null = element, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
    if (MODIFIED_CLASS.test(`${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''} ${attr(e, 'itemprop') ?? ''}`)) return true;
  }
  return false;
}

/**
 * A date shown near the headline: in a short element whose class or id says date, time, byline or
 * meta, else in the text just after the first `<h1>`.
 */
function fromVisibleText(document: DomDocument, context: DateContext): Sourced<string> | null {
  const body = document.querySelector('body');
  if (!body) return null;
  const elements = body.querySelectorAll('[class], [id]');
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (!DATE_CLASS.test(`${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`) || isMarkedModified(e)) continue;
    const text = cleanText(e);
    if (text.length === 0 || text.length > 200) continue;
    const date = findDateInText(text, context);
    if (date) return { value: date, source: 'text' };
  }
  const headline = body.querySelector('h1');
  const after = headline?.parentElement ? cleanText(headline.parentElement).slice(0, 600) : '';
  const date = after ? findDateInText(after, context) : null;
  return date ? { value: date, source: 'text' } : null;
}

/** /2020/06/07/, /2020-06-07/, /20200607/ in the URL's path. */
function fromUrl(url: string | null, context: DateContext): Sourced<string> | null {
  if (!url) return null;
  const m = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url.replace(/^\w+:\/\/[^/]+/, ''));
  const date = m ? parseDateValue(`${m[1]}-${m[2]}-${m[3]}`, context) : null;
  return date ? { value: date, source: 'url' } : null;
}
