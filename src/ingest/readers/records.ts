import type { ArticleInput } from '../../model/schema.js';
import { checkText, InputError } from '../decode.js';
import type { ReadOptions } from './reader.js';

/**
 * One record of a JSON Lines or CSV input: `{"id","text","published"?,"title"?,"url"?}`. Common
 * corpus spellings are taken too (`body` for text, `date` for published, with a time part dropped).
 */
export function toArticle(r: Record<string, unknown>, where: string, options: ReadOptions): ArticleInput {
  const id = r.id;
  if (typeof id !== 'string' && typeof id !== 'number') throw new InputError(where, 'malformed record: no "id" (string)');
  const text = r.text ?? r.body;
  if (typeof text !== 'string') throw new InputError(where, `malformed record ${id}: no "text" (string)`);
  checkText(text, `${where}: record ${id}`);
  const published = r.published || r.date || null;
  return {
    id: String(id),
    text,
    published: published === null ? (options.published ?? null) : parseDate(published, `${where}: record ${id}`),
    title: typeof r.title === 'string' && r.title !== '' ? r.title : null,
    url: typeof r.url === 'string' && r.url !== '' ? r.url : null,
  };
}

/** Accepts YYYY-MM-DD, or an ISO timestamp whose date part is kept. */
export function parseDate(value: unknown, where: string): string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim()) : null;
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!match || !date || date.getUTCDate() !== +match[3] || date.getUTCMonth() !== +match[2] - 1) {
    throw new InputError(where, `bad publication date ${JSON.stringify(value)}: expected YYYY-MM-DD`);
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}
