import { join } from 'node:path';
import envPaths from 'env-paths';
import type { OpenOptions } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';

/** `READOUT_DB`, else `readout.db` in the user's data directory (XDG on Linux). */
export function defaultStorePath(): string {
  return process.env.READOUT_DB ?? join(envPaths('readout', { suffix: '' }).data, 'readout.db');
}

/** Whether a store location names a PostgreSQL server. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/**
 * Opens the store at `location`: for reading only, or creating it unless `mustExist`. A
 * `postgres://` URL is a PostgreSQL database, anything else a SQLite file. Only the adapter in use
 * is loaded (a SQLite run never loads the PostgreSQL client, and the reverse).
 */
export async function openStore(location: string, options: OpenOptions = {}): Promise<{ store: Store; created: boolean }> {
  const store = isPostgresUrl(location)
    ? await (await import('../store/postgres/index.js')).PostgresStore.open(location, options)
    : (await import('../store/sqlite/index.js')).SqliteStore.open(location, options);
  return { store, created: store.created };
}
