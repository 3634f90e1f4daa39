import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../store.js';
import { MIGRATIONS, STORE_DDL, STORE_VERSION } from './schema.js';

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

/** Marks a SQLite file as a Readout store ("RDOT"), so that another application's file is never written into. */
export const APPLICATION_ID = 0x52444f54;

/** How long a connection waits for another's lock before SQLite reports the store busy. */
const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Refuse to create a new store (queries never create an empty one). */
  mustExist?: boolean;
  /** Open for reading only: queries work on a file they may not write. */
  readOnly?: boolean;
  /** Create the directory of a new store (the default location); a directory the user names must exist. */
  createDirectory?: boolean;
}

/**
 * Opens the store at `path`: WAL so readers never wait for the writer, foreign keys on, the
 * schema created on first use. Refuses a SQLite file of another application and a store written
 * by a newer Readout.
 */
export function openDb(path: string, options: OpenOptions = {}): { db: Db; created: boolean } {
  const mustExist = Boolean(options.mustExist || options.readOnly);
  if (mustExist && !existsSync(path)) throw new StoreError(`${path}: no store here yet (readout ingest creates it)`);
  if (!existsSync(dirname(path))) {
    if (!options.createDirectory) throw new StoreError(`${path}: the directory ${dirname(path)} does not exist`);
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      throw new StoreError(`${path}: cannot create its directory: ${(err as Error).message}`);
    }
  }
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readOnly ?? false, fileMustExist: mustExist });
  } catch (err) {
    throw new StoreError(`${path}: cannot open the store: ${(err as Error).message}`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // One read transaction, so that the stamp and the schema are read from one snapshot: another
    // process may commit a new store's schema between two statements.
    db.transaction(() => checkKind(db, path))();
    db.pragma('foreign_keys = ON');
    if (options.readOnly) {
      if (isEmpty(db)) throw new StoreError(`${path}: no store here yet (readout ingest creates it)`);
      if ((db.pragma('user_version', { simple: true }) as number) < STORE_VERSION) {
        // A store of an older version is migrated once, by a writing connection, before it is read.
        db.close();
        openDb(path, { mustExist: true }).db.close();
        return openDb(path, options);
      }
      return { db, created: false };
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Several processes may open a new file at once: the first to take the write lock creates the schema.
    const created = db
      .transaction(() => {
        const created = isEmpty(db);
        if (created) db.exec(STORE_DDL);
        const version = created ? 1 : (db.pragma('user_version', { simple: true }) as number);
        for (const migration of MIGRATIONS.filter((m) => m.version > version)) {
          try {
            db.exec(migration.sql);
          } catch (err) {
            throw new StoreError(`${path}: migration ${migration.version} (${migration.name}) failed: ${(err as Error).message}`);
          }
        }
        db.pragma(`user_version = ${STORE_VERSION}`);
        if (db.pragma('application_id', { simple: true }) === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
        return created;
      })
      .immediate();
    return { db, created };
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${path}: cannot open the store: ${(err as Error).message}`);
  }
}

function isEmpty(db: Db): boolean {
  return (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0;
}

/**
 * Whether the file is a Readout store this version can use: stamped with Readout's application id
 * (or a first-version store from before the stamp), or a new empty database; and not of a newer version.
 */
function checkKind(db: Db, path: string): void {
  let applicationId: number;
  let version: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    throw new StoreError(`${path}: not a readout store: ${(err as Error).message}`);
  }
  const unstampedReadout = applicationId === 0 && version === 1 && hasTable(db, 'event_mentions');
  if (applicationId !== APPLICATION_ID && !unstampedReadout && !(applicationId === 0 && isEmpty(db))) {
    throw new StoreError(`${path}: not a readout store (a SQLite database of another application); readout will not write into it`);
  }
  if (version > STORE_VERSION) throw new StoreError(`${path}: store version ${version} was written by a newer readout; this one reads version ${STORE_VERSION}`);
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
