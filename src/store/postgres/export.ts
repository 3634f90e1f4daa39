import { exportedEvent, type ExportRow } from '../export-row.js';
import type { ExportedEvent } from '../store.js';
import { query, type Queryable } from './sql.js';

type EventRow = ExportRow & { day: string | null };

/** Events read per round trip: the export streams a store of any size in constant memory. */
const PAGE = 500;

/** Every stored event with its participants and reports, oldest first (undated last), a page at a time. */
export async function* exportEvents(db: Queryable): AsyncGenerator<ExportedEvent> {
  let after: { day: string | null; id: number } | null = null;
  for (;;) {
    // Keyset pagination on (day, id); SQLite sorts NULL days first, so they come first here too.
    const page: EventRow[] = await query<EventRow>(
      db,
      `SELECT e.id, e.type, e.cameo, e.mode, e.context, e.status, e.date_value, e.earliest, e.latest, e.first_reported, e.sources,
         (SELECT count(*) FROM event_mentions m WHERE m.event = e.id) AS mentions,
         pl.name AS place_name, pl.country AS place_country, pl.admin1, pl.lat, pl.lon, coalesce(e.earliest, e.first_reported) AS day
       FROM events e LEFT JOIN places pl ON pl.id = e.place
       WHERE $1::boolean OR (coalesce(e.earliest, e.first_reported) IS NULL AND $2::text IS NULL AND e.id > $3)
         OR ($2::text IS NULL AND coalesce(e.earliest, e.first_reported) IS NOT NULL)
         OR (coalesce(e.earliest, e.first_reported), e.id) > ($2::text, $3)
       ORDER BY coalesce(e.earliest, e.first_reported) NULLS FIRST, e.id LIMIT ${PAGE}`,
      [after === null, after?.day ?? null, after?.id ?? 0],
    );
    if (page.length === 0) return;
    const ids = page.map((e) => e.id);
    const actors = group(
      await query<ExportedEvent['actors'][number] & { event: number }>(
        db,
        'SELECT p.event, p.role, a.name, a.country, a.sector, a.cameo, a.title FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = ANY($1) ORDER BY p.role, a.id',
        [ids],
      ),
    );
    const reports = group(
      await query<ExportedEvent['reports'][number] & { event: number }>(
        db,
        'SELECT m.event, a.article_id AS article, a.url, a.title, m.text FROM event_mentions m JOIN articles a ON a.id = m.article WHERE m.event = ANY($1) ORDER BY m.published NULLS FIRST, m.id',
        [ids],
      ),
    );
    for (const { day: _, ...row } of page) yield exportedEvent(row, actors.get(row.id) ?? [], reports.get(row.id) ?? []);
    const last = page[page.length - 1];
    after = { day: last.day, id: last.id };
  }
}

/** Rows by their event, in the order they came, without the event column. */
function group<R extends { event: number }>(rows: R[]): Map<number, Omit<R, 'event'>[]> {
  const byEvent = new Map<number, Omit<R, 'event'>[]>();
  for (const { event, ...row } of rows) byEvent.set(event, [...(byEvent.get(event) ?? []), row]);
  return byEvent;
}
