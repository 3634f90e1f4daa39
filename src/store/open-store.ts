import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import envPaths from 'env-paths';
import { STORE_DDL, STORE_VERSION } from './schema.js';

export type Store = Database.Database;

/** A store that cannot be opened or was written by another version; the message names the file. */
export class StoreError extends Error {}

const statements = new WeakMap<Store, Map<string, Database.Statement>>();

/** A statement prepared once per connection: preparing costs more than running a small query. */
export function prepared<P extends unknown[], R = unknown>(db: Store, sql: string): Database.Statement<P, R> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement as unknown as Database.Statement<P, R>;
}

/** `READOUT_DB`, else `readout.db` in the user's data directory (XDG on Linux). */
export function defaultStorePath(): string {
  return process.env.READOUT_DB ?? join(envPaths('readout', { suffix: '' }).data, 'readout.db');
}

/**
 * Opens the store at `path`, creating it unless `mustExist` (queries never create an empty one):
 * WAL so readers never wait for the writer, foreign keys on, the schema created on first use.
 */
export function openStore(path: string, options: { mustExist?: boolean } = {}): { db: Store; created: boolean } {
  if (options.mustExist && !existsSync(path)) throw new StoreError(`${path}: no store here yet (readout ingest creates it)`);
  let db: Store;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (err) {
    throw new StoreError(`${path}: cannot open the store: ${(err as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== 0 && version !== STORE_VERSION) {
      throw new StoreError(`${path}: store version ${version}, this readout reads version ${STORE_VERSION}`);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    if (version === 0) {
      db.transaction(() => {
        db.exec(STORE_DDL);
        db.pragma(`user_version = ${STORE_VERSION}`);
      })();
      return { db, created: true };
    }
    return { db, created: false };
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${path}: not a readout store: ${(err as Error).message}`);
  }
}
