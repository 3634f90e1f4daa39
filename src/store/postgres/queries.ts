import type { ActorFilter, ActorRow, EventCriteria, EventFilter, EventOrder, EventRow, MergeReason, ParticipantRef, QuoteFilter, QuoteRow, Story, StoryStep } from '../store.js';
import { Params, query, type Queryable } from './sql.js';

/** A calendar value ("2025-10-16", "2025-W44") as it is, a duration or bound as the days it allows. */
const EVENT_DAY = `CASE WHEN e.date_value ~ '^[0-9]{4}' THEN e.date_value
  WHEN e.earliest IS NOT NULL OR e.latest IS NOT NULL THEN coalesce(e.earliest, '') || '…' || coalesce(e.latest, '')
  ELSE e.first_reported END`;

/** An actor by part of its name (ASCII letters in any case, as SQLite's LIKE), or by one of its codes. */
function actorMatch(who: { name: string; codes: string[] }, p: Params): string {
  return `(a.name ILIKE ${p.add(`%${likeEscaped(who.name)}%`)} OR a.cameo = ANY(${p.add(who.codes)}))`;
}

/** Text for a LIKE pattern (backslash is PostgreSQL's escape), as the SQLite store writes it: `%` and `_` are characters, not wildcards. */
function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Events one side of which is, or stands for, the given side, or in which the given actor takes
 * part. A side is one of few values shared by many events: with `walk`, the events are walked in
 * the listing's order and each checked, so the query stops at its limit. An actor's events, or two
 * sides' together, are few: they are fetched, then ordered.
 */
function takesPart(who: ParticipantRef, walk: boolean, p: Params): string {
  if ('actorId' in who) return `e.id IN (SELECT p.event FROM event_participants p WHERE p.actor = ${p.add(who.actorId)})`;
  if ('side' in who) {
    const side = p.add(who.side);
    return walk ? `EXISTS (SELECT 1 FROM event_participants p WHERE p.event = e.id AND p.side = ${side})` : `e.id IN (SELECT p.event FROM event_participants p WHERE p.side = ${side})`;
  }
  return `e.id IN (SELECT p.event FROM event_participants p WHERE p.actor IN (SELECT a.id FROM actors a WHERE ${actorMatch(who, p)}))`;
}

/** The columns of an EventRow, over `events e LEFT JOIN places pl`; participants in the order SQLite lists them (by actor). */
const EVENT_COLUMNS = `e.id, ${EVENT_DAY} AS date, e.status, e.type, e.cameo,
  (SELECT string_agg(a.name, '; ' ORDER BY p.actor) FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = e.id AND p.role = 'actor') AS actors,
  (SELECT string_agg(a.name, '; ' ORDER BY p.actor) FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = e.id AND p.role = 'recipient') AS recipients,
  pl.name AS place, e.sources, e.first_reported, e.last_reported, e.text`;

/** The day an event is sorted and counted by: its earliest possible day, else its window's, else when it was first reported. */
export const EVENT_SORT_DAY = 'coalesce(e.earliest, e.window_start, e.first_reported)';

/** As SQLite orders: NULLs last when descending, first when ascending. */
const ORDER: Record<EventOrder, string> = {
  latest: `${EVENT_SORT_DAY} DESC NULLS LAST, e.id DESC`,
  earliest: `${EVENT_SORT_DAY} IS NULL, ${EVENT_SORT_DAY}, e.id`,
  sources: `e.sources DESC, ${EVENT_SORT_DAY} DESC NULLS LAST, e.id DESC`,
};

/** The WHERE clause (over `events e`) for every criterion given, its values added to `p`. */
export function eventWhere(filter: EventCriteria, p: Params): string {
  const where: string[] = [];
  const participants = filter.participants ?? [];
  for (const who of participants) where.push(takesPart(who, participants.length === 1, p));
  if (filter.type) where.push(`e.type = ${p.add(filter.type)}`);
  if (filter.cameo) where.push(`e.cameo LIKE ${p.add(`${likeEscaped(filter.cameo)}%`)}`);
  if (filter.asOf) where.push(`e.first_reported <= ${p.add(filter.asOf)}`);
  if (filter.status) {
    if (filter.asOf) {
      // The status of the latest report by that day; only events with a report of that status can qualify.
      const [status, asOf] = [p.add(filter.status), p.add(filter.asOf)];
      where.push(`e.id IN (SELECT event FROM event_mentions WHERE status = ${status} AND published <= ${asOf})
        AND (SELECT m.status FROM event_mentions m WHERE m.event = e.id AND m.published <= ${asOf} ORDER BY m.published DESC, m.id DESC LIMIT 1) = ${status}`);
    } else {
      where.push(`e.status = ${p.add(filter.status)}`);
    }
  }
  if (filter.from) where.push(`coalesce(e.latest, e.window_end, e.last_reported) >= ${p.add(filter.from)}`);
  if (filter.to) where.push(`coalesce(e.earliest, e.window_start, e.first_reported) <= ${p.add(filter.to)}`);
  if (filter.place) {
    where.push(`EXISTS (SELECT 1 FROM places pl WHERE pl.id = e.place AND (pl.name ILIKE ${p.add(`%${likeEscaped(filter.place)}%`)} OR pl.country = ${p.add(filter.place.toUpperCase())}))`);
  }
  if (filter.text) where.push(`e.id IN (SELECT m.event FROM event_mentions m WHERE m.search @@ phraseto_tsquery('simple', ${p.add(filter.text)}))`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/** Events matching every filter given, latest first unless ordered otherwise. */
export async function listEvents(db: Queryable, filter: EventFilter): Promise<EventRow[]> {
  const p = new Params();
  const where = eventWhere(filter, p);
  return query<EventRow>(
    db,
    `SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN places pl ON pl.id = e.place
     ${where}
     ORDER BY ${ORDER[filter.order ?? 'latest']}
     LIMIT ${p.add(filter.limit)} OFFSET ${p.add(filter.offset ?? 0)}`,
    p.values,
  );
}

/** An event with every report of it in publication order: what each article said its status was, and why. */
export async function storyOf(db: Queryable, eventId: number): Promise<Story | null> {
  const [event] = await query<EventRow & { earliest: string | null; latest: string | null; place_country: string | null }>(
    db,
    `SELECT ${EVENT_COLUMNS}, e.earliest, e.latest, pl.country AS place_country FROM events e LEFT JOIN places pl ON pl.id = e.place WHERE e.id = $1`,
    [eventId],
  );
  if (!event) return null;
  const participants = await query<Story['event']['participants'][number]>(
    db,
    'SELECT a.name, p.role, a.country, a.sector FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = $1 ORDER BY p.role, a.name',
    [eventId],
  );
  const rows = await query<Omit<StoryStep, 'evidence' | 'merge'> & { history: string; merge: string }>(
    db,
    `SELECT m.published, a.article_id AS article, a.title, a.url, m.status, m.date_value AS date, m.text, m.history, m.merge
     FROM event_mentions m JOIN articles a ON a.id = m.article WHERE m.event = $1 ORDER BY m.published IS NULL, m.published, m.id`,
    [eventId],
  );
  const steps = rows.map(({ history, merge, ...step }) => ({
    ...step,
    evidence: (JSON.parse(history) as { status: string; text: string; rule: string }[]).map(({ status, text, rule }) => ({ status, text, rule })),
    merge: JSON.parse(merge) as MergeReason,
  }));
  return { event: { ...event, participants }, steps };
}

/** Quotes by speaker (name or CAMEO code) and words in the quote, latest first. */
export async function listQuotes(db: Queryable, filter: QuoteFilter): Promise<QuoteRow[]> {
  const where: string[] = [];
  const p = new Params();
  if (filter.speaker) {
    where.push(`(q.speaker IN (SELECT a.id FROM actors a WHERE ${actorMatch(filter.speaker, p)}) OR q.source_search @@ phraseto_tsquery('simple', ${p.add(filter.speaker.name)}))`);
  }
  if (filter.text) where.push(`q.search @@ phraseto_tsquery('simple', ${p.add(filter.text)})`);
  if (filter.from) where.push(`a.published >= ${p.add(filter.from)}`);
  if (filter.to) where.push(`a.published <= ${p.add(filter.to)}`);
  const limit = p.add(filter.limit);
  return query<QuoteRow>(
    db,
    `SELECT q.id, a.published, coalesce(s.name, q.source) AS speaker, q.kind, q.cue, q.content, a.article_id AS article
     FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN actors s ON s.id = q.speaker
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.published DESC NULLS LAST, q.id LIMIT ${limit}`,
    p.values,
  );
}

const ACTOR_COLUMNS = `a.id, a.kind, a.name, a.title, a.country, a.sector, a.cameo, a.articles,
  (SELECT count(DISTINCT event) FROM event_participants p WHERE p.actor = a.id) AS events,
  (SELECT count(*) FROM quotes q WHERE q.speaker = a.id) AS quotes`;

/** One actor by its id, with its counts. */
export async function actorOf(db: Queryable, actorId: number): Promise<ActorRow | null> {
  const [actor] = await query<ActorRow>(db, `SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.id = $1`, [actorId]);
  return actor ?? null;
}

/** Actors with how often they appear, most reported first. Anonymous sources are listed with kind=anonymous only. */
export async function listActors(db: Queryable, filter: ActorFilter): Promise<ActorRow[]> {
  const where: string[] = [];
  const p = new Params();
  if (filter.name) where.push(`a.name ILIKE ${p.add(`%${likeEscaped(filter.name)}%`)}`);
  if (filter.country) where.push(`a.country = ${p.add(filter.country)}`);
  where.push(filter.kind ? `a.kind = ${p.add(filter.kind)}` : "a.kind <> 'anonymous'");
  const limit = p.add(filter.limit);
  return query<ActorRow>(
    db,
    `SELECT ${ACTOR_COLUMNS}
     FROM actors a WHERE ${where.join(' AND ')}
     ORDER BY a.articles DESC, a.name, a.id LIMIT ${limit}`,
    p.values,
  );
}
