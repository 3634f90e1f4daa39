import { AckPolicy, jetstream, jetstreamManager, RetentionPolicy, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';

/**
 * Where queue mode keeps its work: articles to analyse on one work-queue stream (each taken by
 * one worker, removed when acknowledged), inputs that could not be stored on a dead-letter
 * stream with the reason, and one durable pull consumer that all workers share.
 */
export const ARTICLES = { stream: 'READOUT_ARTICLES', subject: 'readout.articles' } as const;
export const DEAD = { stream: 'READOUT_DEAD', subject: 'readout.dead' } as const;
export const WORKERS = 'readout-workers';
/** Deliveries of one article before it goes to the dead-letter subject. */
export const MAX_DELIVER = 5;
/**
 * The server delivers once more than that: a worker that gets an article for the extra time knows
 * that the last worker to hold it died or stalled without answering (a poison article), and
 * dead-letters it unread instead of letting the server drop it silently.
 */
const SERVER_MAX_DELIVER = MAX_DELIVER + 1;
/** How long a worker may hold an article before it is handed to another (a killed worker's go back then). */
export const ACK_WAIT_MS = 30_000;
/** Publishing the same article version again within this window is a no-op (`Nats-Msg-Id`). */
const DUPLICATE_WINDOW_MS = 24 * 3600_000;

export interface Queue {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
}

/** A one-line error naming the queue and the cause. */
export class QueueError extends Error {}

/** Connects to the NATS server at `url` and makes the streams and the workers' consumer if they are missing. */
export async function openQueue(url: string): Promise<Queue> {
  let nc: NatsConnection;
  try {
    nc = await connect({ servers: url.replace(/^nats:\/\//, ''), name: 'readout', maxReconnectAttempts: 10 });
  } catch (err) {
    throw new QueueError(`${url}: cannot connect to the queue: ${(err as Error).message}`);
  }
  try {
    const jsm = await jetstreamManager(nc);
    await ensureStream(jsm, { name: ARTICLES.stream, subjects: [ARTICLES.subject], retention: RetentionPolicy.Workqueue, duplicate_window: nanos(DUPLICATE_WINDOW_MS) });
    await ensureStream(jsm, { name: DEAD.stream, subjects: [DEAD.subject], retention: RetentionPolicy.Limits, duplicate_window: nanos(DUPLICATE_WINDOW_MS) });
    const consumer = (await jsm.consumers.list(ARTICLES.stream).next()).find((c) => c.name === WORKERS);
    if (!consumer) {
      await jsm.consumers.add(ARTICLES.stream, { durable_name: WORKERS, ack_policy: AckPolicy.Explicit, max_deliver: SERVER_MAX_DELIVER, ack_wait: nanos(ACK_WAIT_MS), max_ack_pending: 1000 });
    } else if (consumer.config.max_deliver !== SERVER_MAX_DELIVER) {
      // A queue made by an older Readout: its workers' consumer learns the extra delivery.
      await jsm.consumers.update(ARTICLES.stream, WORKERS, { max_deliver: SERVER_MAX_DELIVER });
    }
    return { nc, js: jetstream(nc), jsm };
  } catch (err) {
    await nc.close();
    throw new QueueError(`${url}: cannot set up the queue (is JetStream on? nats-server -js): ${(err as Error).message}`);
  }
}

async function ensureStream(jsm: JetStreamManager, config: Parameters<JetStreamManager['streams']['add']>[0]): Promise<void> {
  const names = await jsm.streams.names().next();
  if (!names.includes(config.name!)) await jsm.streams.add(config);
}

/** What the queue holds: articles waiting, taken by a worker and not yet acknowledged, and dead-lettered. */
export async function queueStatus(queue: Queue): Promise<{ pending: number; inFlight: number; redelivered: number; failed: number }> {
  const consumer = await queue.jsm.consumers.info(ARTICLES.stream, WORKERS);
  const dead = await queue.jsm.streams.info(DEAD.stream);
  return { pending: consumer.num_pending, inFlight: consumer.num_ack_pending, redelivered: consumer.num_redelivered, failed: dead.state.messages };
}

/** Every dead-lettered input with its reason, oldest first. */
export async function deadLetters(queue: Queue): Promise<{ input: string; reason: string }[]> {
  const info = await queue.jsm.streams.info(DEAD.stream);
  const letters: { input: string; reason: string }[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const m = await queue.jsm.streams.getMessage(DEAD.stream, { seq }).catch(() => null);
    if (m) letters.push(m.json<{ input: string; reason: string }>());
  }
  return letters;
}
