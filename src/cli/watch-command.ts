import { openStore } from '../jobs/stores.js';
import { watchUrls } from '../jobs/watch.js';
import { describe, type IngestOptions } from './ingest-command.js';
import { stopOnInterrupt } from './interrupt.js';

/**
 * `readout watch`: polls feeds and sites every interval and ingests what is new, until Ctrl-C, which
 * finishes the batch in flight (a second Ctrl-C quits at once).
 */
export async function runWatch(urls: string[], options: IngestOptions & { everyMs: number }, stderr: NodeJS.WriteStream): Promise<number> {
  const { store, created } = await openStore(options.db, { createDirectory: options.createDirectory });
  if (created) stderr.write(`readout: created the store ${options.db}\n`);
  const interrupt = stopOnInterrupt(stderr, 'the batch in flight');
  let failed = false;
  try {
    await watchUrls(
      store,
      urls,
      { published: options.published ?? null, encoding: options.encoding, maxBytes: options.maxBytes, threads: options.threads, batchSize: options.batch, everyMs: options.everyMs },
      {
        shouldStop: interrupt.stopping,
        onPoll: (poll, summary) => {
          failed ||= summary.failures.length > 0;
          if (!options.quiet || summary.added + summary.updated + summary.failures.length > 0) stderr.write(`readout: poll ${poll} at ${new Date().toISOString()}\n${describe(summary, options.db)}`);
        },
      },
    );
    return failed ? 1 : 0;
  } finally {
    interrupt.release();
    await store.close();
  }
}
