import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { asInputError, type InputReader } from './reader.js';

/**
 * A directory: each file in it (sorted, hidden files passed over, not recursive), read by the reader
 * of its own format, so a folder of saved pages is one input.
 */
export const directoryReader: InputReader = {
  name: 'directory',
  reads: (path) => path !== '-' && isDirectory(path),
  single: false,
  async *read(path, options) {
    const { readerFor } = await import('./index.js'); // the registry lists this reader: imported when used
    for (const file of filesIn(path)) {
      try {
        yield* readerFor(file).read(file, options);
      } catch (err) {
        yield { ok: false, error: asInputError(file, err) }; // one bad file: the others are still read
      }
    }
  },
  async count(path) {
    const { readerFor } = await import('./index.js');
    let total = 0;
    for (const file of filesIn(path)) {
      const n = await readerFor(file).count(file);
      if (n === null) return null;
      total += n;
    }
    return total;
  },
};

function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
