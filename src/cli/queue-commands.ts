import { createServer, type Server } from 'node:http';
import { Command, Option } from 'commander';
import { countArticles } from '../ingest/inputs.js';
import { deadLetters, openQueue, queueStatus, type Queue } from '../jobs/queue/nats.js';
import { publishInputs } from '../jobs/queue/publish.js';
import { prometheusText, QueueWorker } from '../jobs/queue/worker.js';
import { openStore } from '../jobs/stores.js';
import type { IngestOptions } from './ingest-command.js';
import { actorsOption, readDictionaries, dbOption, positiveInteger, verbsOption } from './options.js';
import { Progress } from './progress.js';

/** `readout ingest … --queue`: reads the inputs and publishes the articles; workers analyse and store them. */
export async function runQueueIngest(paths: string[], options: IngestOptions & { queue: string }, stderr: NodeJS.WriteStream): Promise<number> {
  // The queue carries articles; the workers analyse them, each with the dictionaries it was given.
  if (options.actors?.length || options.verbs?.length) {
    stderr.write('readout: --actors and --verbs apply where articles are analysed: give them to `readout worker`, not to `ingest --queue`\n');
    return 1;
  }
  const queue = await openQueue(options.queue);
  const progress = new Progress(stderr, !options.quiet, await countArticles(paths));
  try {
    const summary = await publishInputs(queue, paths, { published: options.published ?? null, encoding: options.encoding, maxBytes: options.maxBytes }, (ok) => progress.tick(ok));
    progress.finish();
    stderr.write(`readout: ${summary.published} articles queued on ${options.queue}, ${summary.duplicates} already queued\n`);
    for (const f of summary.failures) stderr.write(`  ${f.input}: ${f.reason}\n`);
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await queue.nc.drain();
  }
}

/** Serves /healthz (200 while the worker runs and its queue connection is up) and /metrics (Prometheus text) on 127.0.0.1. */
function healthServer(port: number, worker: QueueWorker, queue: Queue): Server {
  return createServer((req, res) => {
    if (req.url === '/healthz') {
      const up = !queue.nc.isClosed();
      res.writeHead(up ? 200 : 503, { 'content-type': 'text/plain' }).end(up ? 'ok\n' : 'queue connection closed\n');
    } else if (req.url === '/metrics') {
      queueStatus(queue).then(
        (status) => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(prometheusText(worker.counts, status)),
        () => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(prometheusText(worker.counts, null)),
      );
    } else {
      res.writeHead(404).end();
    }
  }).listen(port, '127.0.0.1');
}

/** Runs a queue command; a queue or store that cannot be reached is one line on standard error and exit code 1. */
function reported<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (err) {
      process.stderr.write(`readout: ${(err as Error).message}\n`);
      process.exitCode = 1;
    }
  };
}

export function defineWorker(command: Command): void {
  command
    .requiredOption('--queue <url>', 'the NATS JetStream server (nats://host:port)')
    .addOption(dbOption())
    .addOption(new Option('--threads <n>', 'analysis threads in this worker').argParser(positiveInteger).default(1))
    .addOption(new Option('--batch <n>', 'articles taken and written at once').argParser(positiveInteger).default(20))
    .addOption(new Option('--health-port <n>', 'serve /healthz and /metrics on 127.0.0.1 at this port').argParser(positiveInteger))
    .addOption(actorsOption())
    .addOption(verbsOption())
    .option('-q, --quiet', 'no summary on standard error', false)
    .action(reported(async (o: { queue: string; db: string; threads: number; batch: number; healthPort?: number; quiet: boolean; actors?: string[]; verbs?: string[] }) => {
      // The dictionaries are read before anything connects: a bad file stops the worker with one line.
      const dictionaries = readDictionaries(o, process.stderr);
      if (!dictionaries) {
        process.exitCode = 1;
        return;
      }
      const queue = await openQueue(o.queue);
      const { store } = await openStore(o.db).catch(async (err: Error) => {
        await queue.nc.close();
        throw err;
      });
      const worker = new QueueWorker(queue, store, { threads: o.threads, batch: o.batch, actors: dictionaries.actors, verbs: dictionaries.verbs });
      const server = o.healthPort ? healthServer(o.healthPort, worker, queue) : null;
      const stop = () => worker.stop();
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
      try {
        await worker.run();
      } finally {
        server?.close();
        await queue.nc.drain();
        await store.close();
      }
      const c = worker.counts;
      if (!o.quiet) process.stderr.write(`readout: worker stopped: ${c.stored} articles stored, ${c.unchanged} already there, ${c.failed} dead-lettered\n`);
    }));
}

export function defineQueue(command: Command): void {
  command
    .command('status')
    .description('articles pending, in flight (taken by a worker, not yet stored) and failed (on the dead-letter subject, with the reason)')
    .requiredOption('--queue <url>', 'the NATS JetStream server (nats://host:port)')
    .option('--failures', 'list the failed inputs and why', false)
    .action(reported(async (o: { queue: string; failures: boolean }) => {
      const queue = await openQueue(o.queue);
      try {
        const s = await queueStatus(queue);
        process.stdout.write(`pending\t${s.pending}\nin flight\t${s.inFlight}\nfailed\t${s.failed}\nredelivered\t${s.redelivered}\n`);
        if (o.failures) for (const f of await deadLetters(queue)) process.stdout.write(`${f.input}\t${f.reason}\n`);
      } finally {
        await queue.nc.drain();
      }
    }));
}
