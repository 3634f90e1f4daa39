import pg from 'pg';

/** The PostgreSQL server tests may use (`READOUT_TEST_PG`, a URL to a database the role may create databases from); tests skip without it. */
export const TEST_PG = process.env.READOUT_TEST_PG;

const made: string[] = [];
let admin: pg.Pool | null = null;

/** A new empty database on the test server (a test file drops them in its `after` with `dropDatabases`); its URL. */
export async function freshDatabase(): Promise<string> {
  if (!TEST_PG) throw new Error('READOUT_TEST_PG is not set');
  admin ??= new pg.Pool({ connectionString: TEST_PG, max: 1 });
  const name = `readout_test_${process.pid}_${made.length}_${Date.now() % 100000}`;
  await admin.query(`CREATE DATABASE ${name}`);
  made.push(name);
  const url = new URL(TEST_PG);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the databases this file made. */
export async function dropDatabases(): Promise<void> {
  if (!admin) return;
  for (const name of made.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  admin = null;
}
