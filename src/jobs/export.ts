import { readDataRows } from '../knowledge/data-files.js';
import type { ExportedEvent, Store } from '../store/store.js';

/** Score and quad class per PLOVER type and mode (mode '' for the type alone). */
const SCORES = new Map(
  readDataRows('export/plover-scores.tsv')
    .filter(([type]) => type !== 'type')
    .map(([type, mode, quad, score]) => [`${type}|${mode}`, { quad: Number(quad), score: Number(score) }]),
);

/** PLOVER's quad class (1 verbal cooperation … 4 material conflict) and conflict–cooperation score of a type and mode. */
export function scoreOf(type: string, mode: string | null): { quad: number; score: number } {
  return SCORES.get(`${type}|${mode ?? ''}`) ?? SCORES.get(`${type}|`)!;
}

type ExportedActor = ExportedEvent['actors'][number];

/**
 * The days an event is dated to in exports: from its earliest possible day, else when it was first
 * reported, but never after its latest possible day ("by August", reported in October); to that day.
 */
function eventDays(e: ExportedEvent['event']): { date: string | null; end: string | null } {
  const end = e.latest?.slice(0, 10) ?? null;
  const start = (e.earliest ?? e.first_reported)?.slice(0, 10) ?? null;
  return { date: start !== null && end !== null && end < start ? end : start, end };
}

/**
 * PLOVER JSON records with the manual's field names (id, date, enddate, actor, recipient, event,
 * mode, context, event_loc, event_text, quad_code, event_scale, cite_info, coder), plus Readout's
 * own `status` and `sources`; of every stored event, or of those with the given ids.
 */
export async function* ploverRecords(store: Store, coder: string, ids?: readonly number[]): AsyncGenerator<Record<string, unknown>> {
  for await (const { event: e, actors, reports } of store.exportEvents(ids)) {
    const entity = (a: ExportedActor) => ({ code: a.country ?? a.cameo?.slice(0, 3) ?? null, sector: a.sector, entity_text: a.name, ...(a.title ? { office: a.title } : {}) });
    const { quad, score } = scoreOf(e.type, e.mode);
    const { date, end } = eventDays(e);
    yield {
      id: `readout-${e.id}`,
      date,
      ...(end && end !== date ? { enddate: end } : {}),
      actor: actors.filter((a) => a.role === 'actor').map(entity),
      recipient: actors.filter((a) => a.role === 'recipient').map(entity),
      event: [e.type],
      mode: e.mode ? [e.mode] : [],
      context: e.context,
      ...(e.place ? { event_loc: { resolved_place: e.place.name, country_code: e.place.country, province: e.place.admin1, lat: e.place.lat, lon: e.place.lon } } : {}),
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
export async function* flatRows(store: Store): AsyncGenerator<(string | number | null)[]> {
  for await (const { event: e, actors, reports } of store.exportEvents()) {
    const first = (role: ExportedActor['role']) => actors.find((a) => a.role === role);
    const code = (a: ExportedActor | undefined) => (a ? (a.cameo ?? `${a.country ?? ''}${a.sector ?? ''}`) || null : null);
    const a1 = first('actor');
    const a2 = first('recipient');
    const { quad, score } = scoreOf(e.type, e.mode);
    const { date, end } = eventDays(e);
    yield [
      e.id, date, end, code(a1), a1?.name ?? null, code(a2), a2?.name ?? null, e.cameo, e.cameo?.slice(0, 2) ?? null, e.type, quad,
      score, e.status, e.sources, e.mentions, e.place?.name ?? null, e.place?.country ?? null, e.place?.lat ?? null, e.place?.lon ?? null, reports[0]?.url ?? reports[0]?.article ?? null,
    ];
  }
}
