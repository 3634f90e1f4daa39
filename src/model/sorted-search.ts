/**
 * The first index in [0, length) where `before` turns false, for a predicate that holds on a prefix
 * (a binary search over any sorted layer: "the first entity starting at or after x").
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
