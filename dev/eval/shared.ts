import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../src/knowledge/data-files.js';

/** The shared data folder beside the repository (or READOUT_SHARED), or null when it is absent. */
export function sharedDir(): string | null {
  const dir = process.env.READOUT_SHARED ?? repoPath('../shared');
  return existsSync(join(dir, 'data')) ? dir : null;
}

/**
 * The article the hand-made gold in `gold/seed/` describes: the one example text of the shared
 * folder, with the publication date its README gives (it is metadata, not in the text).
 */
export function seedArticle(shared: string): { path: string; published: string } {
  const texts = readdirSync(join(shared, 'examples')).filter((f) => f.endsWith('.txt'));
  if (texts.length !== 1) throw new Error(`expected one example article in ${join(shared, 'examples')}, found ${texts.length}`);
  return { path: join(shared, 'examples', texts[0]), published: '2025-10-21' };
}
