import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/ingest/decode.js';
import { parseFeed } from '../../src/ingest/web/feeds.js';
import { warcPages } from '../../src/ingest/web/warc.js';
import { decodeMarkup } from '../../src/ingest/web/decode-markup.js';
import { extractArticle } from '../../src/ingest/web/extract-article.js';
import type { WebArticle } from '../../src/ingest/web/web-article.js';

/**
 * Scores for web ingestion. Every page set is cut in two fixed halves by a hash of the page's file
 * name: A is where the extraction clean-up and the date cascade were developed, B is held out; both
 * are reported, with all pages.
 */
export type Half = 'A' | 'B';
export function halfOf(name: string): Half {
  return createHash('sha1').update(name).digest()[0] % 2 === 0 ? 'A' : 'B';
}

/** Precision and recall of one page by the benchmark's metric: 4-gram shingle multisets of `\w+` tokens. */
export function shingleScores(gold: string, predicted: string): { precision: number; recall: number } {
  const goldShingles = shingles(gold);
  const predictedShingles = shingles(predicted);
  let tp = 0;
  let fp = 0;
  for (const [shingle, n] of predictedShingles) {
    const g = goldShingles.get(shingle) ?? 0;
    tp += Math.min(n, g);
    fp += Math.max(0, n - g);
  }
  let fn = 0;
  for (const [shingle, n] of goldShingles) fn += Math.max(0, n - (predictedShingles.get(shingle) ?? 0));
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  if (tp === 0) return { precision: 0, recall: 0 };
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu) ?? [];
  const n = Math.min(tokens.length, 4);
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length && n > 0; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface ExtractionScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  failures: number;
}

function meanScore(scores: { precision: number; recall: number }[], failures: number): ExtractionScore {
  const precision = scores.reduce((s, x) => s + x.precision, 0) / scores.length;
  const recall = scores.reduce((s, x) => s + x.recall, 0) / scores.length;
  return { pages: scores.length, precision, recall, f1: (2 * precision * recall) / (precision + recall), failures };
}

/** Article extraction on the article-extraction-benchmark pages, by half and in all. */
export function scoreExtraction(dir: string): Record<Half | 'all', ExtractionScore> & { titles: number; bylines: number; pages: number } {
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const byHalf: Record<Half | 'all', { precision: number; recall: number }[]> = { A: [], B: [], all: [] };
  const failures: Record<Half | 'all', number> = { A: 0, B: 0, all: 0 };
  let titles = 0;
  let bylines = 0;
  for (const [id, { articleBody, url }] of Object.entries(gold)) {
    const half = halfOf(id);
    let article: WebArticle | null = null;
    try {
      const path = join(dir, 'html', `${id}.html.gz`);
      article = extractArticle(decodeMarkup(readFileSync(path), path), path, { url, urlSource: 'url', fetched: '2019-12-31' });
    } catch {
      failures[half]++;
      failures.all++;
    }
    if (article?.title) titles++;
    if (article?.byline) bylines++;
    const score = shingleScores(articleBody, article?.text ?? '');
    byHalf[half].push(score);
    byHalf.all.push(score);
  }
  return { A: meanScore(byHalf.A, failures.A), B: meanScore(byHalf.B, failures.B), all: meanScore(byHalf.all, failures.all), titles, bylines, pages: byHalf.all.length };
}

export interface DateScore {
  pages: number;
  correct: number;
  wrong: number;
  missing: number;
  /** Pages without a date in the gold where none was found either. */
  none: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Publication dates on the htmldate Media Cloud pages, scored as htmldate scores them: a right date
 * is a true positive, a wrong one a false positive, no date a false negative.
 */
export function scoreDates(dir: string): Record<Half | 'all', DateScore> & { sources: Map<string, number> } {
  // Pages without a publication date have NaN (Python's JSON) as gold: finding none there is right.
  const source = readFileSync(join(dir, 'gold.json'), 'utf8').replace(/:\s*NaN\b/g, ': null');
  const gold = JSON.parse(source) as Record<string, { file: string; date: string | null }>;
  const counts = { A: zero(), B: zero(), all: zero() };
  const sources = new Map<string, number>();
  for (const [url, { file, date }] of Object.entries(gold)) {
    const path = join(dir, 'pages', file);
    let found: string | null = null;
    let from = 'none';
    try {
      // The pages were fetched in 2020-2021; the gold dates are before the end of 2021.
      const article = extractArticle(decodeMarkup(readFileSync(path), path), path, { url, urlSource: 'url', fetched: '2021-12-31' });
      found = article.published;
      from = article.sources.published ?? 'none';
    } catch {
      found = null;
    }
    const outcome = found === date ? (date === null ? 'none' : 'correct') : found === null ? 'missing' : 'wrong';
    sources.set(`${from} ${outcome}`, (sources.get(`${from} ${outcome}`) ?? 0) + 1);
    for (const key of [halfOf(file), 'all'] as const) counts[key][outcome]++;
  }
  return { A: dateScore(counts.A), B: dateScore(counts.B), all: dateScore(counts.all), sources };
}

function zero() {
  return { correct: 0, wrong: 0, missing: 0, none: 0 };
}

function dateScore(c: { correct: number; wrong: number; missing: number; none: number }): DateScore {
  const precision = c.correct / (c.correct + c.wrong || 1);
  const recall = c.correct / (c.correct + c.missing || 1);
  return { pages: c.correct + c.wrong + c.missing + c.none, ...c, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

export interface FormatScore {
  files: number;
  /** Read without an error, with the number of articles or items. */
  read: number;
  items: number;
  /** Refused with an InputError naming the file and the reason. */
  refused: { file: string; reason: string }[];
}

/** Every feed fixture through the feed parser: items parsed, or a named refusal. */
export function scoreFeeds(dirs: string[]): FormatScore {
  const score: FormatScore = { files: 0, read: 0, items: 0, refused: [] };
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f !== 'LICENSE')) {
      score.files++;
      const path = join(dir, file);
      try {
        score.items += parseFeed(decodeMarkup(readFileSync(path), path), path, null).items.length;
        score.read++;
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        score.refused.push({ file, reason: err.reason });
      }
    }
  }
  return score;
}

/** Every WARC fixture through the WARC reader: HTML pages found, or an error naming the record. */
export async function scoreWarcs(files: string[]): Promise<FormatScore> {
  const score: FormatScore = { files: files.length, read: 0, items: 0, refused: [] };
  for (const file of files) {
    let refusal: string | null = null;
    for await (const item of warcPages(createReadStream(file), file)) {
      if (item.ok) score.items++;
      else refusal ??= item.error.reason;
    }
    if (refusal) score.refused.push({ file, reason: refusal });
    else score.read++;
  }
  return score;
}
