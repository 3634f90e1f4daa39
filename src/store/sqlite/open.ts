import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../store.js';
import { STORE_DDL, STORE_VERSION } from './schema.js';

/** A connection to a SQLite store: only the adapter's modules see it. */
export type Db = Database.Database;


const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A statement prepared once per connection: preparing costs more than running a small query. */
export function prepared<P extends unknown[], R = unknown>(db: Db, sql: string): Database.Statement<P, R> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement as unknown as Database.Statement<P, R>;
}

/**
 * Opens the store at `path`, creating it unless `mustExist` (queries never create an empty one):
 * WAL so readers never wait for the writer, foreign keys on, the schema created on first use.
 */
export function openDb(path: string, options: { mustExist?: boolean } = {}): { db: Db; created: boolean } {
  if (options.mustExist && !existsSync(path)) throw new StoreError(`${path}: no store here yet (readout ingest creates it)`);
  let db: Db;
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
