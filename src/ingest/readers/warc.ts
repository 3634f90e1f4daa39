import { createReadStream } from 'node:fs';
import { asInputError, type InputReader } from './reader.js';
import { checkFile } from './files.js';
import { webArticleInput } from '../web/article-input.js';
import { decodeMarkup } from '../web/decode-markup.js';
import { sniffFormat } from '../web/sniff.js';

/** A web archive (`.warc`, `.warc.gz`): an article per archived HTML page, with its URL and capture date. */
export const warcReader: InputReader = {
  name: 'warc',
  reads: (path) => /\.warc(?:\.gz)?$/i.test(path) || sniffFormat(path) === 'warc',
  single: false,
  async *read(path) {
    await checkFile(path);
    // The WARC reader and Readability load with the first archive, not with every run.
    const [{ warcPages }, { extractArticle }] = await Promise.all([import('../web/warc.js'), import('../web/extract-article.js')]);
    for await (const item of warcPages(createReadStream(path), path)) {
      if (!item.ok) {
        yield item;
        continue;
      }
      const { url, fetched, contentType, body, offset } = item.page;
      const where = `${path}@${offset} ${url}`;
      try {
        const article = extractArticle(decodeMarkup(body, where, contentType), where, { url, urlSource: 'warc', fetched });
        yield { ok: true, article: webArticleInput(article, url || where, where) };
      } catch (err) {
        yield { ok: false, error: asInputError(where, err) };
      }
    }
  },
  count: async () => null,
};
