import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readInputs } from '../../src/ingest/inputs.js';
import { decodeMarkup } from '../../src/ingest/web/decode-markup.js';
import { extractArticle } from '../../src/ingest/web/extract-article.js';
import { ingestInputs } from '../../src/jobs/ingest.js';
import { openStore } from '../../src/jobs/stores.js';

/**
 * Web ingestion: page extraction alone (decode, parse, metadata, Readability, text; one thread),
 * reading a WARC and a directory of pages through the input readers, and both end to end into a new
 * store with all cores. CPU time is given beside wall time: the machine is shared.
 */
export async function benchWeb(ingestDir: string): Promise<string[]> {
  const htmlDir = join(ingestDir, 'article-extraction-benchmark/html');
  const warc = join(ingestDir, 'warc/aeb-181.warc.gz');
  const files = readdirSync(htmlDir).map((f) => join(htmlDir, f));
  const pages = files.map((f) => readFileSync(f));
  const lines: string[] = [];

  const [extractSeconds, extractCpu] = await timed(async () => {
    for (const [i, bytes] of pages.entries()) extractArticle(decodeMarkup(bytes, files[i]), files[i]);
  });
  lines.push(`web extract ${pages.length} pages: ${(pages.length / extractSeconds).toFixed(1)} pages/s (${(pages.length / extractCpu).toFixed(1)} per CPU second), one thread`);

  for (const [name, input] of [['WARC', warc], ['directory', htmlDir]] as const) {
    let n = 0;
    const [seconds, cpu] = await timed(async () => {
      for await (const item of readInputs([input])) if (item.ok) n++;
    });
    lines.push(`web read    ${name}: ${n} articles, ${(n / seconds).toFixed(1)} pages/s (${(n / cpu).toFixed(1)} per CPU second), one thread`);
  }

  const threads = availableParallelism();
  for (const [name, input] of [['WARC', warc], ['directory', htmlDir]] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'readout-web-bench-'));
    const { store } = await openStore(join(dir, 'bench.db'));
    try {
      let stored = 0;
      const [seconds] = await timed(async () => {
        const summary = await ingestInputs(store, [input], { threads, batchSize: 100 });
        stored = summary.added + summary.updated;
      });
      lines.push(`web ingest  ${name} end to end into a new store: ${stored} articles, ${(stored / seconds).toFixed(1)} pages/s (${threads} worker threads, analysis included)`);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines;
}

async function timed(work: () => Promise<void>): Promise<[number, number]> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return [(performance.now() - started) / 1000, (used.user + used.system) / 1e6];
}
