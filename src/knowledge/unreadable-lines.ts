/**
 * How many unreadable lines a user's dictionary may have. Real dictionaries have a few typos
 * (Phoenix's "[ARMUNR 9008223-911221]"), which are skipped and reported as PETRARCH skips them; a
 * file with more, or with nothing readable, is another kind of file, and that is an error.
 */
const MAX_SKIPPED = 10;
const MAX_SKIPPED_SHARE = 0.02;

/** Why the file is refused (a message naming it), or null when its skipped lines are tolerated. */
export function refusal(path: string, kind: string, read: number, skipped: readonly string[]): string | null {
  const question = `is it ${kind}?`;
  if (read === 0) return skipped.length ? `${skipped[0]} (and nothing read from ${path}: ${question})` : null;
  if (skipped.length > MAX_SKIPPED && skipped.length > MAX_SKIPPED_SHARE * read) return `${skipped[0]} (and ${skipped.length - 1} more unreadable lines in ${path}: ${question})`;
  return null;
}
