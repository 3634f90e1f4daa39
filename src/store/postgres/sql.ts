import { createHash } from 'node:crypto';
import type pg from 'pg';

/** A pool or one of its clients: whatever runs a query. */
export type Queryable = pg.Pool | pg.PoolClient;

/**
 * Runs `sql` as a named prepared statement: each connection parses and plans it once, as the
 * SQLite adapter's statement cache does.
 */
export async function query<R extends pg.QueryResultRow = pg.QueryResultRow>(db: Queryable, sql: string, values: unknown[] = []): Promise<R[]> {
  const name = `r${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
  return (await db.query<R>({ name, text: sql, values })).rows;
}

/**
 * Runs `sql` planned for its values each time (an unnamed statement): for queries whose best plan
 * depends on how common the values are (a country in every tenth event, or in a handful), and
 * that take far less to plan than a wrong plan costs.
 */
export async function queryPlannedEach<R extends pg.QueryResultRow = pg.QueryResultRow>(db: Queryable, sql: string, values: unknown[] = []): Promise<R[]> {
  return (await db.query<R>(sql, values)).rows;
}

/** Collects positional parameters while a query is built: `$n` for each value added. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
