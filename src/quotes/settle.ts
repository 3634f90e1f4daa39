import type { Span } from '../model/schema.js';
import { partitionPoint } from '../model/sorted-search.js';
import type { Attribution } from './attributions.js';
import { withContinuations } from './contents.js';
import type { Context } from './phrases.js';
import type { Quoted } from './quote-marks.js';

/**
 * What ends a clause before a later attribution: a comma or dash, a conjunction or a subordinator.
 * Temporal clauses ("after the vote …") are left in the content.
 */
const LINK = String.raw`and|but|though|although|even though|while|whereas|as|then|because|compared (?:with|to)`;
const BOUNDARY = new RegExp(String.raw`(?:[,;—–]\s*(?:${LINK})?|\s(?:${LINK}))\s*$`, 'i');

/**
 * Keeps one attribution per stretch of words, as PolNeAR annotates (only the outermost of nested
 * ones). Quotes go first, then sentence-final cues, then cue-clause ones from the last backwards:
 * a clause that runs into a later attribution stops before it (and before a relative pronoun that
 * opens its content: "…, which the auditor said …") when a boundary separates them ("…, and one
 * source said …", "… as the union warned …"); otherwise the later one is nested in it and gives way.
 */
export function settle(ctx: Context, candidates: Attribution[]): Attribution[] {
  const cueStart = (a: Attribution) => ctx.tokens[a.cue[0]].start;
  releaseClaimed(candidates, cueStart);
  const order = [...candidates].sort((a, b) => a.rank - b.rank || (a.rank === 2 ? cueStart(b) - cueStart(a) : cueStart(a) - cueStart(b)));
  // Attributions only ever compare with ones whose stretch of text overlaps theirs: settling each
  // overlapping group on its own gives the same result in time linear in the article.
  return overlapGroups(ctx, order).flatMap((group) => settleGroup(ctx, group)).sort((a, b) => cueStart(a) - cueStart(b));
}

function settleGroup(ctx: Context, order: Attribution[]): Attribution[] {
  let kept: Attribution[] = [];
  // A transcript label ("LOPEZ: …") names the turn's speaker; the attributions inside the turn
  // are the speaker's own reports ("I think …") and are kept beside it.
  const label = (a: Attribution) => a.rule === 'label.colon';
  for (const candidate of order) {
    const own = anchors(ctx, candidate);
    if (kept.some((k) => !label(k) && own.some((x) => inside(k.contents, x)))) continue;
    let keep = true;
    for (const other of kept) {
      if (label(other) !== label(candidate)) continue;
      const start = Math.min(...anchors(ctx, other), ...other.contents.map((c) => c.start));
      if (!overlaps(candidate.contents, [...other.contents, { start, end: start + 1 }])) continue;
      const clause = candidate.contents[0];
      // A split content ("The ferry, she said, will run") holds the attributions nested in it.
      if (candidate.rank === 2 && candidate.contents.length > 1 && other.rank === 2 && anchors(ctx, other).every((x) => inside(candidate.contents, x))) {
        kept = kept.filter((k) => k !== other);
        continue;
      }
      if (candidate.rank !== 2 || candidate.contents.length !== 1 || start < clause.start) { keep = false; break; }
      const words = ctx.text.slice(clause.start, start);
      if (other.rank < 2 || BOUNDARY.test(words)) {
        const end = clause.start + words.replace(BOUNDARY, '').trimEnd().length;
        if (end - clause.start < 3) { keep = false; break; }
        candidate.contents = [{ start: clause.start, end }];
      } else kept = kept.filter((k) => k !== other);
    }
    if (keep) kept.push(candidate);
  }
  return kept;
}

/**
 * Splits attributions, in their order, into groups whose extents (cue, source and contents) do not
 * overlap those of another group.
 */
function overlapGroups(ctx: Context, order: Attribution[]): Attribution[][] {
  const extents = order.map((a) => {
    const points = anchors(ctx, a);
    return {
      start: Math.min(...points, ...a.contents.map((c) => c.start)),
      end: Math.max(...points.map((x) => x + 1), ...a.contents.map((c) => c.end)),
    };
  });
  const group = new Int32Array(order.length);
  let count = 0;
  let end = -Infinity;
  for (const i of order.map((_, i) => i).sort((i, j) => extents[i].start - extents[j].start)) {
    if (extents[i].start >= end) count++;
    end = Math.max(end, extents[i].end);
    group[i] = count - 1;
  }
  const groups: Attribution[][] = Array.from({ length: count }, () => []);
  order.forEach((a, i) => groups[group[i]].push(a));
  return groups;
}

/**
 * A quote that an attribution took as running on after its cue (“…,” X said. “…”) is given up when
 * the quote has a cue of its own right after it (“…,” she said).
 */
function releaseClaimed(candidates: Attribution[], cueStart: (a: Attribution) => number): void {
  const own = new Set<string>();
  for (const a of candidates) {
    if (!a.rule.includes('quote-before')) continue;
    const before = a.contents.filter((c) => c.end <= cueStart(a)).at(-1);
    if (before) own.add(`${before.start}:${before.end}`);
  }
  for (const a of candidates) {
    const kept = a.contents.filter((c) => c.start < cueStart(a) || !own.has(`${c.start}:${c.end}`));
    if (kept.length && kept.length < a.contents.length) a.contents = kept;
  }
}

/**
 * A paragraph that opens with a quote and has no attribution of its own continues the
 * attribution of the paragraph before (whose speaker it inherits).
 */
export function attachFloating(ctx: Context, paragraphs: Span[], quoted: Quoted[], kept: Attribution[]): void {
  // kept is in cue order; quotes are visited in text order, so both are read by sweeps. The
  // contents added below are the visited quote and its continuations, which are never visited.
  const cues = kept.map((a) => ctx.tokens[a.cue[0]].start);
  const contents = kept.flatMap((a) => a.contents).sort((x, y) => x.start - y.start);
  let c = 0;
  let reach = -Infinity;
  const claimed = (offset: number) => {
    for (; c < contents.length && contents[c].start <= offset; c++) reach = Math.max(reach, contents[c].end);
    return reach > offset;
  };
  let p = 0;
  for (const [index, q] of quoted.entries()) {
    if (claimed(q.start) || q.continues !== null) continue;
    while (p < paragraphs.length && paragraphs[p].end <= q.start) p++;
    const paragraph = paragraphs[p];
    if (!paragraph || p === 0 || !opensParagraph(ctx.text, paragraph, q.start)) continue;
    const after = partitionPoint(cues.length, (i) => cues[i] < paragraph.start);
    if (after < cues.length && cues[after] < paragraph.end) continue;
    const previous = paragraphs[p - 1];
    const last = kept[after - 1];
    if (!last || !last.contents.some((c) => c.end > previous.start) && !within(previous, cues[after - 1])) continue;
    last.contents.push(...withContinuations(quoted, index));
    last.rule = last.rule.endsWith('+floating') ? last.rule : `${last.rule}+floating`;
  }
}

/** Whether only white space comes before `offset` in the paragraph. */
function opensParagraph(text: string, paragraph: Span, offset: number): boolean {
  let i = paragraph.start;
  while (i < offset && /\s/.test(text[i])) i++;
  return i === offset;
}

function anchors(ctx: Context, a: Attribution): number[] {
  return [ctx.tokens[a.cue[0]].start, ...(a.source && !a.borrowed ? [ctx.tokens[a.source[0]].start] : [])];
}

function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

function inside(spans: Span[], offset: number): boolean {
  return spans.some((s) => within(s, offset));
}

function overlaps(a: Span[], b: Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}
