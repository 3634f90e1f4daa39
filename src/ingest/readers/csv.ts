import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse';
import { InputError } from '../decode.js';
import { checkFile } from './files.js';
import { asInputError, type InputReader } from './reader.js';
import { toArticle } from './records.js';

/**
 * `.csv`: one article per record under a header row naming the same fields as a JSON record. A
 * malformed record (unbalanced quotes, a wrong number of fields) is reported with its line and the
 * parser goes on.
 */
export const csvReader: InputReader = {
  name: 'csv',
  reads: (path) => extname(path).toLowerCase() === '.csv',
  single: false,
  async *read(path, options) {
    await checkFile(path);
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
  },
  async count(path) {
    let records = 0;
    for await (const _ of createReadStream(path).pipe(parseCsv({ columns: true, bom: true, skip_records_with_error: true }))) records++;
    return records;
  },
};
