import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import type { ArticleInput } from '../../model/schema.js';
import { DEFAULT_MAX_BYTES, InputError } from '../decode.js';
import { byteLines, checkFile } from './files.js';
import { asInputError, type InputReader, type ReadOptions } from './reader.js';
import { toArticle } from './records.js';

/** `.jsonl`/`.ndjson`: one JSON record per line, streamed; each line is decoded and checked on its own. */
export const jsonlReader: InputReader = {
  name: 'jsonl',
  reads: (path) => ['.jsonl', '.ndjson'].includes(extname(path).toLowerCase()),
  single: false,
  async *read(path, options) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    await checkFile(path);
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
  },
  async count(path) {
    let lines = 0;
    for await (const line of byteLines(createReadStream(path))) lines += line.some((b) => b > 0x20) ? 1 : 0;
    return lines;
  },
};

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
