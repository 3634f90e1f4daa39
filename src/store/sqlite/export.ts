import { exportedEvent, type ExportRow } from '../export-row.js';
import type { ExportedEvent } from '../store.js';
import type { Db } from './open.js';

/** Every stored event (or those with the given ids) with its participants and reports, oldest first. */
export function* exportEvents(db: Db, ids?: readonly number[]): Generator<ExportedEvent> {
  const actorsOf = db.prepare<[number], ExportedEvent['actors'][number]>(
    `SELECT p.role, a.name, a.country, a.sector, a.cameo, a.title FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = ? ORDER BY p.role, a.id`,
  );
  const reportsOf = db.prepare<[number], ExportedEvent['reports'][number]>(
    `SELECT a.article_id AS article, a.url, a.title, m.text FROM event_mentions m JOIN articles a ON a.id = m.article WHERE m.event = ? ORDER BY m.published, m.id`,
  );
  const events = db
    .prepare<unknown[], ExportRow>(
      `SELECT e.id, e.type, e.cameo, e.mode, e.context, e.status, e.date_value, e.earliest, e.latest, e.first_reported, e.sources,
         (SELECT count(*) FROM event_mentions m WHERE m.event = e.id) AS mentions,
         pl.name AS place_name, pl.country AS place_country, pl.admin1, pl.lat, pl.lon
       FROM events e LEFT JOIN places pl ON pl.id = e.place
       ${ids ? 'WHERE e.id IN (SELECT value FROM json_each(?))' : ''}
       ORDER BY coalesce(e.earliest, e.first_reported), e.id`,
    )
    .iterate(...(ids ? [JSON.stringify(ids)] : []));
  for (const row of events) yield exportedEvent(row, actorsOf.all(row.id), reportsOf.all(row.id));
}
