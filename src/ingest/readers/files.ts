import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../decode.js';

/** The bytes of a file, refused when it is a directory or larger than `maxBytes`. */
export async function readFileChecked(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (info.size > maxBytes) throw new InputError(path, `too large: ${info.size} bytes, the limit is ${maxBytes} (--max-bytes)`);
  return readFile(path);
}

/** Checks that a path names a readable file before it is streamed. */
export async function checkFile(path: string): Promise<void> {
  await readFileChecked(path, Number.MAX_SAFE_INTEGER);
}

/** Splits a byte stream on newlines without decoding, so that one bad line cannot spoil the others. */
export async function* byteLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
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
