import { extname } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../decode.js';
import { webArticleInput } from '../web/article-input.js';
import { decodeMarkup } from '../web/decode-markup.js';
import { sniffFormat } from '../web/sniff.js';
import { readFileChecked } from './files.js';
import type { InputReader } from './reader.js';

const HTML_NAME = /\.(?:html?|xhtml)(?:\.gz)?$/i;

/** A saved web page (`.html`, `.htm`, gzip too, or any file that starts as HTML): its article, by Readability. */
export const htmlReader: InputReader = {
  name: 'html',
  reads: (path) => HTML_NAME.test(path) || (!KNOWN_OTHER.test(extname(path)) && sniffFormat(path) === 'html'),
  single: true,
  async *read(path, options) {
    const bytes = await readFileChecked(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    // Readability and the DOM load with the first page, not with every run.
    const { extractArticle } = await import('../web/extract-article.js');
    const article = extractArticle(decodeMarkup(bytes, path), path);
    yield { ok: true, article: webArticleInput(article, path, path, options.published ?? null) };
  },
  count: async () => 1,
};

/** Extensions of formats that are never HTML, which are not opened to sniff. */
const KNOWN_OTHER = /^\.(?:jsonl|ndjson|csv|warc|gz|pdf|zip|png|jpe?g|gif)$/i;
