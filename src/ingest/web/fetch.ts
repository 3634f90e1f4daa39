import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import robotsParserModule from 'robots-parser';
import { InputError } from '../decode.js';

/** What a fetch gives: the page, or word that it has not changed since the last fetch. */
export type FetchResult =
  | { status: 'ok'; url: string; body: Uint8Array; contentType: string | null; fetched: string }
  | { status: 'not-modified'; url: string };

export interface FetchOptions {
  userAgent?: string;
  /** At most this many requests a second to one host. */
  perHostPerSecond?: number;
  timeoutMs?: number;
  /** Retries of a 5xx or 429 answer or a network failure, with exponential backoff. */
  retries?: number;
  /** First backoff; doubled on each retry. A Retry-After header takes its place. */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the fetch fails. */
  maxRetryAfterMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  robots?: boolean;
  /** ETag / Last-Modified of earlier fetches, for conditional GETs. */
  validators?: ValidatorCache;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface ValidatorCache {
  get(url: string): Validators | undefined;
  set(url: string, validators: Validators): void;
}

interface Robots {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
}
/** robots-parser's typings declare no call signature for its default export. */
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robots;

export const READOUT_USER_AGENT = 'Readout/0.1 (news event reader; honours robots.txt)';
/** The product token robots.txt groups are matched against. */
const ROBOTS_AGENT = 'Readout';
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;

/**
 * HTTP GET for a crawler that behaves: it names itself, obeys robots.txt, spaces its requests to each
 * host, gives up on slow or oversized answers, retries server trouble with backoff (Retry-After
 * first), follows a bounded number of redirects and asks only for what changed (ETag,
 * Last-Modified). Every failure is an InputError naming the URL and the reason.
 */
export class PoliteFetcher {
  private readonly options: Required<Omit<FetchOptions, 'validators'>> & { validators: ValidatorCache | null };
  private readonly nextSlot = new Map<string, number>();
  private readonly robotsByOrigin = new Map<string, Promise<Robots | null>>();

  constructor(options: FetchOptions = {}) {
    this.options = {
      userAgent: options.userAgent ?? READOUT_USER_AGENT,
      perHostPerSecond: options.perHostPerSecond ?? 1,
      timeoutMs: options.timeoutMs ?? 30_000,
      retries: options.retries ?? 3,
      backoffMs: options.backoffMs ?? 1000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
      maxBytes: options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES,
      maxRedirects: options.maxRedirects ?? 5,
      robots: options.robots ?? true,
      validators: options.validators ?? null,
    };
  }

  async get(url: string): Promise<FetchResult> {
    let current = checkedUrl(url);
    for (let hop = 0; ; hop++) {
      if (this.options.robots && !(await this.allowed(current))) throw new InputError(url, `disallowed by ${current.origin}/robots.txt`);
      const response = await this.request(current, url);
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new InputError(url, `HTTP ${response.status} redirect without a Location`);
        if (hop >= this.options.maxRedirects) throw new InputError(url, `too many redirects (more than ${this.options.maxRedirects})`);
        current = checkedUrl(new URL(location, current).href);
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'not-modified', url: current.href };
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new InputError(url, `HTTP error ${response.status} ${response.statusText}`.trim());
      }
      const body = await this.readCapped(response, url);
      const validators = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
      if (this.options.validators && (validators.etag || validators.lastModified)) this.options.validators.set(current.href, validators);
      return { status: 'ok', url: current.href, body, contentType: response.headers.get('content-type'), fetched: new Date().toISOString().slice(0, 10) };
    }
  }

  /** One request with its retries: 5xx, 429 and network failures are tried again after a wait. */
  private async request(target: URL, input: string): Promise<Response> {
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5' };
    const known = this.options.validators?.get(target.href);
    if (known?.etag) headers['if-none-match'] = known.etag;
    if (known?.lastModified) headers['if-modified-since'] = known.lastModified;
    for (let attempt = 0; ; attempt++) {
      await this.waitForSlot(target.host);
      let response: Response;
      try {
        response = await fetch(target, { headers, redirect: 'manual', signal: AbortSignal.timeout(this.options.timeoutMs) });
      } catch (err) {
        const reason = (err as Error).name === 'TimeoutError' ? `timed out after ${this.options.timeoutMs} ms` : `network error: ${causeOf(err)}`;
        if (attempt >= this.options.retries) throw new InputError(input, reason);
        await sleep(this.options.backoffMs * 2 ** attempt);
        continue;
      }
      if ((response.status < 500 && response.status !== 429) || attempt >= this.options.retries) return response;
      const wait = retryAfterMs(response.headers.get('retry-after')) ?? this.options.backoffMs * 2 ** attempt;
      await response.body?.cancel();
      if (wait > this.options.maxRetryAfterMs) throw new InputError(input, `HTTP ${response.status}: the server asks to retry after ${Math.round(wait / 1000)} s, longer than ${Math.round(this.options.maxRetryAfterMs / 1000)} s`);
      await sleep(wait);
    }
  }

  /** Reads the body, refusing it as soon as it is larger than the cap (announced or not). */
  private async readCapped(response: Response, input: string): Promise<Uint8Array> {
    const cap = this.options.maxBytes;
    const announced = Number(response.headers.get('content-length') ?? NaN);
    if (announced > cap) {
      await response.body?.cancel();
      throw new InputError(input, `too large: ${announced} bytes, the limit is ${cap}`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > cap) {
          await response.body.cancel().catch(() => undefined);
          throw new InputError(input, `too large: more than ${cap} bytes`);
        }
        chunks.push(chunk);
      }
    }
    return Buffer.concat(chunks);
  }

  /** Spaces requests to one host `1 / perHostPerSecond` seconds apart. */
  private async waitForSlot(host: string): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + 1000 / this.options.perHostPerSecond);
    if (slot > now) await sleep(slot - now);
  }

  /** robots.txt of the URL's origin, fetched once; a missing or unreadable one allows everything. */
  private async allowed(url: URL): Promise<boolean> {
    let robots = this.robotsByOrigin.get(url.origin);
    if (!robots) {
      robots = this.fetchRobots(url.origin);
      this.robotsByOrigin.set(url.origin, robots);
    }
    return (await robots)?.isAllowed(url.href, ROBOTS_AGENT) ?? true;
  }

  private async fetchRobots(origin: string): Promise<Robots | null> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      await this.waitForSlot(new URL(origin).host);
      const response = await fetch(robotsUrl, { headers: { 'user-agent': this.options.userAgent }, signal: AbortSignal.timeout(this.options.timeoutMs) });
      if (!response.ok) {
        await response.body?.cancel();
        return null;
      }
      return robotsParser(robotsUrl, (await response.text()).slice(0, 512 * 1024));
    } catch {
      return null;
    }
  }
}

function checkedUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(url, 'not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InputError(url, `unsupported URL scheme ${parsed.protocol}`);
  return parsed;
}

/** Retry-After as seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function causeOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Validators kept in a JSON file between runs, so that `watch` and repeated ingests re-download nothing. */
export class FileValidatorCache implements ValidatorCache {
  private readonly entries: Record<string, Validators>;

  constructor(private readonly path: string) {
    try {
      this.entries = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Validators>;
    } catch {
      this.entries = {};
    }
  }

  get(url: string): Validators | undefined {
    return this.entries[url];
  }

  set(url: string, validators: Validators): void {
    this.entries[url] = validators;
    mkdirSync(dirname(this.path), { recursive: true });
    writeFileSync(this.path, JSON.stringify(this.entries));
  }
}
