import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readInputs } from '../../src/ingest/inputs.js';
import { toReadout } from '../../src/output/json.js';
import { analyzeArticle } from '../../src/pipeline.js';
import { sharedDir } from '../eval/shared.js';
import { readTimeMLFolder } from '../eval/times.js';
import { timesStage } from '../../src/mentions/times/stage.js';
import { benchLongArticles } from './long-articles.js';
import { benchParser } from './parser-bench.js';
import { benchStore } from './store-bench.js';
import type { DocumentModel } from '../../src/model/document.js';
import { benchWeb } from './web-bench.js';
import { benchWinkReadDoc } from './wink-bench.js';
import { benchCli } from './cli-bench.js';

/**
 * Throughput and memory of `analyze` on real news: reads a JSON Lines corpus, runs every stage and
 * serialises each readout as the CLI does (the output is discarded). One thread, as `analyze` runs.
 * Then time per KB as articles grow from 4 KB to 1 MB (`--no-length` skips it), the store: ingest
 * into a new store and query latency (`--store-corpus`, `--store-limit`; `--no-store` skips it), and
 * web ingestion (`--no-web` skips it). First, the command line as users run it (cli-bench.ts;
 * `--no-cli` skips it): start-up, analyze on one and on all threads, ingest with 1 and 2 threads.
 */
const { values } = parseArgs({
  options: { corpus: { type: 'string' }, limit: { type: 'string' }, 'store-corpus': { type: 'string' }, 'store-limit': { type: 'string' }, 'no-store': { type: 'boolean' }, 'no-length': { type: 'boolean' }, 'no-web': { type: 'boolean' }, 'no-cli': { type: 'boolean' }, 'cli-articles': { type: 'string' } },
});
const shared = sharedDir();
const corpus = values.corpus ?? (shared && join(shared, 'data/corpora/bbc-news-2004-2005/bbc-2225.jsonl'));
if (!corpus) {
  console.error('readout bench: no corpus: pass --corpus FILE.jsonl or put ../shared beside the repo');
  process.exit(1);
}
const limit = values.limit ? Number(values.limit) : Infinity;

const storeCorpus = values['store-corpus'] ?? (shared && join(shared, 'data/corpora/reuters-21578/reuters21578.jsonl'));
if (!values['no-cli']) for (const line of await benchCli(corpus, storeCorpus, Number(values['cli-articles'] ?? 300))) console.log(line);

const loadStart = performance.now();
analyzeArticle({ id: 'warm-up', text: 'Models load on first use. This sentence loads them.', published: null, title: null, url: null });
const loadMs = performance.now() - loadStart;

const timings = new Map<string, number>();
let articles = 0;
let bytes = 0;
let failures = 0;
let sentences = 0;
/** Documents kept for the parser's own benchmark (not all: keeping them would swell the peak memory measured). */
const PARSER_BENCH_DOCS = 300;
const analysed: DocumentModel[] = [];
/** The texts analysed, for wink-nlp's tokenizer on the same input. */
const texts: string[] = [];
const cpuStart = process.cpuUsage();
const started = performance.now();
for await (const item of readInputs([corpus])) {
  if (articles >= limit) break;
  if (!item.ok) {
    failures++;
    continue;
  }
  const doc = analyzeArticle(item.article, timings);
  JSON.stringify(toReadout(doc));
  if (analysed.length < PARSER_BENCH_DOCS) analysed.push(doc);
  sentences += doc.sentences.length;
  articles++;
  bytes += Buffer.byteLength(item.article.text);
  texts.push(item.article.text);
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakMb = process.resourceUsage().maxRSS / 1024;

console.log(`corpus      ${corpus}`);
console.log(`articles    ${articles} (${failures} failed), ${(bytes / 1e6).toFixed(2)} MB of text`);
console.log(`start-up    ${loadMs.toFixed(0)} ms (loading models and lexicons on first use)`);
console.log(`throughput  ${(articles / seconds).toFixed(1)} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (${seconds.toFixed(2)} s, one thread)`);
console.log(`cpu time    ${cpuSeconds.toFixed(2)} s: ${(articles / cpuSeconds).toFixed(1)} articles per CPU second (the machine may be shared)`);
console.log(`per stage   ${[...timings].map(([name, ms]) => `${name} ${((ms / 1000 / seconds) * 100).toFixed(0)}%`).join(', ')}`);
console.log(`peak memory ${peakMb.toFixed(0)} MB resident`);
const wink = benchWinkReadDoc(texts);
console.log(`wink-nlp    readDoc alone (tokenizer only) ${(texts.length / wink.cpuSeconds).toFixed(0)} articles per CPU second on the same texts; Readout is at ${((100 * wink.cpuSeconds) / cpuSeconds).toFixed(2)}% of it`);
for (const line of benchParser(analysed, seconds, sentences)) console.log(line);

// The times layer alone, on TimeBank documents whose text layers are built beforehand.
if (shared) {
  const timebank = readTimeMLFolder(join(shared, 'data/time/TempEval3/Training/TBAQ-cleaned/TimeBank'));
  const docs = timebank.map((d) => analyzeArticle({ id: d.id, text: d.text, published: d.dct, title: null, url: null }));
  const rounds = 5;
  const timesStarted = performance.now();
  for (let r = 0; r < rounds; r++) for (const doc of docs) timesStage(doc);
  const timesSeconds = (performance.now() - timesStarted) / 1000;
  console.log(`times alone ${((docs.length * rounds) / timesSeconds).toFixed(0)} documents/s on ${docs.length} TimeBank documents (${rounds} rounds, text layers built beforehand)`);
}

if (!values['no-length']) for (const line of benchLongArticles(corpus)) console.log(line);

if (storeCorpus && !values['no-store']) {
  console.log(`store       ${storeCorpus}`);
  for (const line of await benchStore(storeCorpus, values['store-limit'] ? Number(values['store-limit']) : Infinity)) console.log(line);
}

// Web pages: extraction, the WARC and directory readers, and ingest end to end (`--no-web` skips it).
if (shared && !values['no-web']) for (const line of await benchWeb(join(shared, 'data/ingest'))) console.log(line);
