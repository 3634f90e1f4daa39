import { join } from 'node:path';
import envPaths from 'env-paths';
import { SqliteStore } from '../store/sqlite/index.js';
import type { OpenOptions } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';

/** `READOUT_DB`, else `readout.db` in the user's data directory (XDG on Linux). */
export function defaultStorePath(): string {
  return process.env.READOUT_DB ?? join(envPaths('readout', { suffix: '' }).data, 'readout.db');
}

/**
 * Opens the store at `location`: for reading only, or creating it unless `mustExist`. A SQLite
 * file is the one backend so far; others will be told apart by their location.
 */
export function openStore(location: string, options: OpenOptions = {}): { store: Store; created: boolean } {
  const store = SqliteStore.open(location, options);
  return { store, created: store.created };
}
