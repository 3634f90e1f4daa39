import { parseFeed as parseAnyFeed } from 'feedsmith';
import { InputError } from '../decode.js';
import { blockText } from './block-text.js';
import { parseDocument } from './dom.js';
import { parseDateValue } from './date-values.js';

/** One item of a feed, with its text as block-aware plain text. */
export interface FeedItem {
  title: string | null;
  link: string | null;
  /** YYYY-MM-DD as the feed writes it. */
  published: string | null;
  byline: string | null;
  /** The item's full content when the feed carries it (`content:encoded`, Atom `content`, JSON `content_html`). */
  content: string | null;
  summary: string | null;
}

export interface Feed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  items: FeedItem[];
}

type Loose = Record<string, unknown>;

/**
 * RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed, by feedsmith. Relative links are made
 * absolute against `feedUrl`. Throws an InputError naming `input` when the text is no feed.
 */
export function parseFeed(text: string, input: string, feedUrl: string | null = null, latest = new Date().toISOString().slice(0, 10)): Feed {
  let parsed: ReturnType<typeof parseAnyFeed>;
  try {
    parsed = parseAnyFeed(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(input, `unparseable feed: ${(err as Error).message}`);
  }
  const feed = parsed.feed as unknown as Loose;
  const entries = ((parsed.format === 'atom' ? feed.entries : feed.items) ?? []) as Loose[];
  const context = { latest };
  const items = entries.map((entry) => toItem(parsed.format, entry, feedUrl, context));
  return { format: parsed.format, title: textOf(feed.title), items };
}

function toItem(format: Feed['format'], e: Loose, feedUrl: string | null, context: { latest: string }): FeedItem {
  const dc = (e.dc ?? {}) as Loose;
  const dates: unknown[] =
    format === 'atom' ? [e.published, e.updated] : format === 'json' ? [e.date_published, e.date_modified] : [e.pubDate, ...listOf(dc.dates), dc.date];
  const published = dates.map((d) => (typeof d === 'string' ? parseDateValue(d, context) : null)).find((d) => d) ?? null;
  const authors = [...listOf(e.authors).map((a) => textOf((a as Loose)?.name) ?? null), ...listOf(dc.creators).map(textOf), textOf(e.author)].filter((a): a is string => !!a);
  const content = format === 'json' ? (e.content_html ?? e.content_text) : format === 'atom' ? e.content : (e.content as Loose | undefined)?.encoded;
  const summary = format === 'json' ? e.summary : format === 'atom' ? e.summary : e.description;
  return {
    title: htmlText(textOf(e.title)),
    link: absolute(linkOf(format, e), feedUrl),
    published,
    byline: authors.length ? [...new Set(authors)].join(', ') : null,
    content: htmlText(textOf(content)),
    summary: htmlText(textOf(summary)),
  };
}

function linkOf(format: Feed['format'], e: Loose): string | null {
  if (format === 'json') return textOf(e.url) ?? textOf(e.external_url);
  if (format === 'atom') {
    const links = listOf(e.links) as Loose[];
    const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
    return textOf(link?.href);
  }
  const guid = e.guid as Loose | undefined;
  return textOf(e.link) ?? (guid && guid.isPermaLink !== false ? textOf(guid.value) : null);
}

/** A string, or the `value` of an Atom text construct. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && 'value' in value) return textOf((value as Loose).value);
  return null;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** Markup in a feed field (escaped HTML in RSS descriptions) to block-aware text. */
function htmlText(value: string | null): string | null {
  if (!value) return null;
  if (!/<[a-z!/]|&[#\w]+;/i.test(value)) return value;
  const text = blockText(parseDocument(`<!doctype html><html><body>${value}</body></html>`));
  return text || null;
}

function absolute(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return link;
  }
}
