import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/model/schema.js';
import { analyzeArticle } from '../../src/pipeline.js';
import { prf } from './metrics.js';
import { readTimeML, type TimeMLDocument } from './timeml.js';

/** What the TempEval-3 timex scores are computed from: counts of timexes and of matches. */
export interface TimexCounts {
  documents: number;
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  values: number;
  types: number;
}

/** TempEval-3 timex scores: strict and relaxed extent F1, and value (and type) F1. */
export interface TimexScores {
  strictF1: number;
  relaxedF1: number;
  valueF1: number;
  typeF1: number;
}

interface System extends Span {
  type: string;
  value: string;
}

/** Every `.tml` document of a folder. */
export function readTimeMLFolder(dir: string): TimeMLDocument[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tml')).sort().map((f) => readTimeML(join(dir, f)));
}

/** The pipeline's times on a TimeML document's TEXT, read with the DCT as publication date. */
export function systemTimes(doc: TimeMLDocument): System[] {
  return analyzeArticle({ id: doc.id, text: doc.text, published: doc.dct, title: null, url: null }).times;
}

/**
 * Counts like the official TempEval-3 scorer (evaluate_entities.py): gold and system timexes are
 * paired one to one by overlapping extent (a relaxed match); a pair is a strict match when the
 * extents are identical; value and type are compared on every relaxed match.
 */
export function countTimeML(docs: TimeMLDocument[], run: (doc: TimeMLDocument) => System[] = systemTimes): TimexCounts {
  const counts: TimexCounts = { documents: docs.length, gold: 0, predicted: 0, strict: 0, relaxed: 0, values: 0, types: 0 };
  for (const doc of docs) {
    const system = run(doc);
    counts.gold += doc.timexes.length;
    counts.predicted += system.length;
    const used = new Set<System>();
    for (const g of doc.timexes) {
      const s = system.find((x) => !used.has(x) && x.start < g.end && g.start < x.end);
      if (!s) continue;
      used.add(s);
      counts.relaxed++;
      if (s.start === g.start && s.end === g.end) counts.strict++;
      if (s.value === g.value) counts.values++;
      if (s.type === g.type) counts.types++;
    }
  }
  return counts;
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return { documents: a.documents + b.documents, gold: a.gold + b.gold, predicted: a.predicted + b.predicted, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed, values: a.values + b.values, types: a.types + b.types };
}

/**
 * The scorer's figures: strict/relaxed precision and recall divide the matches by the system and
 * gold counts; an attribute's F1 is its accuracy over the relaxed matches times the relaxed F1.
 */
export function timexScores(c: TimexCounts): TimexScores {
  const relaxedF1 = prf(c.relaxed, c.predicted, c.gold).f1;
  return {
    strictF1: prf(c.strict, c.predicted, c.gold).f1,
    relaxedF1,
    valueF1: c.relaxed ? (c.values / c.relaxed) * relaxedF1 : 0,
    typeF1: c.relaxed ? (c.types / c.relaxed) * relaxedF1 : 0,
  };
}

interface SeedTime {
  text: string;
  context: string;
  value: string;
  optional?: boolean;
}

/**
 * The seed gold of the example article: the share of its non-optional expressions found (overlapping
 * the gold text, located by its context) with the gold value.
 */
export function scoreSeedTimes(goldPath: string, articlePath: string, published: string): { correct: number; total: number } {
  const text = readFileSync(articlePath, 'utf8');
  const gold = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as SeedTime).filter((g) => !g.optional);
  const times = analyzeArticle({ id: articlePath, text, published, title: null, url: null }).times;
  let correct = 0;
  for (const g of gold) {
    const at = text.indexOf(g.context);
    const start = at < 0 ? -1 : at + g.context.indexOf(g.text);
    const end = start + g.text.length;
    if (start >= 0 && times.some((t) => t.start < end && start < t.end && t.value === g.value)) correct++;
  }
  return { correct, total: gold.length };
}
