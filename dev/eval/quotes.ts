import { readFileSync } from 'node:fs';
import type { DocumentModel } from '../../src/model/document.js';
import type { Actor, Span } from '../../src/model/schema.js';
import { analyzeArticle } from '../../src/pipeline.js';
import { tokenize } from '../../src/text/tokenize.js';
import { prf, type PRF } from './metrics.js';

/** One attribution as Citron's format writes it: a cue, source spans and content spans. */
export interface CitronQuote {
  cue: Span;
  sources: Span[];
  contents: Span[];
}

interface PolnearDocument {
  id: string;
  title: string | null;
  publication_date: string | null;
  text: string;
  quotes: { cue: Span | null; sources: Span[]; contents: Span[] }[];
}

/** Sums over documents from which the Citron scores are computed. */
export interface QuoteCounts {
  documents: number;
  gold: number;
  predicted: number;
  /** Exact matches (tp, fp, fn) of cue, source and content, as Citron counts them. */
  exact: Record<Role, { tp: number; fp: number; fn: number }>;
  /** Token overlap: overlapping, predicted and gold token counts. */
  overlap: Record<Role, { overlap: number; predicted: number; gold: number }>;
  /** Content matches at a share of tokens: predicted and gold quotes matched at ≥ 30% and ≥ 80%. */
  partial: Record<'30' | '80', { predicted: number; gold: number }>;
}

type Role = 'cue' | 'source' | 'content';
const ROLES: Role[] = ['cue', 'source', 'content'];

/**
 * The Citron protocol (bbc/citron, scripts/evaluate): spans are compared as token ranges. Exact
 * cue: a gold cue with the same tokens. Exact source and content: the cues overlap and the span
 * lists are equal. Overlap: tokens shared by every predicted and gold pair over all predicted
 * (precision) and all gold (recall) tokens. The partial rows add: a predicted content matches when
 * ≥ X of its tokens lie in one gold content (precision), a gold content when ≥ X of its tokens are
 * covered by one predicted content (recall).
 */
export function scorePolnear(path: string): QuoteCounts {
  const counts = emptyCounts();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const gold = JSON.parse(line) as PolnearDocument;
    const doc = analyzeArticle({ id: gold.id, text: gold.text, title: gold.title, published: gold.publication_date, url: null });
    const predicted: CitronQuote[] = doc.quotes.map((q) => ({ cue: q.cue, sources: q.source ? [q.source] : [], contents: q.contents }));
    addDocument(counts, gold.text, predicted, gold.quotes.filter((q): q is CitronQuote => q.cue !== null && q.contents.length > 0));
  }
  return counts;
}

export function emptyCounts(): QuoteCounts {
  const exact = { tp: 0, fp: 0, fn: 0 };
  const overlap = { overlap: 0, predicted: 0, gold: 0 };
  return {
    documents: 0, gold: 0, predicted: 0,
    exact: { cue: { ...exact }, source: { ...exact }, content: { ...exact } },
    overlap: { cue: { ...overlap }, source: { ...overlap }, content: { ...overlap } },
    partial: { '30': { predicted: 0, gold: 0 }, '80': { predicted: 0, gold: 0 } },
  };
}

/** Adds one document's predicted and gold quotes to the counts, on a tokenization of its text. */
export function addDocument(counts: QuoteCounts, text: string, predicted: CitronQuote[], gold: CitronQuote[]): void {
  const grid = tokenize(text);
  const toTokens = (s: Span): [number, number] => {
    let a = 0;
    while (a < grid.length && grid[a].end <= s.start) a++;
    let b = a;
    while (b < grid.length && grid[b].start < s.end) b++;
    return [a, b];
  };
  const P = predicted.map((q) => tokenQuote(q, toTokens));
  const G = gold.map((q) => tokenQuote(q, toTokens));
  counts.documents++;
  counts.predicted += P.length;
  counts.gold += G.length;
  for (const role of ROLES) {
    const same = (p: TokenQuote, g: TokenQuote) => role === 'cue' ? equalSpans(p.cue, g.cue) : overlap(p.cue[0], g.cue[0]) > 0 && equalSpans(p[role], g[role]);
    const e = counts.exact[role];
    for (const p of P) if (G.some((g) => same(p, g))) e.tp++; else e.fp++;
    for (const g of G) if (!P.some((p) => same(p, g))) e.fn++;
    const o = counts.overlap[role];
    for (const p of P) for (const g of G) o.overlap += spansOverlap(p[role], g[role]);
    o.predicted += P.reduce((n, p) => n + length(p[role]), 0);
    o.gold += G.reduce((n, g) => n + length(g[role]), 0);
  }
  for (const [key, share] of [['30', 0.3], ['80', 0.8]] as const) {
    counts.partial[key].predicted += P.filter((p) => G.some((g) => spansOverlap(p.content, g.content) >= share * length(p.content))).length;
    counts.partial[key].gold += G.filter((g) => P.some((p) => spansOverlap(p.content, g.content) >= share * length(g.content))).length;
  }
}

interface TokenQuote {
  cue: [number, number][];
  source: [number, number][];
  content: [number, number][];
}

function tokenQuote(q: CitronQuote, toTokens: (s: Span) => [number, number]): TokenQuote {
  return { cue: [toTokens(q.cue)], source: q.sources.map(toTokens), content: q.contents.map(toTokens) };
}

function overlap(a: [number, number], b: [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

function spansOverlap(a: [number, number][], b: [number, number][]): number {
  return a.reduce((n, x) => n + b.reduce((m, y) => m + overlap(x, y), 0), 0);
}

function length(spans: [number, number][]): number {
  return spans.reduce((n, s) => n + s[1] - s[0], 0);
}

function equalSpans(a: [number, number][], b: [number, number][]): boolean {
  return a.length === b.length && a.every((x, i) => x[0] === b[i][0] && x[1] === b[i][1]);
}

export function exactScores(c: QuoteCounts, role: Role): PRF {
  const e = c.exact[role];
  return prf(e.tp, e.tp + e.fp, e.tp + e.fn);
}

export function overlapScores(c: QuoteCounts, role: Role): PRF {
  const o = c.overlap[role];
  const precision = o.predicted ? o.overlap / o.predicted : 0;
  const recall = o.gold ? o.overlap / o.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function partialScores(c: QuoteCounts, share: '30' | '80'): PRF {
  const precision = c.predicted ? c.partial[share].predicted / c.predicted : 0;
  const recall = c.gold ? c.partial[share].gold / c.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

interface SeedQuote extends Span {
  id: string;
  speaker: string;
  speaker_type: 'named' | 'anonymous' | 'organisation' | 'pronoun-resolved';
  mention_start: number;
  mention_end: number;
}

/** The seed article scored against its gold: found, right speaker, and quotes outside the body. */
export interface SeedQuoteScore {
  total: number;
  found: number;
  speakerRight: number;
  fromBoilerplate: number;
  misses: string[];
}

/**
 * A gold quote is found when one predicted quote's contents cover ≥ 80% of its tokens; its
 * speaker is right when that quote's speaker actor is the gold one: by name (or a mention written
 * as the gold name) for named, organisation and pronoun-resolved speakers; for anonymous ones, an
 * anonymous actor with the gold mention among its mentions.
 */
export function scoreSeedQuotes(goldPath: string, articlePath: string, published: string): SeedQuoteScore {
  const text = readFileSync(articlePath, 'utf8');
  const doc = analyzeArticle({ id: 'seed', text, title: null, published, url: null });
  return scoreSeedDocument(doc, readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as SeedQuote));
}

export function scoreSeedDocument(doc: DocumentModel, gold: SeedQuote[]): SeedQuoteScore {
  const grid = tokenize(doc.text);
  const tokensIn = (spans: Span[]) => grid.filter((t) => spans.some((s) => s.start < t.end && t.start < s.end));
  const score: SeedQuoteScore = { total: gold.length, found: 0, speakerRight: 0, fromBoilerplate: 0, misses: [] };
  const outside = doc.article.parts.filter((p) => p.kind !== 'body');
  score.fromBoilerplate = doc.quotes.filter((q) => q.start >= doc.article.body.end || outside.some((p) => p.kind === 'boilerplate' && p.start < q.end && q.start < p.end)).length;
  for (const g of gold) {
    const want = tokensIn([g]);
    const matches = doc.quotes.filter((q) => {
      const got = new Set(tokensIn(q.contents));
      return want.filter((t) => got.has(t)).length >= 0.8 * want.length;
    });
    const right = matches.some((q) => speakerIsRight(doc, doc.actors.find((a) => a.id === q.speaker), g));
    if (matches.length) score.found++;
    if (right) score.speakerRight++;
    else score.misses.push(`${g.id} ${matches.length ? `speaker ${matches.map((q) => doc.actors.find((a) => a.id === q.speaker)?.name ?? q.source?.text ?? 'none').join('/')}` : 'not found'} (gold ${g.speaker})`);
  }
  return score;
}

function speakerIsRight(doc: DocumentModel, actor: Actor | undefined, g: SeedQuote): boolean {
  if (!actor) return false;
  if (g.speaker_type === 'anonymous') return actor.kind === 'anonymous' && actor.mentions.some((m) => m.start === g.mention_start && m.end === g.mention_end);
  const bare = (s: string) => s.toLowerCase().replace(/^the\s+/, '').trim();
  return bare(actor.name) === bare(g.speaker) || actor.mentions.some((m) => bare(doc.text.slice(m.start, m.end)) === bare(g.speaker));
}
