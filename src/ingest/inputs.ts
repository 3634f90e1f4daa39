import { readerFor } from './readers/index.js';
import { asInputError, type InputItem, type ReadOptions } from './readers/reader.js';

/**
 * Reads every input in order, each with the reader of its format (`readers/index.ts`). A bad
 * input, line or record becomes an error item and the rest go on.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const path of paths) {
    try {
      yield* readerFor(path).read(path, options);
    } catch (err) {
      yield { ok: false, error: asInputError(path, err) };
    }
  }
}

/** How many articles the inputs hold, for a progress estimate; null when one of them cannot tell (standard input). */
export async function countArticles(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    try {
      const n = await readerFor(path).count(path);
      if (n === null) return null;
      total += n;
    } catch {
      total++; // unreadable: it will be one failure
    }
  }
  return total;
}

/** Whether every input holds exactly one article. */
export function singleArticle(paths: string[]): boolean {
  return paths.length === 1 && readerFor(paths[0]).single;
}
