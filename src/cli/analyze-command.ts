import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Encoding } from '../ingest/decode.js';
import { readInputs } from '../ingest/inputs.js';
import { toReadout } from '../output/json.js';
import { formatText } from '../output/text.js';
import { analyzeArticle } from '../pipeline.js';
import { Progress } from './progress.js';

export interface AnalyzeOptions {
  published?: string;
  format: 'json' | 'text';
  include: string[];
  encoding: Encoding;
  maxBytes: number;
  quiet: boolean;
}

export interface CommandIO {
  stdout: Writable;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
}

/**
 * Analyses every input in order and writes one readout per article. A bad input is reported on
 * standard error with its name and reason and the others go on; returns the exit code (1 if any
 * input failed).
 */
export async function runAnalyze(paths: string[], options: AnalyzeOptions, io: CommandIO): Promise<number> {
  const includeTokens = options.include.includes('tokens');
  // One plain-text article reads best as indented JSON; several are JSON Lines.
  const pretty = paths.length === 1 && !/\.(jsonl|ndjson|csv)$/i.test(paths[0]);
  const progress = new Progress(io.stderr, !options.quiet);
  let failures = 0;
  let articles = 0;
  const inputs = readInputs(paths, { published: options.published ?? null, encoding: options.encoding, maxBytes: options.maxBytes, stdin: io.stdin });
  for await (const item of inputs) {
    if (!item.ok) {
      failures++;
      progress.tick(false);
      io.stderr.write(`readout: ${item.error.message}\n`);
      continue;
    }
    let rendered: string;
    try {
      const doc = analyzeArticle(item.article);
      rendered = options.format === 'text' ? formatText(doc) + '\n' : JSON.stringify(toReadout(doc, { includeTokens }), null, pretty ? 2 : undefined) + '\n';
    } catch (err) {
      // A defect in a stage must not take the batch down: report it against this article and go on.
      failures++;
      progress.tick(false);
      io.stderr.write(`readout: ${item.article.id}: analysis failed: ${(err as Error).stack ?? err}\n`);
      continue;
    }
    articles++;
    progress.tick(true);
    if (!io.stdout.write(rendered)) await once(io.stdout, 'drain');
  }
  progress.finish();
  if (failures > 0) io.stderr.write(`readout: ${failures} input${failures === 1 ? '' : 's'} failed, ${articles} article${articles === 1 ? '' : 's'} analysed\n`);
  return failures > 0 ? 1 : 0;
}
