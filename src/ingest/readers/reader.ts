import type { ArticleInput } from '../../model/schema.js';
import { InputError, type Encoding } from '../decode.js';

export type InputItem = { ok: true; article: ArticleInput } | { ok: false; error: InputError };

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) for .txt and standard-input articles. */
  published?: string | null;
  encoding?: Encoding;
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
}

/** One input format. A new format is a module exporting one of these plus a line in `index.ts`. */
export interface InputReader {
  name: string;
  /** Whether this reader takes the input named `path` (a file path, or `-` for standard input). */
  reads(path: string): boolean;
  /** Whether an input holds exactly one article. */
  single: boolean;
  /** The input's articles in order; a bad article becomes an error item and the rest go on. */
  read(path: string, options: ReadOptions): AsyncGenerator<InputItem>;
  /** How many articles the input holds, for a progress estimate; null when it cannot be known beforehand. */
  count(path: string): Promise<number | null>;
}

/** An error reading `input` as the one line the user sees: the input's name and the reason. */
export function asInputError(input: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  const e = err as NodeJS.ErrnoException;
  const reason = e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a directory, not a file' : e.message;
  return new InputError(input, reason);
}
