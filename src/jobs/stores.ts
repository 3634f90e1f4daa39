import { join } from 'node:path';
import envPaths from 'env-paths';
import { SqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/store.js';

/** `READOUT_DB`, else `readout.db` in the user's data directory (XDG on Linux). */
export function defaultStorePath(): string {
  return process.env.READOUT_DB ?? join(envPaths('readout', { suffix: '' }).data, 'readout.db');
}

/**
 * Opens the store at `location`, creating it unless `mustExist` (queries never create an empty
 * one). A SQLite file is the one backend so far; others will be told apart by their location.
 */
export function openStore(location: string, options: { mustExist?: boolean } = {}): { store: Store; created: boolean } {
  const store = SqliteStore.open(location, options);
  return { store, created: store.created };
}
