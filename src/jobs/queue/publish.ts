import { readInputs } from '../../ingest/inputs.js';
import type { ReadOptions } from '../../ingest/readers/reader.js';
import { articleHash } from '../../store/store.js';
import type { IngestFailure } from '../ingest.js';
import { ARTICLES, DEAD, type Queue } from './nats.js';

export interface PublishSummary {
  published: number;
  /** Already on the queue in this version (the same article id and content hash). */
  duplicates: number;
  failures: IngestFailure[];
}

/**
 * Reads every input and publishes each article to the work queue, its id and content hash as the
 * message id so that the server drops a version it already holds. Inputs that cannot be read are
 * reported here, as `readout ingest` reports them, and put on the dead-letter subject with the
 * reason, beside those the workers cannot analyse or store.
 */
export async function publishInputs(queue: Queue, paths: string[], options: ReadOptions, onArticle?: (ok: boolean) => void): Promise<PublishSummary> {
  const summary: PublishSummary = { published: 0, duplicates: 0, failures: [] };
  const acks: Promise<void>[] = [];
  for await (const item of readInputs(paths, options)) {
    if (!item.ok) {
      summary.failures.push({ input: item.error.input, reason: item.error.reason });
      await queue.js.publish(DEAD.subject, JSON.stringify({ input: item.error.input, reason: item.error.reason, deliveries: 0 }), { msgID: `dead:${item.error.input}:${item.error.reason}` });
      onArticle?.(false);
      continue;
    }
    const article = item.article;
    acks.push(
      queue.js.publish(ARTICLES.subject, JSON.stringify(article), { msgID: `${article.id}:${articleHash(article)}` }).then(
        (ack) => {
          if (ack.duplicate) summary.duplicates++;
          else summary.published++;
          onArticle?.(true);
        },
        (err: Error) => {
          summary.failures.push({ input: article.id, reason: `could not be queued: ${err.message}` });
          onArticle?.(false);
        },
      ),
    );
    // A bounded number of publications awaiting the server's acknowledgement.
    if (acks.length >= 256) await Promise.all(acks.splice(0));
  }
  await Promise.all(acks);
  return summary;
}
