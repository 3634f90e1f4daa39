import type { DomDocument } from './dom.js';

export type JsonObject = Record<string, unknown>;

/**
 * Every object in the page's JSON-LD blocks, flattened out of arrays and `@graph`s. A block that is
 * not valid JSON (sites often leave trailing commas or raw newlines in strings) is skipped.
 */
export function jsonLdObjects(document: DomDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length; i++) {
    const source = (scripts[i].textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
    let data: unknown;
    try {
      data = JSON.parse(source.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      continue;
    }
    collect(data, objects, 0);
  }
  return objects;
}

function collect(data: unknown, into: JsonObject[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) collect(item, into, depth + 1);
    return;
  }
  const object = data as JsonObject;
  into.push(object);
  if (object['@graph']) collect(object['@graph'], into, depth + 1);
  if (object.mainEntity) collect(object.mainEntity, into, depth + 1);
}

const ARTICLE_TYPE = /Article|BlogPosting|Posting|Report|Blog\b|LiveBlog/i;

/** The object describing the article: an Article type (NewsArticle, BlogPosting, ...) before a WebPage. */
export function articleObject(objects: JsonObject[]): JsonObject | null {
  return objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t))) ?? objects.find((o) => typesOf(o).some((t) => /WebPage/i.test(t))) ?? null;
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : typeof type === 'string' ? [type] : [];
}

/** A string property, or the `name` of an object (or list of them) in it: authors, publishers. */
export function names(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') return names((value as JsonObject).name);
  return [];
}
