import { DEFAULT_MAX_BYTES, decodeText, InputError } from '../decode.js';
import type { InputReader } from './reader.js';

/** `-`: standard input, one plain-text article with the id `stdin`. */
export const stdinReader: InputReader = {
  name: 'stdin',
  reads: (path) => path === '-',
  single: true,
  async *read(path, options) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const bytes = await readAll(options.stdin ?? process.stdin, path, maxBytes);
    const text = decodeText(bytes, 'standard input', options.encoding, maxBytes);
    yield { ok: true, article: { id: 'stdin', text, published: options.published ?? null, title: null, url: null } };
  },
  count: async () => null,
};

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
