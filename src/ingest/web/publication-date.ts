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
export function publicationDate(document: DomDocument, jsonLd: JsonObject[], url: string | null, title: string | null, context: DateContext): Sourced<string> | null {
  return fromJsonLd(jsonLd, context) ?? fromMeta(document, context) ?? fromTimeElements(document, context) ?? fromVisibleText(document, title, context) ?? fromUrl(url, context);
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
 * meta, the one nearest the headline (the `<h1>` that the page title contains, else the first; before it counts double: site headers show today's date,
 * lists of other articles come after the article), else in the text around the `<h1>`.
 */
function fromVisibleText(document: DomDocument, title: string | null, context: DateContext): Sourced<string> | null {
  const body = document.querySelector('body');
  if (!body) return null;
  const elements = body.querySelectorAll('*');
  let headlineAt = -1;
  let headline: DomElement | null = null;
  const candidates: { at: number; date: string }[] = [];
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (e.tagName === 'H1' && (headlineAt < 0 || isTitle(e, title))) [headlineAt, headline] = [i, e];
    if (!DATE_CLASS.test(`${attr(e, 'class') ?? ''} ${attr(e, 'id') ?? ''}`) || isMarkedModified(e)) continue;
    const text = cleanText(e);
    if (text.length === 0 || text.length > 200) continue;
    const date = findDateInText(text, context);
    if (date) candidates.push({ at: i, date });
  }
  const distance = (at: number) => (headlineAt < 0 ? at : at >= headlineAt ? at - headlineAt : 2 * (headlineAt - at));
  const nearest = candidates.sort((a, b) => distance(a.at) - distance(b.at))[0];
  if (nearest) return { value: nearest.date, source: 'text' };
  const date = headline ? findDateInText(textAround(headline), context) : null;
  return date ? { value: date, source: 'text' } : null;
}

function isTitle(heading: DomElement, title: string | null): boolean {
  const text = cleanText(heading);
  return text.length > 10 && title !== null && title.includes(text);
}

/** The text just before and after a headline, within the smallest ancestor that holds some article text. */
function textAround(headline: DomElement): string {
  let block = headline;
  while (block.parentElement && cleanText(block).length < 400 && block.tagName !== 'BODY') block = block.parentElement;
  const text = cleanText(block);
  const at = Math.max(0, text.indexOf(cleanText(headline)));
  return text.slice(Math.max(0, at - 200), at + 1000);
}

/** /2020/06/07/, /2020-06-07/, /20200607/ in the URL's path. */
function fromUrl(url: string | null, context: DateContext): Sourced<string> | null {
  if (!url) return null;
  const m = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url.replace(/^\w+:\/\/[^/]+/, ''));
  const date = m ? parseDateValue(`${m[1]}-${m[2]}-${m[3]}`, context) : null;
  return date ? { value: date, source: 'url' } : null;
}
