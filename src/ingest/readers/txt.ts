import { DEFAULT_MAX_BYTES, decodeText } from '../decode.js';
import { readFileChecked } from './files.js';
import type { InputReader } from './reader.js';

/** Any other file: one plain-text article, whose id is its path. */
export const txtReader: InputReader = {
  name: 'txt',
  reads: () => true,
  single: true,
  async *read(path, options) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const text = decodeText(await readFileChecked(path, maxBytes), path, options.encoding, maxBytes);
    yield { ok: true, article: { id: path, text, published: options.published ?? null, title: null, url: null } };
  },
  count: async () => 1,
};
