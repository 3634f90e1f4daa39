import type { Store } from '../store/store.js';
import { ingestInputs, type IngestHooks, type IngestOptions, type IngestSummary } from './ingest.js';

export interface WatchOptions extends IngestOptions {
  /** Time between the starts of two polls. */
  everyMs: number;
  /** Stop after this many polls (default: until stopped). */
  polls?: number;
}

export interface WatchHooks extends IngestHooks {
  onPoll?: (poll: number, summary: IngestSummary) => void;
}

/**
 * Polls feeds and sites: each poll ingests the URLs as `ingest` does, and the conditional GETs of
 * the URL reader make a poll of an unchanged feed fetch nothing. Between polls it waits, waking
 * early when asked to stop; a stop during a poll lets the batch in flight finish.
 */
export async function watchUrls(store: Store, urls: string[], options: WatchOptions, hooks: WatchHooks = {}): Promise<IngestSummary[]> {
  const summaries: IngestSummary[] = [];
  const stopped = () => hooks.shouldStop?.() ?? false;
  for (let poll = 1; !stopped() && (options.polls === undefined || poll <= options.polls); poll++) {
    const started = Date.now();
    const summary = await ingestInputs(store, urls, options, hooks);
    summaries.push(summary);
    hooks.onPoll?.(poll, summary);
    if (options.polls !== undefined && poll >= options.polls) break;
    while (!stopped() && Date.now() - started < options.everyMs) await new Promise((resolve) => setTimeout(resolve, Math.min(500, options.everyMs)));
  }
  return summaries;
}

/** "10m", "30s", "1h", "1500ms" or a number of seconds, in milliseconds. */
export function parseInterval(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!m) throw new Error(`bad interval "${value}": expected e.g. 30s, 10m, 1h`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Number(m[1]) * unit;
}
