/**
 * An article read from the web (a page, a feed item or an archived response), with the metadata the
 * page itself gives and where each field came from, so a wrong date can be traced to its source.
 */
export type MetadataSource =
  | 'jsonld'
  | `meta:${string}`
  | 'time-element'
  | 'text'
  | 'url'
  | 'feed'
  | 'readability'
  | 'html-lang'
  | 'warc'
  | 'http';

export type MetadataField = 'url' | 'title' | 'byline' | 'published' | 'language' | 'site';

export interface WebArticle {
  url: string | null;
  title: string | null;
  byline: string | null;
  /** Publication date, YYYY-MM-DD, the local date as the page writes it. */
  published: string | null;
  language: string | null;
  site: string | null;
  /** The article text, block-aware: one paragraph or heading a line, blank lines between. */
  text: string;
  sources: Partial<Record<MetadataField, MetadataSource>>;
}

/** A value with the place it was found. */
export interface Sourced<T> {
  value: T;
  source: MetadataSource;
}

/** Copies the sourced fields that have a value into an article. */
export function assignSourced(article: WebArticle, fields: Partial<Record<MetadataField, Sourced<string> | null>>): void {
  for (const [field, found] of Object.entries(fields) as [MetadataField, Sourced<string> | null][]) {
    if (!found) continue;
    article[field] = found.value;
    article.sources[field] = found.source;
  }
}
