import { csvReader } from './csv.js';
import { directoryReader } from './directory.js';
import { feedReader } from './feed.js';
import { htmlReader } from './html.js';
import { jsonlReader } from './jsonl.js';
import type { InputReader } from './reader.js';
import { stdinReader } from './stdin.js';
import { txtReader } from './txt.js';
import { urlReader } from './url.js';
import { warcReader } from './warc.js';

/** The input formats, in the order they are tried: the first that reads a path takes it; plain text takes the rest. */
export const READERS: readonly InputReader[] = [
  stdinReader,
  urlReader,
  directoryReader,
  jsonlReader,
  csvReader,
  warcReader,
  feedReader,
  htmlReader,
  txtReader,
];

export function readerFor(path: string): InputReader {
  return READERS.find((reader) => reader.reads(path))!;
}
