import { performance } from 'node:perf_hooks';
import { readInputs } from '../../src/ingest/inputs.js';
import { toReadout } from '../../src/output/json.js';
import { analyzeArticle } from '../../src/pipeline.js';

/**
 * One size of the length benchmark, in a process of its own so that its peak memory is its own:
 * `node long-article-run.js CORPUS BYTES COUNT` builds COUNT articles of BYTES each by joining
 * consecutive stories of the corpus (each article starts at another story), analyses and
 * serialises them after a warm-up on other stories, and prints one JSON line of figures.
 */
const [corpus, bytesArg, countArg] = process.argv.slice(2);
const bytes = Number(bytesArg);
const count = Number(countArg);

const stories: string[] = [];
for await (const item of readInputs([corpus])) if (item.ok) stories.push(item.article.text);

let next = 0;
function article(size: number): string {
  const parts: string[] = [];
  for (let n = 0; n < size; next++) {
    const story = stories[next % stories.length];
    parts.push(story);
    n += Buffer.byteLength(story) + 2;
  }
  return parts.join('\n\n');
}

const analyse = (text: string, timings?: Map<string, number>) => JSON.stringify(toReadout(analyzeArticle({ id: 'long', text, published: null, title: null, url: null }, timings)));
// Warm-up: load the models and let the compiler settle, on other text than the measured one.
for (let i = 0; i < 40; i++) analyse(article(4096));

const texts = Array.from({ length: count }, () => article(bytes));
const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
const timings = new Map<string, number>();
const cpu = process.cpuUsage();
const started = performance.now();
for (const text of texts) analyse(text, timings);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({
  kb,
  msPerKb: ms / kb,
  cpuMsPerKb: (used.user + used.system) / 1000 / kb,
  stages: Object.fromEntries([...timings].map(([name, t]) => [name, t / kb])),
  peakMb: process.resourceUsage().maxRSS / 1024,
}));
