import { csvReader } from './csv.js';
import { jsonlReader } from './jsonl.js';
import type { InputReader } from './reader.js';
import { stdinReader } from './stdin.js';
import { txtReader } from './txt.js';

/** The input formats, in the order they are tried: the first that reads a path takes it; plain text takes the rest. */
export const READERS: readonly InputReader[] = [stdinReader, jsonlReader, csvReader, txtReader];

export function readerFor(path: string): InputReader {
  return READERS.find((reader) => reader.reads(path))!;
}
