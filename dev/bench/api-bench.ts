/// <reference lib="dom" />
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { buildServer, DEFAULT_WEB_ROOT } from '../../src/api/server.js';
import { findActors } from '../../src/jobs/queries.js';
import type { Store } from '../../src/store/store.js';

const CONNECTIONS = 50;
const SECONDS = 5;
const CHROMIUM = '/usr/bin/chromium';

/**
 * The API under load on loopback: `CONNECTIONS` concurrent clients (autocannon) for `SECONDS` per
 * endpoint, with the event lists and aggregates the UI asks for; p95 from every response's time;
 * once with the response cache off (every request runs its query) and once as `readout serve`
 * runs (response-cache.ts: repeated questions answered until the store changes). Then the web
 * UI: its gzipped bundle and how long headless Chromium takes to the first full view.
 */
export async function benchApi(store: Store): Promise<string[]> {
  const country = (await findActors(store, { kind: 'country', limit: 1 }))[0]?.country ?? 'USA';
  // The second page of a listing: the cursor the first page gives.
  const consults = '/api/events?type=CONSULT&sort=earliest&limit=50';
  const lines: string[] = [];
  // Each query run every time (the cache off), then as `readout serve` answers (its cache on).
  for (const cached of [false, true]) {
    const app = await buildServer({ store, token: null, exposed: false, logger: false, cacheBytes: cached ? undefined : 0 });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { next } = (await (await fetch(base + consults)).json()) as { next: string | null };
      const endpoints = [
        '/api/events?limit=50',
        `/api/events?country=${country}&limit=50`,
        next ? `${consults}&cursor=${next}` : consults,
        '/api/aggregates/timeline?period=month&stack=quad',
        `/api/aggregates/timeline?country=${country}&stack=type`,
        '/api/aggregates/network?limit=150',
        '/api/aggregates/places',
      ];
      for (const path of endpoints) lines.push(`api         ${cached ? 'cached' : 'no cache'} ${path}: ${await load(base + path)}`);
      if (cached) lines.push(...(await webFigures(base)));
    } finally {
      await app.close();
    }
  }
  return lines;
}

async function load(url: string): Promise<string> {
  const times: number[] = [];
  let failed = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status !== 200) failed++;
      times.push(ms);
    });
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(1) ?? '–';
  return `${CONNECTIONS} clients, ${result.requests.total} requests (${failed + result.errors} failed): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, ${result.requests.average.toFixed(0)} req/s`;
}

async function webFigures(base: string): Promise<string[]> {
  const bundle = join(DEFAULT_WEB_ROOT, 'app.js');
  if (!existsSync(bundle)) return ['web         not built (npm run build)'];
  const lines = [`web         app.js ${(gzipSync(readFileSync(bundle)).length / 1024).toFixed(0)} KB gzipped`];
  if (!existsSync(CHROMIUM)) return [...lines, `web         no ${CHROMIUM}: first view not measured`];
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'readout-bench-chromium-')), {
    executablePath: CHROMIUM,
    viewport: { width: 1366, height: 860 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    const ms: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await page.goto(`${base}/?r=${i}`);
      // The first view: the count, the timeline, the map's places and the table's rows are all drawn.
      await page.waitForFunction(() => document.querySelector('.uplot') && document.querySelector('table.events tbody tr, .panel .empty') && document.querySelector('.map svg, .network canvas'));
      ms.push(performance.now() - started);
    }
    const first = ms[0];
    ms.sort((a, b) => a - b);
    lines.push(`web         first view in headless Chromium: first load ${first.toFixed(0)} ms (answers not cached yet), median ${ms[2].toFixed(0)} ms, worst ${ms[4].toFixed(0)} ms (5 loads, timeline, map and table drawn)`);
  } finally {
    await context.close();
  }
  return lines;
}
