import { WARCParser } from 'warcio';
import { InputError } from '../decode.js';

/** An HTML page archived in a WARC response (or resource) record. */
export interface WarcPage {
  url: string;
  /** The day of the capture (WARC-Date), YYYY-MM-DD. */
  fetched: string | null;
  contentType: string | null;
  body: Uint8Array;
  /** Where the record starts in the (uncompressed) file, to name it in errors. */
  offset: number;
}

export type WarcItem = { ok: true; page: WarcPage } | { ok: false; error: InputError };

const HTML_TYPE = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/**
 * The HTML pages of a WARC file (plain or gzip, read by warcio), in order. Requests, metadata,
 * revisits and non-HTML responses hold no article and are passed over; a response with an HTTP
 * error status is reported; a truncated or corrupt record ends the file with an error naming its offset.
 */
export async function* warcPages(source: AsyncIterable<Uint8Array>, input: string): AsyncGenerator<WarcItem> {
  const parser = new WARCParser(source);
  let offset = 0;
  try {
    for await (const record of parser) {
      offset = parser.offset;
      const where = `${input}@${offset}`;
      const type = record.warcType;
      if (type !== 'response' && type !== 'resource') continue;
      const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? null;
      if (contentType && !HTML_TYPE.test(contentType)) continue;
      const url = record.warcTargetURI ?? '';
      const status = Number(record.httpHeaders?.statusCode ?? 200);
      if (status >= 300) {
        if (status >= 400) yield { ok: false, error: new InputError(`${where} ${url}`, `HTTP error ${status} in the archived response`) };
        continue; // a redirect: the target, if archived, is another record
      }
      const body = await record.readFully(true);
      // warcio ends a record quietly where the file ends: bytes still owed mean it was cut off.
      const owed = (record._reader as { limit?: number }).limit ?? 0;
      if (owed > 0) throw new Error(`record for ${url} is ${owed} bytes short of its Content-Length`);
      yield { ok: true, page: { url, fetched: record.warcDate?.slice(0, 10) ?? null, contentType, body, offset } };
    }
  } catch (err) {
    yield { ok: false, error: new InputError(`${input}@${offset}`, `truncated or corrupt WARC record: ${(err as Error).message}`) };
  }
}
