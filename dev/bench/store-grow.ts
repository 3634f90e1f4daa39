import Database from 'better-sqlite3';

/** Id offset of the k-th copy: above any id a bench store holds. */
const STRIDE = 10_000_000;

/** A date text moved `days` later when it starts with a full date ("1987-03-02", "1987-03-02T10:00"); anything else as it is. */
const shifted = (column: string, days: string) =>
  `CASE WHEN ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN date(substr(${column}, 1, 10), '+' || (${days}) || ' days') || substr(${column}, 11) ELSE ${column} END`;

/**
 * Grows a SQLite store to `factor` times its events, reports and quotes: copy k of every event
 * (with its participants and reports, and every quote) falls 30·k days later, as if the same
 * news went on for longer. The queries then see a store `factor` times larger with the same mix.
 */
export function growSqliteStore(path: string, factor: number): void {
  const db = new Database(path);
  try {
    db.transaction(() => {
      for (let k = 1; k < factor; k++) {
        const days = String(30 * k);
        const date = (c: string) => shifted(c, days);
        db.prepare(
          `INSERT INTO events (id, type, cameo, mode, context, status, date_value, earliest, latest, window_start, window_end, reciprocal, place, first_reported, last_reported, sources, text)
           SELECT id + ?, type, cameo, mode, context, status, ${date('date_value')}, ${date('earliest')}, ${date('latest')}, ${date('window_start')}, ${date('window_end')},
             reciprocal, place, ${date('first_reported')}, ${date('last_reported')}, sources, text FROM events WHERE id < ?`,
        ).run(k * STRIDE, STRIDE);
        db.prepare('INSERT INTO event_participants (event, actor, role, side) SELECT event + ?, actor, role, side FROM event_participants WHERE event < ?').run(k * STRIDE, STRIDE);
        db.prepare(
          `INSERT INTO event_mentions (id, event, article, local_id, published, type, cameo, mode, status, date_value, earliest, latest, window_start, window_end, reciprocal, place, participants, start, end, text, evidence, history, merge)
           SELECT id + ?, event + ?, article, local_id, ${date('published')}, type, cameo, mode, status, ${date('date_value')}, ${date('earliest')}, ${date('latest')}, ${date('window_start')}, ${date('window_end')},
             reciprocal, place, participants, start, end, text, evidence, history, merge FROM event_mentions WHERE id < ?`,
        ).run(k * STRIDE, k * STRIDE, STRIDE);
        db.prepare(
          `INSERT INTO quotes (id, article, local_id, kind, speaker, addressee, source, cue, cue_lemma, content, start, end, rule)
           SELECT id + ?, article, local_id, kind, speaker, addressee, source, cue, cue_lemma, content, start, end, rule FROM quotes WHERE id < ?`,
        ).run(k * STRIDE, STRIDE);
      }
    })();
  } finally {
    db.close();
  }
}
