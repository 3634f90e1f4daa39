import { attr, cleanText, type DomDocument } from './dom.js';
import { articleObject, names, type JsonObject } from './json-ld.js';
import type { Sourced } from './web-article.js';

export interface PageMetadata {
  url: Sourced<string> | null;
  title: Sourced<string> | null;
  byline: Sourced<string> | null;
  language: Sourced<string> | null;
  site: Sourced<string> | null;
}

/** Title, byline, language, site name and canonical URL as the page declares them, each with its source. */
export function pageMetadata(document: DomDocument, jsonLd: JsonObject[]): PageMetadata {
  const metas = metaMap(document);
  const article = articleObject(jsonLd) ?? {};
  const fromMeta = (...keys: string[]): Sourced<string> | null => {
    for (const key of keys) {
      const value = metas.get(key);
      if (value) return { value, source: `meta:${key}` };
    }
    return null;
  };
  const fromJson = (value: unknown, filter: (s: string) => boolean = () => true): Sourced<string> | null => {
    const found = [...new Set(names(value).filter(filter))];
    return found.length ? { value: found.join(', '), source: 'jsonld' } : null;
  };
  const canonical = document.querySelector('link[rel="canonical" i][href]');
  const lang = document.documentElement ? attr(document.documentElement, 'lang') : null;
  return {
    url: (canonical && absoluteUrl(attr(canonical, 'href')!) && { value: absoluteUrl(attr(canonical, 'href')!)!, source: 'meta:canonical' }) || fromMeta('og:url'),
    title: fromJson(article.headline) ?? fromMeta('og:title', 'twitter:title', 'dc.title', 'sailthru.title', 'parsely-title') ?? titleElement(document),
    byline: fromJson(article.author, isPersonName) ?? metaByline(metas),
    language: lang ? { value: normaliseLanguage(lang), source: 'html-lang' } : languageMeta(metas) ?? fromJson(article.inLanguage),
    site: fromMeta('og:site_name', 'application-name', 'twitter:site') ?? fromJson((article as JsonObject).publisher),
  };
}

/** Meta elements by lower-cased name, property or itemprop; the first of each name counts. */
function metaMap(document: DomDocument): Map<string, string> {
  const metas = new Map<string, string>();
  const elements = document.querySelectorAll('meta[content]');
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    const content = attr(e, 'content')?.replace(/\s+/g, ' ');
    for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
      const name = attr(e, key)?.toLowerCase();
      if (name && content && !metas.has(name)) metas.set(name, content);
    }
  }
  return metas;
}

function titleElement(document: DomDocument): Sourced<string> | null {
  const title = document.querySelector('title');
  const text = title ? cleanText(title) : '';
  return text ? { value: text, source: 'meta:title' } : null;
}

/** An author meta that is a name, not a profile URL or a handle. */
function metaByline(metas: Map<string, string>): Sourced<string> | null {
  for (const key of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'byline']) {
    const value = metas.get(key)?.replace(/^by\s+/i, '');
    if (value && isPersonName(value)) return { value, source: `meta:${key}` };
  }
  return null;
}

function isPersonName(value: string): boolean {
  return !/^https?:|^@|www\.|\.com\b/i.test(value) && value.length <= 200;
}

function languageMeta(metas: Map<string, string>): Sourced<string> | null {
  for (const key of ['content-language', 'og:locale', 'language', 'dc.language']) {
    const value = metas.get(key);
    if (value && /^[a-z]{2,3}(?:[-_][a-z0-9]+)*$/i.test(value)) return { value: normaliseLanguage(value), source: `meta:${key}` };
  }
  return null;
}

/** BCP 47 with a hyphen: "en_US" → "en-US". */
function normaliseLanguage(value: string): string {
  return value.trim().replace(/_/g, '-');
}

function absoluteUrl(href: string): string | null {
  return /^https?:\/\//i.test(href) ? href : null;
}
