import pg from 'pg';
import { StoreError } from '../store.js';
import { MIGRATIONS } from './schema.js';

/** Counts and ids (bigint) as numbers: a store holds far fewer than 2^53 rows. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The URL without its password, for messages. */
export function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * Connects to the database at `url` and brings its schema to this version's, creating it unless
 * `mustExist` (queries never create an empty one). Migrations run under an advisory lock, so
 * workers starting together apply each once.
 */
export async function openPool(url: string, options: { mustExist?: boolean; connections?: number } = {}): Promise<{ pool: pg.Pool; created: boolean }> {
  const pool = new pg.Pool({ connectionString: url, types, max: options.connections ?? 4 });
  // An idle connection the server drops must not crash the process: the next query reconnects.
  pool.on('error', () => {});
  try {
    const created = await migrate(pool, url, options.mustExist ?? false);
    return { pool, created };
  } catch (err) {
    await pool.end();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${redacted(url)}: cannot open the store: ${(err as Error).message}`);
  }
}

const LATEST = MIGRATIONS[MIGRATIONS.length - 1].version;

async function migrate(pool: pg.Pool, url: string, mustExist: boolean): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('readout:migrate'))");
    try {
      const exists = (await client.query<{ t: string | null }>("SELECT to_regclass('readout_migrations')::text AS t")).rows[0].t !== null;
      if (!exists && mustExist) throw new StoreError(`${redacted(url)}: no store here yet (readout ingest creates it)`);
      if (!exists) await client.query('CREATE TABLE readout_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const applied = (await client.query<{ v: number | null }>('SELECT max(version) AS v FROM readout_migrations')).rows[0].v ?? 0;
      if (applied > LATEST) throw new StoreError(`${redacted(url)}: store version ${applied}, this readout reads version ${LATEST}`);
      for (const migration of MIGRATIONS.filter((m) => m.version > applied)) {
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO readout_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw new StoreError(`${redacted(url)}: migration ${migration.version} (${migration.name}) failed: ${(err as Error).message}`);
        }
      }
      return applied === 0;
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('readout:migrate'))");
    }
  } finally {
    client.release();
  }
}

const known = new WeakMap<pg.Pool, Set<string>>();

/** The first day of the month of an ISO date, the lower bound of its events partition. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/**
 * Makes the monthly events partitions these days fall in, each in its own short transaction under
 * an advisory lock (two workers may need the same month at once). Called before a write
 * transaction, so the writer never waits on DDL it holds itself.
 */
export async function ensurePartitions(pool: pg.Pool, days: Iterable<string>): Promise<void> {
  let done = known.get(pool);
  if (!done) known.set(pool, (done = new Set()));
  for (const month of new Set([...days].map(monthOf))) {
    if (done.has(month)) continue;
    const next = new Date(Date.parse(month));
    next.setUTCMonth(next.getUTCMonth() + 1);
    const name = `events_${month.slice(0, 4)}_${month.slice(5, 7)}`;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`readout:partition:${month}`]);
      await client.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF events FOR VALUES FROM ('${month}') TO ('${next.toISOString().slice(0, 10)}')`);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
    done.add(month);
  }
}
