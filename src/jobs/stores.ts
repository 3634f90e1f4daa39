import { join } from 'node:path';
import envPaths from 'env-paths';
import { PostgresStore } from '../store/postgres/index.js';
import { isPostgresUrl } from '../store/postgres/open.js';
import { SqliteStore } from '../store/sqlite/index.js';
import type { OpenOptions } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';

/** `READOUT_DB`, else `readout.db` in the user's data directory (XDG on Linux). */
export function defaultStorePath(): string {
  return process.env.READOUT_DB ?? join(envPaths('readout', { suffix: '' }).data, 'readout.db');
}

/**
 * Opens the store at `location`: for reading only, or creating it unless `mustExist`. A
 * `postgres://` URL is a PostgreSQL database, anything else a SQLite file.
 */
export async function openStore(location: string, options: OpenOptions = {}): Promise<{ store: Store; created: boolean }> {
  const store = isPostgresUrl(location) ? await PostgresStore.open(location, options) : SqliteStore.open(location, options);
  return { store, created: store.created };
}
