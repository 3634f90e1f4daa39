import { exportedEvent, type ExportRow } from '../export-row.js';
import type { ExportedEvent } from '../store.js';
import { query, type Queryable } from './sql.js';

type EventRow = ExportRow & { day: string | null };

/** Events read per round trip: the export streams a store of any size in constant memory. */
const PAGE = 500;

/** Every stored event with its participants and reports, oldest first (undated last), a page at a time. */
export async function* exportEvents(db: Queryable, only?: readonly number[]): AsyncGenerator<ExportedEvent> {
  let after: { day: string | null; id: number } | null = null;
  for (;;) {
    // Keyset pagination on (day, id) down an index of that order, so that each page starts where
    // the last ended instead of skipping what came before; SQLite sorts NULL days first, so they
    // come first here too.
    const [where, params] = pageAfter(after, only);
    const page: EventRow[] = await query<EventRow>(
      db,
      `SELECT e.id, e.type, e.cameo, e.mode, e.context, e.status, e.date_value, e.earliest, e.latest, e.first_reported, e.sources,
         (SELECT count(*) FROM event_mentions m WHERE m.event = e.id) AS mentions,
         pl.name AS place_name, pl.country AS place_country, pl.admin1, pl.lat, pl.lon, ${DAY} AS day
       FROM events e LEFT JOIN places pl ON pl.id = e.place
       ${where}
       ORDER BY ${DAY} NULLS FIRST, e.id LIMIT ${PAGE}`,
      params,
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

/** The day an event is exported by (the order of the index events_export). */
const DAY = 'coalesce(e.earliest, e.first_reported)';

/** The events after the last one exported (none yet, one without a day, as the undated come first, or one with), among `only` if given. */
function pageAfter(after: { day: string | null; id: number } | null, only?: readonly number[]): [string, unknown[]] {
  const params: unknown[] = only ? [[...only]] : [];
  const among = only ? ['e.id = ANY($1)'] : [];
  const $ = (value: unknown) => `$${params.push(value)}`;
  if (after !== null && after.day === null) among.push(`((${DAY} IS NULL AND e.id > ${$(after.id)}) OR ${DAY} IS NOT NULL)`);
  else if (after !== null) among.push(`(${DAY}, e.id) > (${$(after.day)}::text, ${$(after.id)})`);
  return [among.length ? `WHERE ${among.join(' AND ')}` : '', params];
}

/** Rows by their event, in the order they came, without the event column. */
function group<R extends { event: number }>(rows: R[]): Map<number, Omit<R, 'event'>[]> {
  const byEvent = new Map<number, Omit<R, 'event'>[]>();
  for (const { event, ...row } of rows) byEvent.set(event, [...(byEvent.get(event) ?? []), row]);
  return byEvent;
}
