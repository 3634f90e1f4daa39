import { availableParallelism } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../ingest/decode.js';
import { parseDate } from '../ingest/readers/records.js';
import { defaultStorePath } from '../jobs/stores.js';
import { skippedLines, userDictionaries, type UserDictionaries } from '../jobs/user-dictionaries.js';

/** Options that several commands share. */
export const publishedOption = () =>
  new Option('--published <YYYY-MM-DD>', 'publication date of .txt and standard-input articles').argParser((value) => {
    try {
      return parseDate(value, '--published');
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message.replace(/^--published: /, ''));
    }
  });
export const encodingOption = () => new Option('--encoding <name>', 'encoding of the inputs').choices(['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1']).default('auto');
export const maxBytesOption = () => new Option('--max-bytes <n>', 'refuse articles larger than this').argParser(positiveInteger).default(DEFAULT_MAX_BYTES);
export const dbOption = () => new Option('--db <path|url>', 'the store: a SQLite file or a postgres:// URL (default: $READOUT_DB or readout.db in the user data directory)').default(defaultStorePath(), 'the user data directory');
export const threadsOption = () => new Option('--threads <n>', 'worker threads for analysis').argParser(positiveInteger).default(availableParallelism(), 'the number of cores');
export const batchOption = () => new Option('--batch <n>', 'articles per transaction').argParser(positiveInteger).default(100);

/** `--actors FILE`, repeatable: the user's actor dictionaries, in the order given. */
export const actorsOption = () =>
  new Option('--actors <file>', 'an actor or agents dictionary (PETRARCH/TABARI format, or .tsv: name, code, provenance); repeatable').argParser((value: string, previous: string[] = []) => [...previous, value]);

/** `--verbs FILE`, repeatable: the user's verb dictionaries, matched before the shipped patterns. */
export const verbsOption = () =>
  new Option('--verbs <file>', 'a verb dictionary (PETRARCH-2 or TABARI format) whose patterns code events before the shipped ones; repeatable').argParser((value: string, previous: string[] = []) => [...previous, value]);

/** Lines of skipped dictionary lines reported one by one; the rest are counted. */
const SKIPPED_SHOWN = 5;

/**
 * Reads the user's dictionaries (`--actors`, `--verbs`) once, before any article: a bad file is one
 * line on `stderr` naming the file and line, and null (the command stops); otherwise the lines
 * skipped as unreadable are named there, and the files are returned for the analysis threads to read.
 */
export function readDictionaries(options: { actors?: readonly string[]; verbs?: readonly string[] }, stderr: NodeJS.WritableStream): UserDictionaries | null {
  const files = { actors: options.actors ?? [], verbs: options.verbs ?? [] };
  let skipped: string[];
  try {
    userDictionaries(files);
    skipped = skippedLines(files);
  } catch (err) {
    stderr.write(`readout: ${(err as Error).message}\n`);
    return null;
  }
  for (const line of skipped.slice(0, SKIPPED_SHOWN)) stderr.write(`readout: skipped ${line}\n`);
  if (skipped.length > SKIPPED_SHOWN) stderr.write(`readout: skipped ${skipped.length - SKIPPED_SHOWN} more unreadable dictionary lines\n`);
  return files;
}

/** Whether --db is the default location (whose directory is created), not one the user named (whose directory must exist). */
export function isDefaultStore(command: Command): boolean {
  return command.getOptionValueSource('db') === 'default' && process.env.READOUT_DB === undefined;
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}
