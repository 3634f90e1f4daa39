import type { Span } from '../model/schema.js';

/**
 * Splits a span of text into paragraphs. Web and wire copy put one paragraph on a line; older wire
 * copy (Reuters-21578, many plain-text archives) is hard-wrapped near 70 columns, with paragraphs
 * marked by a blank line or an indented first line. A wrapped text is recognised by its line lengths,
 * and then a single newline is just a space.
 */
export function splitParagraphs(text: string, span: Span = { start: 0, end: text.length }): Span[] {
  const lines = linesOf(text, span);
  const wrapped = isHardWrapped(lines.filter((l) => l.content.length > 0).map((l) => l.content.length));
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  for (const line of lines) {
    const content = line.content.length > 0;
    const breaks = !wrapped || !content || line.indented;
    if (current && breaks) {
      paragraphs.push(current);
      current = null;
    }
    if (!content) continue;
    if (current) current.end = line.contentEnd;
    else current = { start: line.contentStart, end: line.contentEnd };
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

interface TextLine {
  content: string;
  contentStart: number;
  contentEnd: number;
  indented: boolean;
}

function linesOf(text: string, span: Span): TextLine[] {
  const lines: TextLine[] = [];
  let start = span.start;
  while (start <= span.end) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > span.end) end = span.end;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    lines.push({
      content,
      contentStart: start + lead,
      contentEnd: start + lead + content.length,
      indented: /^(?: {2,}|\t)/.test(raw),
    });
    start = end + 1;
  }
  return lines;
}

/** Most lines long but none much past a terminal's width: the text was wrapped by its writer. */
function isHardWrapped(lengths: number[]): boolean {
  if (lengths.length < 4) return false;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)];
  const median = sorted[Math.floor(sorted.length / 2)];
  return p90 <= 90 && median >= 40;
}
