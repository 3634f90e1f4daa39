import { SqliteStore } from '../../src/store/sqlite/index.js';

const TABLES = ['articles', 'actors', 'events', 'event_mentions', 'event_participants', 'quotes', 'places'];

/** Rows in each of a SQLite store's main tables: two stores that hold the same things have the same counts. */
export function tableCounts(path: string): number[] {
  const { db } = SqliteStore.open(path, { mustExist: true });
  try {
    return TABLES.map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
  } finally {
    db.close();
  }
}
