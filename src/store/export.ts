import { readDataRows } from '../knowledge/data-files.js';
import type { Store } from './open-store.js';

interface ExportEvent {
  id: number;
  type: string;
  cameo: string | null;
  mode: string | null;
  context: string;
  status: string;
  date_value: string | null;
  earliest: string | null;
  latest: string | null;
  first_reported: string | null;
  sources: number;
  mentions: number;
  place_name: string | null;
  place_country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
}

interface ExportActor {
  event: number;
  role: 'actor' | 'recipient';
  name: string;
  country: string | null;
  sector: string | null;
  cameo: string | null;
  title: string | null;
}

/** Score and quad class per PLOVER type and mode (mode '' for the type alone). */
const SCORES = new Map(
  readDataRows('export/plover-scores.tsv')
    .filter(([type]) => type !== 'type')
    .map(([type, mode, quad, score]) => [`${type}|${mode}`, { quad: Number(quad), score: Number(score) }]),
);

function scoreOf(type: string, mode: string | null) {
  return SCORES.get(`${type}|${mode ?? ''}`) ?? SCORES.get(`${type}|`)!;
}

/** Every stored event with what the export formats need, oldest first. */
function* exportEvents(db: Store): Generator<{ event: ExportEvent; actors: ExportActor[]; reports: { article: string; url: string | null; title: string | null; text: string }[] }> {
  const actorsOf = db.prepare(
    `SELECT p.event, p.role, a.name, a.country, a.sector, a.cameo, a.title FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = ? ORDER BY p.role, a.id`,
  );
  const reportsOf = db.prepare(
    `SELECT a.article_id AS article, a.url, a.title, m.text FROM event_mentions m JOIN articles a ON a.id = m.article WHERE m.event = ? ORDER BY m.published, m.id`,
  );
  const events = db
    .prepare(
      `SELECT e.id, e.type, e.cameo, e.mode, e.context, e.status, e.date_value, e.earliest, e.latest, e.first_reported, e.sources,
         (SELECT count(*) FROM event_mentions m WHERE m.event = e.id) AS mentions,
         pl.name AS place_name, pl.country AS place_country, pl.admin1, pl.lat, pl.lon
       FROM events e LEFT JOIN places pl ON pl.id = e.place ORDER BY coalesce(e.earliest, e.first_reported), e.id`,
    )
    .iterate() as Iterable<ExportEvent>;
  for (const event of events) {
    yield { event, actors: actorsOf.all(event.id) as ExportActor[], reports: reportsOf.all(event.id) as { article: string; url: string | null; title: string | null; text: string }[] };
  }
}

/** The day an event is dated to in flat formats: its earliest possible day, else when it was first reported. */
function eventDay(e: ExportEvent): string | null {
  return (e.earliest ?? e.first_reported)?.slice(0, 10) ?? null;
}

/**
 * PLOVER JSON records with the manual's field names (id, date, enddate, actor, recipient, event,
 * mode, context, event_loc, event_text, quad_code, event_scale, cite_info, coder), plus Readout's
 * own `status` and `sources`.
 */
export function* ploverRecords(db: Store, coder: string): Generator<Record<string, unknown>> {
  for (const { event: e, actors, reports } of exportEvents(db)) {
    const entity = (a: ExportActor) => ({ code: a.country ?? a.cameo?.slice(0, 3) ?? null, sector: a.sector, entity_text: a.name, ...(a.title ? { office: a.title } : {}) });
    const { quad, score } = scoreOf(e.type, e.mode);
    const end = e.latest?.slice(0, 10);
    yield {
      id: `readout-${e.id}`,
      date: eventDay(e),
      ...(end && end !== eventDay(e) ? { enddate: end } : {}),
      actor: actors.filter((a) => a.role === 'actor').map(entity),
      recipient: actors.filter((a) => a.role === 'recipient').map(entity),
      event: [e.type],
      mode: e.mode ? [e.mode] : [],
      context: JSON.parse(e.context) as string[],
      ...(e.place_name
        ? { event_loc: { resolved_place: e.place_name, country_code: e.place_country, province: e.admin1, lat: e.lat, lon: e.lon } }
        : {}),
      event_text: [...new Set(reports.map((r) => r.text))],
      quad_code: quad,
      event_scale: score,
      cameo: e.cameo,
      status: e.status,
      sources: e.sources,
      cite_info: reports.map((r) => ({ citation: r.article, title: r.title, url: r.url })),
      coder,
    };
  }
}

/** Columns of the flat event table (TSV and CSV), after GDELT's event table where they match. */
export const FLAT_COLUMNS = [
  'EventId', 'Date', 'EndDate', 'Actor1Code', 'Actor1Name', 'Actor2Code', 'Actor2Name', 'EventCode', 'EventRootCode', 'PloverType', 'QuadClass',
  'GoldsteinLike', 'Status', 'NumSources', 'NumMentions', 'Location', 'LocationCountry', 'Lat', 'Lon', 'SourceURL',
] as const;

/**
 * One row per event: the first actor and first recipient with CAMEO-style codes (country plus
 * sector), the CAMEO code and root, PLOVER's quad class and score, where, and the first report.
 */
export function* flatRows(db: Store): Generator<(string | number | null)[]> {
  for (const { event: e, actors, reports } of exportEvents(db)) {
    const first = (role: ExportActor['role']) => actors.find((a) => a.role === role);
    const code = (a: ExportActor | undefined) => (a ? (a.cameo ?? `${a.country ?? ''}${a.sector ?? ''}`) || null : null);
    const a1 = first('actor');
    const a2 = first('recipient');
    const { quad, score } = scoreOf(e.type, e.mode);
    yield [
      e.id, eventDay(e), e.latest?.slice(0, 10) ?? null, code(a1), a1?.name ?? null, code(a2), a2?.name ?? null, e.cameo, e.cameo?.slice(0, 2) ?? null, e.type, quad,
      score, e.status, e.sources, e.mentions, e.place_name, e.place_country, e.lat, e.lon, reports[0]?.url ?? reports[0]?.article ?? null,
    ];
  }
}
