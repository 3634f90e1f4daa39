import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** A cached response: its body and the headers that go with it. */
interface Entry {
  version: string;
  body: string | Buffer;
  type: string;
  next: string | undefined;
  etag: string;
}

/** What a request being answered by its handler carries between the hooks. */
interface Pending {
  key: string;
  version: string;
  done: () => void;
}

const pendingOf = new WeakMap<FastifyRequest, Pending>();

/**
 * GET responses of the read API kept until the store changes: each is stored under its URL with
 * the store's data version read before the query ran, so a hit is never older than the store.
 * Dashboards ask the same few questions over and over (every client opening a view asks for its
 * timeline, network and map), so under many clients most answers come from here; concurrent
 * misses on one URL wait for the first instead of running the same query again. Entries are
 * dropped least recently used first beyond `maxBytes`. Every answer carries a weak ETag, so a
 * browser revalidating gets a 304 without a body.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private bytes = 0;

  constructor(
    private readonly version: () => Promise<string>,
    private readonly maxBytes: number,
  ) {}

  /** Adds the hooks to `app` for the GET routes under `prefix`. */
  register(app: FastifyInstance, prefix: string): void {
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' || !request.url.startsWith(prefix)) return;
      const key = request.url;
      const version = await this.version();
      let entry = this.fresh(key, version);
      const running = this.inFlight.get(`${version} ${key}`);
      if (!entry && running) {
        await running;
        entry = this.fresh(key, version);
      }
      if (entry) return this.replay(request, reply, entry);
      let done!: () => void;
      this.inFlight.set(`${version} ${key}`, new Promise<void>((resolve) => (done = resolve)));
      pendingOf.set(request, { key, version, done });
    });
    app.addHook('onSend', async (request, reply, payload) => {
      const pending = pendingOf.get(request);
      if (pending && reply.statusCode === 200 && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
        const entry = this.store(pending, payload, String(reply.getHeader('content-type') ?? 'application/json'), reply.getHeader('x-next-cursor') as string | undefined);
        reply.header('etag', entry.etag).header('x-cache', 'miss');
      }
      return payload;
    });
    app.addHook('onResponse', async (request) => this.settle(request));
    app.addHook('onRequestAbort', async (request) => this.settle(request));
  }

  /** The entry of `key` if it was made at `version`, marked most recently used. */
  private fresh(key: string, version: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private replay(request: FastifyRequest, reply: FastifyReply, entry: Entry): FastifyReply {
    reply.header('etag', entry.etag).header('x-cache', 'hit');
    if (entry.next !== undefined) reply.header('x-next-cursor', entry.next);
    if (request.headers['if-none-match'] === entry.etag) return reply.code(304).send();
    return reply.type(entry.type).send(entry.body);
  }

  private store(pending: Pending, body: string | Buffer, type: string, next: string | undefined): Entry {
    const etag = `W/"${createHash('sha1').update(pending.version).update('\0').update(pending.key).digest('base64url')}"`;
    const entry: Entry = { version: pending.version, body, type, next, etag };
    const size = Buffer.byteLength(body) + pending.key.length;
    if (size > this.maxBytes) return entry;
    this.drop(pending.key);
    this.entries.set(pending.key, entry);
    this.bytes += size;
    for (const [key] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(key);
    }
    return entry;
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= Buffer.byteLength(entry.body) + key.length;
    this.entries.delete(key);
  }

  /** Lets waiting requests go on, whether the first one was cached, failed or was aborted. */
  private settle(request: FastifyRequest): void {
    const pending = pendingOf.get(request);
    if (!pending) return;
    pendingOf.delete(request);
    this.inFlight.delete(`${pending.version} ${pending.key}`);
    pending.done();
  }
}
