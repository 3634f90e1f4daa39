import type { Span, Token } from './schema.js';

/** Index of the first token that ends after `offset` (tokens are sorted and do not overlap). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token indexes [first, last) inside a span. */
export function tokenRange(tokens: Token[], span: Span): [number, number] {
  const first = tokenAt(tokens, span.start);
  let last = first;
  while (last < tokens.length && tokens[last].start < span.end) last++;
  return [first, last];
}
