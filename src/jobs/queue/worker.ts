import type { JsMsg } from '@nats-io/jetstream';
import { ArticleInput, type Readout } from '../../model/schema.js';
import { articleHash, type AnalysedArticle, type Store } from '../../store/store.js';
import { AnalysisPool } from '../analysis-pool.js';
import { ARTICLES, DEAD, MAX_DELIVER, WORKERS, type Queue } from './nats.js';

export interface WorkerOptions {
  /** Analysis threads in this worker; 1 analyses on the main thread. */
  threads: number;
  /** Articles taken from the queue and written to the store at once. */
  batch: number;
  /** The user's actor and verb dictionary files (`--actors`, `--verbs`), read by each analysis thread. */
  actors?: readonly string[];
  verbs?: readonly string[];
}

/** What a worker has done since it started, for its metrics. */
export interface WorkerCounts {
  stored: number;
  unchanged: number;
  failed: number;
  retried: number;
  startedAt: number;
}

/** How long a fetch waits for work before the worker checks whether it should stop. */
const FETCH_WAIT_MS = 1000;
/** How long an article whose batch could not be written waits before it is delivered again. */
const RETRY_DELAY_MS = 2000;

/**
 * An analysis worker: takes articles from the work queue (a pull consumer shared by all
 * workers), analyses them, writes each batch to the store and acknowledges each article only
 * after the store has committed it. An article that cannot be analysed or stored goes to the
 * dead-letter subject with the reason; a batch the store refuses (the server away) is delivered
 * again, up to MAX_DELIVER times, and so is an article whose worker died holding it, which then
 * goes to the dead-letter subject unread. Redelivery after a crash is harmless: an article stored in the
 * same version is acknowledged without writing it again.
 */
export class QueueWorker {
  readonly counts: WorkerCounts = { stored: 0, unchanged: 0, failed: 0, retried: 0, startedAt: Date.now() };
  private stopping = false;
  private readonly pool: AnalysisPool;

  constructor(
    private readonly queue: Queue,
    private readonly store: Store,
    private readonly options: WorkerOptions,
  ) {
    this.pool = new AnalysisPool(options.threads, options.actors, options.verbs);
  }

  /** Asks the worker to finish the batch in hand and return from `run`. */
  stop(): void {
    this.stopping = true;
  }

  async run(): Promise<void> {
    const consumer = await this.queue.js.consumers.get(ARTICLES.stream, WORKERS);
    try {
      while (!this.stopping) {
        const taken: JsMsg[] = [];
        for await (const m of await consumer.fetch({ max_messages: this.options.batch, expires: FETCH_WAIT_MS })) taken.push(m);
        // An article delivered again may be one that killed its last worker: each such article is
        // handled alone, so that it cannot take the rest of a batch down with it once more.
        const fresh = taken.filter((m) => m.info.deliveryCount === 1);
        if (fresh.length) await this.handle(fresh);
        for (const m of taken) if (m.info.deliveryCount > 1) await this.handle([m]);
      }
    } finally {
      await this.pool.close();
    }
  }

  private async handle(messages: JsMsg[]): Promise<void> {
    const ready: { message: JsMsg; article: AnalysedArticle }[] = [];
    const analysed = messages.map(async (message) => {
      const input = ArticleInput.safeParse(safeJson(message));
      if (!input.success) return this.deadLetter(message, '(not an article)', `not an article: ${input.error.issues[0]?.message ?? 'bad JSON'}`);
      if (message.info.deliveryCount > MAX_DELIVER) {
        return this.deadLetter(message, input.data.id, `taken ${MAX_DELIVER} times by workers that stopped before answering (it crashed or stalled them)`);
      }
      const hash = articleHash(input.data);
      let state;
      try {
        state = await this.store.articleState(input.data.id, hash);
      } catch (err) {
        // The store is away: the article waits on the queue (see `retry`).
        return this.retry(message, input.data.id, err as Error);
      }
      if (state === 'unchanged') {
        this.counts.unchanged++;
        return void (await message.ackAck());
      }
      try {
        ready.push({ message, article: { input: input.data, hash, readout: await this.analyze(input.data) } });
      } catch (err) {
        await this.deadLetter(message, input.data.id, `analysis failed: ${(err as Error).message}`);
      }
    });
    await Promise.all(analysed);
    if (ready.length === 0) return;
    let results;
    try {
      results = await this.store.writeArticles(ready.map((r) => r.article));
    } catch (err) {
      for (const { message, article } of ready) await this.retry(message, article.input.id, err as Error);
      return;
    }
    for (const [i, result] of results.entries()) {
      const { message, article } = ready[i];
      if (result.state === 'failed') {
        await this.deadLetter(message, article.input.id, result.reason);
        continue;
      }
      if (result.state === 'unchanged') this.counts.unchanged++;
      else this.counts.stored++;
      await message.ackAck();
    }
  }

  /** The store is away or refused a whole batch: the article is delivered again later, or dead-lettered on its last delivery. */
  private async retry(message: JsMsg, input: string, err: Error): Promise<void> {
    if (message.info.deliveryCount >= MAX_DELIVER) return this.deadLetter(message, input, err.message);
    this.counts.retried++;
    message.nak(RETRY_DELAY_MS);
  }

  private analyze(input: ArticleInput): Promise<Readout> {
    return this.pool.readout(input);
  }

  /** Publishes the input and the reason to the dead-letter subject, then ends its deliveries. */
  private async deadLetter(message: JsMsg, input: string, reason: string): Promise<void> {
    this.counts.failed++;
    await this.queue.js.publish(DEAD.subject, JSON.stringify({ input, reason, deliveries: message.info.deliveryCount, article: message.string() }), {
      msgID: `dead:${message.info.streamSequence}`,
    });
    message.term(reason.slice(0, 200));
  }
}

function safeJson(message: JsMsg): unknown {
  try {
    return message.json();
  } catch {
    return null;
  }
}

/** The worker's and the queue's figures as Prometheus text. */
export function prometheusText(counts: WorkerCounts, queue: { pending: number; inFlight: number; failed: number } | null): string {
  const seconds = Math.max((Date.now() - counts.startedAt) / 1000, 1e-3);
  const lines = [
    '# HELP readout_worker_articles_total Articles this worker took from the queue, by what became of them.',
    '# TYPE readout_worker_articles_total counter',
    `readout_worker_articles_total{result="stored"} ${counts.stored}`,
    `readout_worker_articles_total{result="unchanged"} ${counts.unchanged}`,
    `readout_worker_articles_total{result="failed"} ${counts.failed}`,
    '# HELP readout_worker_retries_total Articles handed back to the queue because the store could not write their batch.',
    '# TYPE readout_worker_retries_total counter',
    `readout_worker_retries_total ${counts.retried}`,
    '# HELP readout_worker_articles_per_second Articles stored per second since the worker started.',
    '# TYPE readout_worker_articles_per_second gauge',
    `readout_worker_articles_per_second ${(counts.stored / seconds).toFixed(3)}`,
  ];
  if (queue) {
    lines.push(
      '# HELP readout_queue_pending Articles waiting on the queue (the lag).',
      '# TYPE readout_queue_pending gauge',
      `readout_queue_pending ${queue.pending}`,
      '# HELP readout_queue_in_flight Articles taken by a worker and not yet acknowledged.',
      '# TYPE readout_queue_in_flight gauge',
      `readout_queue_in_flight ${queue.inFlight}`,
      '# HELP readout_queue_failed Inputs on the dead-letter subject.',
      '# TYPE readout_queue_failed gauge',
      `readout_queue_failed ${queue.failed}`,
    );
  }
  return lines.join('\n') + '\n';
}

