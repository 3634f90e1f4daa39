import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root, found from this module's place in `dist/src/knowledge/`. */
const ROOT = new URL('../../../', import.meta.url);

export function repoPath(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT));
}

/**
 * Rows of a tab-separated data file under `data/`, without blank lines and `#` comments (the
 * comments carry each file's provenance).
 */
export function readDataRows(relative: string): string[][] {
  return readFileSync(repoPath(`data/${relative}`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.trim().split('\t'));
}
