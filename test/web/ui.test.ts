/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import assert from 'node:assert/strict';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { sharedDir } from '../../dev/eval/shared.js';
import { buildServer } from '../../src/api/server.js';
import { ingestInputs } from '../../src/jobs/ingest.js';
import { openStore } from '../../src/jobs/stores.js';
import { repoPath } from '../../src/knowledge/data-files.js';
import type { Store } from '../../src/store/store.js';

/**
 * The web UI in headless Chromium (Debian's, installed by .ci/run) on a store of the example articles
 * and 2,000 Reuters stories: it filters, opens an event's story and its article, and checks what is
 * shown against the store. Screenshots go to a temporary folder, or to READOUT_SCREENSHOTS (docs/
 * keeps the README's).
 */
const CHROMIUM = '/usr/bin/chromium';
const REUTERS_STORIES = Number(process.env.READOUT_UI_REUTERS ?? 2000);
const skip = existsSync(CHROMIUM) ? false : `no ${CHROMIUM} (apt-get install chromium)`;
const shots = process.env.READOUT_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'readout-shots-'));

let store: Store;
let app: FastifyInstance;
let base: string;
let context: BrowserContext;
let page: Page;

async function firstLines(path: string, n: number, to: string): Promise<string> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(path) })) {
    lines.push(line);
    if (lines.length === n) break;
  }
  writeFileSync(to, lines.join('\n') + '\n');
  return to;
}

before(async () => {
  if (skip) return;
  const dir = mkdtempSync(join(tmpdir(), 'readout-ui-'));
  store = (await openStore(join(dir, 'store.db'))).store;
  const shared = sharedDir();
  const options = { encoding: 'auto' as const, maxBytes: 5_000_000, threads: 2, batchSize: 200 };
  const batches: [string[], string][] = [[[repoPath('examples/grain-corridor-talks.txt')], '2025-06-12']];
  if (shared) {
    batches.push([[join(shared, 'examples/summit-stalled.txt')], '2025-10-21']);
    batches.push([[await firstLines(join(shared, 'data/corpora/reuters-21578/reuters21578.jsonl'), REUTERS_STORIES, join(dir, 'reuters.jsonl'))], '1987-01-01']);
  }
  for (const [paths, published] of batches) {
    const summary = await ingestInputs(store, paths, { ...options, published });
    assert.deepEqual(summary.failures, []);
  }
  app = await buildServer({ store, token: null, exposed: false, logger: false });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'readout-chromium-')), {
    executablePath: CHROMIUM,
    viewport: { width: 1366, height: 860 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await context.newPage();
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await context?.close();
  await app?.close();
  await store?.close();
});

const count = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

test('the overview shows every stored event in the timeline count, the network, the map and the table', { skip }, async () => {
  const stats = await store.stats();
  await page.goto(base);
  await page.getByTestId('event-count').waitFor();
  assert.equal(count(await page.getByTestId('event-count').textContent()), stats.events);
  await page.locator('.uplot').waitFor();
  assert.match((await page.locator('header .stats').textContent())!, new RegExp(`${stats.articles.toLocaleString('en')} articles`));
  const network = await page.locator('.network').getAttribute('aria-label');
  const { nodes } = (await (await fetch(`${base}/api/aggregates/network?limit=150`)).json()) as { nodes: unknown[] };
  assert.match(network!, new RegExp(`^Actor network: ${nodes.length} actors`));
  const places = (await store.eventPlaces({}, 500)).filter((p) => p.lat !== null);
  assert.equal(await page.locator('circle.place').count(), places.length);
  assert.equal(await page.locator('table.events tbody tr').count(), Math.min(50, stats.events));
  await page.screenshot({ path: join(shots, 'overview.png') });
  await page.locator('.uplot').screenshot({ path: join(shots, 'timeline.png') });
  await page.locator('.network').screenshot({ path: join(shots, 'network.png') });
  await page.locator('.map').screenshot({ path: join(shots, 'map.png') });
});

test('a filter applied in the sidebar goes into the URL and narrows every view to what the store matches', { skip }, async () => {
  await page.goto(base);
  await page.getByRole('textbox', { name: 'PLOVER type' }).fill('CONSULT');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForURL(/type=CONSULT/);
  await page.waitForFunction(() => [...document.querySelectorAll('table.events tbody tr td:nth-child(2)')].every((td) => td.textContent === 'CONSULT'));
  const consults = (await store.countEvents({ type: 'CONSULT' }, 'month')).reduce((n, c) => n + c.events, 0);
  assert.ok(consults > 0);
  await page.waitForFunction((n) => document.querySelector('[data-testid=event-count]')?.textContent?.startsWith(`${n.toLocaleString('en')} events`), consults);
  const rows = await page.locator('table.events tbody tr td:nth-child(2)').allTextContents();
  assert.equal(rows.length, Math.min(50, consults));
  assert.ok(rows.every((t) => t === 'CONSULT'));
  // The URL alone restores the view.
  await page.reload();
  await page.getByTestId('event-count').waitFor();
  assert.equal(count(await page.getByTestId('event-count').textContent()), consults);
  assert.equal(await page.getByRole('textbox', { name: 'PLOVER type' }).inputValue(), 'CONSULT');
  await page.screenshot({ path: join(shots, 'filtered.png') });
});

test("an event opens on its storyline, and a report opens its article with every fact marked at its characters", { skip }, async () => {
  // The most reported of the events the table's first page shows.
  const [event] = (await store.listEvents({ type: 'CONSULT', limit: 50 })).sort((a, b) => b.sources - a.sources);
  const story = (await store.storyOf(event.id))!;
  await page.goto(`${base}/?type=CONSULT`);
  await page.locator(`a[href*="event=${event.id}"]`).first().click();
  await page.locator('.story').waitFor();
  assert.match((await page.locator('.event-page h3').textContent())!, new RegExp(`Storyline: ${story.steps.length} reports? in ${event.sources} articles?`));
  assert.equal(await page.locator('.story > li').count(), story.steps.length);
  const evidence = await page.locator('.evidence q').allTextContents();
  assert.deepEqual(evidence, story.steps.flatMap((s) => s.evidence.map((e) => e.text)));
  await page.screenshot({ path: join(shots, 'event.png'), fullPage: true });

  const step = story.steps[0];
  await page.locator('.story > li').first().locator(`a[href*="article="]`).click();
  await page.locator('.article-text').waitFor();
  const article = (await store.articleOf(step.article))!;
  assert.equal(await page.locator('.article-text').textContent(), article.text);
  // The marks of this event's clause spell out the clause the story quotes.
  const clause = await page.locator(`mark[data-events~="${event.id}"]`).allTextContents();
  assert.equal(clause.join(''), step.text);
  const marked = await page.locator('mark').count();
  assert.ok(marked >= article.facts.filter((f) => f.layer === 'event').length, `${marked} marks`);
  const title = await page.locator(`mark[data-events~="${event.id}"]`).first().getAttribute('title');
  assert.match(title!, /event: \S+.* — rule \S+/);
  // Turning a layer off removes its marks.
  await page.getByRole('checkbox', { name: /actor \(\d+\)/ }).uncheck();
  assert.equal(await page.locator('mark.mark-actor').count(), 0);
  await page.getByRole('checkbox', { name: /actor \(\d+\)/ }).check();
  await page.screenshot({ path: join(shots, 'article.png'), fullPage: true });
});

test('keyboard: the filter form and event links are reachable with Tab and work with Enter', { skip }, async () => {
  await page.goto(base);
  await page.getByTestId('event-count').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).name), 'actor');
  await page.keyboard.type('no such actor anywhere');
  await page.keyboard.press('Enter');
  await page.waitForURL(/actor=no/);
  // The table of the previous filters stays until the new list arrives: wait for the list itself.
  await page.getByText('No events match these filters.').waitFor();
  assert.equal(await page.locator('table.events').count(), 0);
});
