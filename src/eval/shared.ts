import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../data-files.js';

/** The shared data folder beside the repository (or READOUT_SHARED), or null when it is absent. */
export function sharedDir(): string | null {
  const dir = process.env.READOUT_SHARED ?? repoPath('../shared');
  return existsSync(join(dir, 'data')) ? dir : null;
}
