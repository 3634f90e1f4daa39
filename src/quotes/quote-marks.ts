import { partitionPoint } from '../model/sorted-search.js';
import type { Span } from '../model/schema.js';

/** A stretch of text between double quotation marks, marks included. */
export interface Quoted extends Span {
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
  /** Index of the stretch this one continues: a quote running on into a new paragraph. */
  continues: number | null;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);

/**
 * The quoted stretches of each paragraph. Straight marks open after a space or at the start and
 * close elsewhere. A paragraph that ends inside a quote continues it when the next paragraph opens
 * with a mark (the news convention for long quotes); otherwise the stretch stops at the paragraph's
 * end, so an unbalanced mark never swallows the rest of the article.
 */
export function findQuoted(text: string, paragraphs: Span[]): Quoted[] {
  const found: Quoted[] = [];
  const candidates = markCharacters(text);
  let carried = false;
  for (const [p, paragraph] of paragraphs.entries()) {
    let open = -1;
    const continuing = carried;
    carried = false;
    for (let k = partitionPoint(candidates.length, (j) => candidates[j] < paragraph.start); k < candidates.length && candidates[k] < paragraph.end; k++) {
      const i = candidates[k];
      const mark = markAt(text, i, paragraph.start);
      if (!mark) continue;
      if (open < 0) {
        if (mark.role !== 'close') open = i;
      } else if (mark.role !== 'open') {
        push(found, open, i + mark.length, true, continuing && found.length > 0 && open === firstMark(text, paragraph));
        open = -1;
      } else {
        // A second opening mark inside a quote: the first one was never closed.
        push(found, open, trimEnd(text, open, i), false, false);
        open = i;
      }
      // The second quote of a "''" mark is not a mark of its own.
      while (k + 1 < candidates.length && candidates[k + 1] < i + mark.length) k++;
    }
    if (open < 0) continue;
    const continued = continuing && open === firstMark(text, paragraph);
    push(found, open, trimEnd(text, open, paragraph.end), false, continued);
    const next = paragraphs[p + 1];
    carried = next !== undefined && firstMark(text, next) >= 0;
  }
  return found;
}

function push(found: Quoted[], start: number, end: number, closed: boolean, continued: boolean): void {
  found.push({ start, end, closed, continues: continued ? found.length - 1 : null });
}

/** The offset of the paragraph's opening mark when the paragraph starts with one, else -1. */
function firstMark(text: string, paragraph: Span): number {
  let i = paragraph.start;
  while (i < paragraph.end && /\s/.test(text[i])) i++;
  const mark = markAt(text, i, paragraph.start);
  return mark && mark.role !== 'close' ? i : -1;
}

/**
 * Offsets of the characters that can be a quotation mark, in order: paragraphs are scanned from one
 * to the next instead of testing every character (markAt is null anywhere else).
 */
function markCharacters(text: string): number[] {
  const offsets: number[] = [];
  for (const m of text.matchAll(/[“„«”»"']/g)) offsets.push(m.index);
  return offsets;
}

function markAt(text: string, i: number, lineStart: number): { role: 'open' | 'close' | 'either'; length: number } | null {
  const c = text[i];
  if (OPENING.has(c)) return { role: 'open', length: 1 };
  if (CLOSING.has(c)) return { role: 'close', length: 1 };
  const straight = c === '"' ? 1 : c === "'" && text[i + 1] === "'" ? 2 : 0;
  if (!straight) return null;
  // ",'''" closes a single quote and then the double one: the pair is the last two marks.
  if (straight === 2 && text[i + 2] === "'" && i > lineStart && !/\s/.test(text[i - 1])) return null;
  const before = i > lineStart ? text[i - 1] : ' ';
  const after = text[i + straight] ?? ' ';
  if (/[\s([{—–-]/.test(before) && !/\s/.test(after)) return { role: 'open', length: straight };
  if (/\s/.test(after) || /[.,;:!?)\]—–-]/.test(before)) return { role: 'close', length: straight };
  return { role: 'either', length: straight };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Lookups in the stretches of `findQuoted`, which are sorted and never overlap (so starts and ends
 * both ascend): binary searches, as a long article holds thousands of them.
 */
export function quotedStartingAt(quoted: Quoted[], offset: number): number {
  const i = firstEndingAfter(quoted, offset);
  return i < quoted.length && quoted[i].start === offset ? i : -1;
}

export function quotedEndingAt(quoted: Quoted[], offset: number): number {
  const i = firstEndingAfter(quoted, offset - 1);
  return i < quoted.length && quoted[i].end === offset ? i : -1;
}

/** Whether `offset` lies strictly between a stretch's opening and closing offsets. */
export function insideQuoted(quoted: Quoted[], offset: number): boolean {
  const i = firstEndingAfter(quoted, offset);
  return i < quoted.length && quoted[i].start < offset;
}

function firstEndingAfter(quoted: Quoted[], offset: number): number {
  return partitionPoint(quoted.length, (i) => quoted[i].end <= offset);
}
