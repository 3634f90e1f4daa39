import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ArticleInput, Event, Readout } from '../../model/schema.js';
import { actorKey } from '../actor-keys.js';
import { candidateSearch, chooseMergeTarget, deriveEvent, placeKey, reportOf, type Candidate, type MentionRow, type Participant, type Report, type StoredActor } from '../event-merge.js';
import { reportWindow } from '../event-window.js';
import type { AnalysedArticle, ArticleState, MergeReason, WriteResult } from '../store.js';
import { query } from './sql.js';

type Client = pg.PoolClient;

/** Whether the store already has this article, and in this very version. */
export async function articleState(db: pg.Pool | Client, articleId: string, hash: string): Promise<ArticleState> {
  const [current] = await query<{ hash: string }>(db, 'SELECT hash FROM articles WHERE article_id = $1 AND current = 1', [articleId]);
  return !current ? 'new' : current.hash === hash ? 'unchanged' : 'changed';
}

const VALID_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The day a new event is filed under (its partition): its first report's window, else the publication day. */
export function filingDay(event: Event, readout: Readout): string {
  const day = reportWindow(event.date, event.status, readout.article.published)?.start ?? readout.article.published ?? '';
  return VALID_DAY.test(day) ? day.slice(0, 10) : '1970-01-01';
}

/**
 * What a batch's writer locks before it writes, sorted so that writers lock in one order and never
 * wait on each other in a cycle: each article (one version per article number), each event type
 * it reports or reported before (merging reads and changes events of that type only), and each
 * shared actor and place it names.
 */
export function lockKeys(articles: AnalysedArticle[], previousTypes: string[]): string[] {
  const keys = new Set<string>(previousTypes.map((t) => `t:${t}`));
  for (const { input, readout } of articles) {
    keys.add(`a:${input.id}`);
    for (const event of readout.events) keys.add(`t:${event.type}`);
    for (const actor of readout.actors) if (actor.kind !== 'anonymous') keys.add(`k:${actorKey(actor, 0)}`);
    for (const event of readout.events) if (event.location !== null) keys.add(`p:${placeKey(readout, event.location).key}`);
  }
  return [...keys].sort();
}

/**
 * Writes one analysed article: a new version row, its actors, quotes and events, each event
 * merged into the stored event it reports or stored as a new one. An updated article retracts the
 * facts of its previous version first. Call inside a transaction holding the article's locks.
 */
export async function writeArticle(c: Client, input: ArticleInput, readout: Readout, hash: string): Promise<Exclude<WriteResult, { state: 'unchanged' | 'failed' }>> {
  const [previous] = await query<{ id: number; version: number }>(c, 'SELECT id, version FROM articles WHERE article_id = $1 AND current = 1', [input.id]);
  if (previous) await retractArticle(c, previous.id);
  const [{ id: row }] = await query<{ id: number }>(
    c,
    'INSERT INTO articles (article_id, version, hash, published, title, url, text, ingested_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
    [input.id, (previous?.version ?? 0) + 1, hash, readout.article.published, readout.article.title, readout.article.url ?? null, input.text, new Date().toISOString()],
  );
  const actors = await writeActors(c, readout, row);
  await writeQuotes(c, readout, row, actors, input.text);
  let merged = 0;
  for (const event of readout.events) if (await writeEventMention(c, readout, event, row, actors, input.text)) merged++;
  return { state: previous ? 'changed' : 'new', events: readout.events.length, merged, quotes: readout.quotes.length };
}

/** Finds an actor by key or adds it; a known one takes a title it lacked and keeps its sector. Ids are drawn only for new actors. */
const UPSERT_ACTOR = `WITH updated AS (
    UPDATE actors SET title = coalesce($4, title), sector = coalesce(sector, $6) WHERE key = $1 RETURNING id
  ), inserted AS (
    INSERT INTO actors (key, kind, name, title, country, sector, cameo) SELECT $1, $2, $3, $4, $5, $6, $7 WHERE NOT EXISTS (SELECT 1 FROM updated) RETURNING id
  )
  SELECT id FROM updated UNION ALL SELECT id FROM inserted`;

async function writeActors(c: Client, readout: Readout, row: number): Promise<Map<string, StoredActor>> {
  const byLocalId = new Map<string, StoredActor>();
  const links: unknown[][] = [];
  for (const actor of readout.actors) {
    const key = actorKey(actor, row);
    const [{ id }] = await query<{ id: number }>(c, UPSERT_ACTOR, [key, actor.kind, actor.name, actor.title, actor.country, actor.sector, actor.cameo]);
    links.push([row, actor.id, id, actor.title, JSON.stringify(actor.mentions.map((m) => [m.start, m.end]))]);
    byLocalId.set(actor.id, { id, key, country: actor.country });
  }
  await copyRows(c, 'article_actors', ['article', 'local_id', 'actor', 'title', 'mentions'], links);
  // Two local actors of one article may be one stored actor: count the article once.
  const counted = [...new Set([...byLocalId.values()].map((a) => a.id))];
  if (counted.length) await query(c, 'UPDATE actors SET articles = articles + 1 WHERE id = ANY($1)', [counted]);
  return byLocalId;
}

async function writeQuotes(c: Client, readout: Readout, row: number, actors: Map<string, StoredActor>, text: string): Promise<void> {
  const local = (id: string | null) => (id === null ? null : (actors.get(id)?.id ?? null));
  const rows = readout.quotes.map((quote) => [
    row, quote.id, quote.kind, local(quote.speaker), local(quote.addressee), quote.source?.text ?? null, quote.cue.text, quote.cue.lemma,
    quote.contents.map((part) => text.slice(part.start, part.end)).join(' … '), quote.start, quote.end, (quote as { rule?: string }).rule ?? null,
  ]);
  await copyRows(c, 'quotes', ['article', 'local_id', 'kind', 'speaker', 'addressee', 'source', 'cue', 'cue_lemma', 'content', 'start', '"end"', 'rule'], rows);
}

/** A CSV field: NULL unquoted and empty, anything else quoted (so an empty string stays one). */
function csvField(value: unknown): string {
  return value === null || value === undefined ? '' : `"${String(value).replace(/"/g, '""')}"`;
}

/** Adds rows with COPY: one round trip for all of them. */
async function copyRows(c: Client, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const data = rows.map((r) => `${r.map(csvField).join(',')}\n`).join('');
  await pipeline(Readable.from([data]), c.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`)));
}

/** Stores one event report; returns whether it joined an event already in the store. */
async function writeEventMention(c: Client, readout: Readout, event: Event, row: number, actors: Map<string, StoredActor>, text: string): Promise<boolean> {
  const { participants, window, history, text: clause } = reportOf(readout, event, actors, text);
  const place = event.location === null ? null : await writePlace(c, readout, event.location);
  const report: Report = { article: row, type: event.type, cameo: event.cameo, status: event.status, mode: event.mode, reciprocal: event.reciprocal, participants, window, dated: event.date.value !== null, place, background: event.background };
  const { event: target, reason } = await findMergeTarget(c, report);
  const eventId =
    target ??
    (
      await query<{ id: number }>(c, 'INSERT INTO events (day, type, cameo, mode, context, status, text) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id', [
        filingDay(event, readout), event.type, event.cameo, event.mode, JSON.stringify(event.context), event.status, clause,
      ])
    )[0].id;
  await query(
    c,
    `INSERT INTO event_mentions (event, article, local_id, published, type, cameo, mode, status, date_value, earliest, latest, window_start, window_end, reciprocal,
       place, participants, start, "end", text, evidence, history, merge) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
    [
      eventId, row, event.id, readout.article.published, event.type, event.cameo, event.mode, event.status, event.date.value, event.date.earliest, event.date.latest,
      window?.start ?? null, window?.end ?? null, event.reciprocal ? 1 : 0, place, JSON.stringify(participants), event.text.start, event.text.end,
      clause, JSON.stringify(event.evidence), JSON.stringify(history), JSON.stringify(reason satisfies MergeReason),
    ],
  );
  await refreshEvent(c, eventId);
  return target !== null;
}

/** Finds the stored event a report is about (see `chooseMergeTarget`): candidates and their participants in two queries. */
async function findMergeTarget(c: Client, report: Report): Promise<{ event: number | null; reason: MergeReason }> {
  const found = candidateSearch(report);
  if ('reason' in found) return { event: null, reason: found.reason };
  const { sides, type, reach, article } = found.search;
  const candidates = await query<Candidate>(
    c,
    `SELECT e.id, e.cameo, e.mode, e.earliest, e.latest, e.window_start, e.window_end, e.place, e.reciprocal
     FROM events e WHERE e.id IN (SELECT p.event FROM event_participants p WHERE p.side = ANY($1)) AND e.type = $2 AND e.window_start <= $3 AND e.window_end >= $4
       AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event = e.id AND m.article = $5)
     ORDER BY e.id`,
    [sides, type, reach.end, reach.start, article],
  );
  const participants = new Map<number, Participant[]>();
  if (candidates.length) {
    const rows = await query<Participant & { event: number }>(c, 'SELECT event, actor, role, side FROM event_participants WHERE event = ANY($1)', [candidates.map((e) => e.id)]);
    for (const { event, ...p } of rows) participants.set(event, [...(participants.get(event) ?? []), p]);
  }
  return chooseMergeTarget(report, found.search, candidates, (event) => participants.get(event) ?? []);
}

async function writePlace(c: Client, readout: Readout, name: string): Promise<number> {
  const place = placeKey(readout, name);
  const [known] = await query<{ id: number }>(c, 'SELECT id FROM places WHERE key = $1', [place.key]);
  if (known) return known.id;
  return (await query<{ id: number }>(c, 'INSERT INTO places (key, name, country, admin1, lat, lon) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id', [place.key, name, place.country, place.admin1, place.lat, place.lon]))[0].id;
}

/** Removes the live facts of an article version that has been superseded; its events are re-derived. */
async function retractArticle(c: Client, row: number): Promise<void> {
  const touched = await query<{ event: number }>(c, 'SELECT DISTINCT event FROM event_mentions WHERE article = $1 ORDER BY event', [row]);
  await query(c, 'UPDATE actors SET articles = articles - 1 WHERE id IN (SELECT DISTINCT actor FROM article_actors WHERE article = $1)', [row]);
  for (const sql of ['DELETE FROM event_mentions WHERE article = $1', 'DELETE FROM quotes WHERE article = $1', 'DELETE FROM article_actors WHERE article = $1']) await query(c, sql, [row]);
  await query(c, 'UPDATE articles SET current = 0 WHERE id = $1', [row]);
  for (const { event } of touched) await refreshEvent(c, event);
}

/**
 * Re-derives an event from its reports (see `deriveEvent`) and rewrites its row of the event list;
 * an event with no reports left is deleted.
 */
async function refreshEvent(c: Client, eventId: number): Promise<void> {
  const rows = await query<Omit<MentionRow, 'participants'> & { participants: string }>(
    c,
    `SELECT article, published, cameo, mode, status, date_value, earliest, latest, window_start, window_end, reciprocal, place, participants
     FROM event_mentions WHERE event = $1 ORDER BY published IS NULL, published, id`,
    [eventId],
  );
  const derived = deriveEvent(rows.map((m) => ({ ...m, participants: JSON.parse(m.participants) as Participant[] })));
  await query(c, 'DELETE FROM event_participants WHERE event = $1', [eventId]);
  await query(c, 'DELETE FROM event_list WHERE id = $1', [eventId]);
  if (!derived) {
    await query(c, 'DELETE FROM events WHERE id = $1', [eventId]);
    return;
  }
  const { participants: ps, ...e } = derived;
  const [{ day }] = await query<{ day: string }>(
    c,
    `UPDATE events SET cameo = $1, mode = $2, status = $3, date_value = $4, earliest = $5, latest = $6, window_start = $7, window_end = $8, reciprocal = $9, place = $10,
       first_reported = $11, last_reported = $12, sources = $13 WHERE id = $14 RETURNING day::text`,
    [e.cameo, e.mode, e.status, e.date_value, e.earliest, e.latest, e.window_start, e.window_end, e.reciprocal, e.place, e.first_reported, e.last_reported, e.sources, eventId],
  );
  await query(c, 'INSERT INTO event_participants (event, actor, role, side) SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[])', [
    eventId, ps.map((p) => p.actor), ps.map((p) => p.role), ps.map((p) => p.side),
  ]);
  // The day names the event's partition: only that one is read.
  await query(c, 'INSERT INTO event_list SELECT * FROM event_list_rows WHERE id = $1 AND day = $2', [eventId, day]);
}
