import { createReadStream } from 'node:fs';
import { parse as parseCsv } from 'csv-parse';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ArticleInput } from '../model/schema.js';
import { checkText, DEFAULT_MAX_BYTES, decodeText, InputError, type Encoding } from './decode.js';

export type InputItem = { ok: true; article: ArticleInput } | { ok: false; error: InputError };

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) for .txt and standard-input articles. */
  published?: string | null;
  encoding?: Encoding;
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
}

type InputFormat = 'jsonl' | 'csv' | 'text';

function formatOf(path: string): InputFormat {
  const ext = path === '-' ? '' : extname(path).toLowerCase();
  return ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : ext === '.csv' ? 'csv' : 'text';
}

/**
 * Reads every input in order: `.jsonl`/`.ndjson` files give one article per line, `.csv` files one
 * per record under a header row, `-` is standard input, anything else is one plain-text article. A
 * bad input, line or record becomes an error item and the rest go on.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const path of paths) {
    try {
      const format = formatOf(path);
      if (format === 'jsonl') {
        yield* readJsonLines(path, options);
      } else if (format === 'csv') {
        yield* readCsv(path, options);
      } else {
        yield { ok: true, article: await readTextArticle(path, options) };
      }
    } catch (err) {
      yield { ok: false, error: asInputError(path, err) };
    }
  }
}

async function readTextArticle(path: string, options: ReadOptions): Promise<ArticleInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = path === '-' ? await readAll(options.stdin ?? process.stdin, path, maxBytes) : await readFileChecked(path, maxBytes);
  const text = decodeText(bytes, path === '-' ? 'standard input' : path, options.encoding, maxBytes);
  return { id: path === '-' ? 'stdin' : path, text, published: options.published ?? null, title: null, url: null };
}

async function readFileChecked(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (info.size > maxBytes) throw new InputError(path, `too large: ${info.size} bytes, the limit is ${maxBytes} (--max-bytes)`);
  return readFile(path);
}

async function readAll(stream: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw new InputError(name, `too large: more than ${maxBytes} bytes (--max-bytes)`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Streams a JSON Lines file; each line is decoded and checked on its own. */
async function* readJsonLines(path: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  await readFileChecked(path, Number.MAX_SAFE_INTEGER);
  let lineNumber = 0;
  let records = 0;
  for await (const line of byteLines(createReadStream(path))) {
    lineNumber++;
    const where = `${path}:${lineNumber}`;
    try {
      if (line.length > maxBytes) throw new InputError(where, `too large: ${line.length} bytes, the limit is ${maxBytes} (--max-bytes)`);
      const source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: lineNumber > 1 }).decode(line).trim();
      if (source === '') continue;
      records++;
      yield { ok: true, article: parseRecord(source, where, options) };
    } catch (err) {
      records++;
      yield { ok: false, error: asInputError(where, err) };
    }
  }
  if (records === 0) yield { ok: false, error: new InputError(path, 'empty: no JSON lines') };
}

/**
 * Streams a CSV file with a header row naming the same fields as a JSON record. A malformed record
 * (unbalanced quotes, a wrong number of fields) is reported with its line and the parser goes on.
 */
async function* readCsv(path: string, options: ReadOptions): AsyncGenerator<InputItem> {
  await readFileChecked(path, Number.MAX_SAFE_INTEGER);
  const skipped: InputError[] = [];
  const parser = createReadStream(path).pipe(parseCsv({ columns: true, bom: true, info: true, skip_records_with_error: true, relax_column_count: false }));
  parser.on('skip', (err: Error & { lines?: number }) => skipped.push(new InputError(`${path}:${err.lines ?? '?'}`, `malformed CSV record: ${err.message}`)));
  let records = 0;
  let line = 2; // where the next record starts: the header is line 1
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    while (skipped.length) yield { ok: false, error: skipped.shift()! };
    records++;
    const where = `${path}:${line}`;
    line = info.lines + 1;
    try {
      yield { ok: true, article: toArticle(record, where, options) };
    } catch (err) {
      yield { ok: false, error: asInputError(where, err) };
    }
  }
  for (const error of skipped) yield { ok: false, error };
  if (records === 0 && skipped.length === 0) yield { ok: false, error: new InputError(path, 'empty: no CSV records under the header') };
}

/**
 * How many articles the inputs hold, for a progress estimate: lines of JSON Lines files, records
 * of CSV files, one per other file; null when standard input is among them.
 */
export async function countArticles(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return null;
    const format = formatOf(path);
    try {
      if (format === 'text') total++;
      else if (format === 'jsonl') for await (const line of byteLines(createReadStream(path))) total += line.some((b) => b > 0x20) ? 1 : 0;
      else for await (const _ of createReadStream(path).pipe(parseCsv({ columns: true, bom: true, skip_records_with_error: true }))) total++;
    } catch {
      total++; // unreadable: it will be one failure
    }
  }
  return total;
}

/** Splits a byte stream on newlines without decoding, so that one bad line cannot spoil the others. */
async function* byteLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    let data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let newline: number;
    while ((newline = data.indexOf(0x0a)) >= 0) {
      yield data.subarray(0, newline);
      data = data.subarray(newline + 1);
    }
    rest = data;
  }
  if (rest.length) yield rest;
}

function parseRecord(source: string, where: string, options: ReadOptions): ArticleInput {
  let record: unknown;
  try {
    record = JSON.parse(source);
  } catch (err) {
    throw new InputError(where, `malformed JSON: ${(err as Error).message}`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InputError(where, 'malformed record: expected a JSON object');
  }
  return toArticle(record as Record<string, unknown>, where, options);
}

/**
 * One record: `{"id","text","published"?,"title"?,"url"?}`. Common corpus spellings are taken
 * too (`body` for text, `date` for published, with a time part dropped).
 */
function toArticle(r: Record<string, unknown>, where: string, options: ReadOptions): ArticleInput {
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

function asInputError(input: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const e = err as NodeJS.ErrnoException;
  const reason = e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a directory, not a file' : e.message;
  return new InputError(input, reason);
}
