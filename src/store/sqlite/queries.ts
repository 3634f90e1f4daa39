import { pageOf, type KeyedEventRow } from '../event-page.js';
import type { ActorFilter, ActorRow, EventCriteria, EventFilter, EventKey, EventOrder, EventPage, EventRow, MergeReason, ParticipantRef, QuoteFilter, QuoteRow, Story, StoryStep } from '../store.js';
import { prepared, type Db } from './open.js';

/** A calendar value ("2025-10-16", "2025-W44") as it is, a duration or bound as the days it allows. */
const EVENT_DAY = `CASE WHEN e.date_value GLOB '[0-9][0-9][0-9][0-9]*' THEN e.date_value
  WHEN e.earliest IS NOT NULL OR e.latest IS NOT NULL THEN coalesce(e.earliest, '') || '…' || coalesce(e.latest, '')
  ELSE e.first_reported END`;

/**
 * Events one side of which is, or stands for, the given side, or in which the given actor takes
 * part. A side is one of few values shared by many events: with `walk`, the events are walked in
 * the listing's order and each checked, so the query stops at its limit. An actor's events, or two
 * sides' together, are few: they are fetched, then ordered.
 */
function takesPart(who: ParticipantRef, walk: boolean, params: unknown[]): string {
  if ('actorId' in who) {
    params.push(who.actorId);
    return 'e.id IN (SELECT p.event FROM event_participants p WHERE p.actor = ?)';
  }
  if ('side' in who) {
    params.push(who.side);
    return walk ? 'EXISTS (SELECT 1 FROM event_participants p WHERE p.event = e.id AND p.side = ?)' : 'e.id IN (SELECT p.event FROM event_participants p WHERE p.side = ?)';
  }
  return `e.id IN (SELECT p.event FROM event_participants p WHERE p.actor IN (SELECT a.id FROM actors a WHERE ${actorMatch(who, params)}))`;
}

/** An actor (over `actors a`) by part of its name, or by one of its codes. */
function actorMatch(who: { name: string; codes: string[] }, params: unknown[]): string {
  const byName = nameContaining(who.name, params);
  params.push(JSON.stringify(who.codes));
  return `${byName} OR a.cameo IN (SELECT value FROM json_each(?))`;
}

/**
 * Actors (over `actors a`) whose name contains `part`, any case. The trigram index answers a LIKE
 * of three characters or more without an ESCAPE clause; a shorter part, or one with LIKE's
 * wildcard characters (which need the clause), is looked for in every name.
 */
function nameContaining(part: string, params: unknown[]): string {
  if (part.length >= 3 && !/[\\%_]/.test(part)) {
    params.push(`%${part}%`);
    return 'a.id IN (SELECT rowid FROM actor_names WHERE name LIKE ?)';
  }
  params.push(containing(part));
  return `a.name LIKE ? ESCAPE '\\'`;
}

/** LIKE patterns (with ESCAPE '\') for text containing or starting with `part` as written: its % and _ are characters, not wildcards. */
const containing = (part: string) => `%${literal(part)}%`;
const startingWith = (part: string) => `${literal(part)}%`;
const literal = (part: string) => part.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A phrase query for FTS5: the user's words, not its query syntax. */
export function phrase(words: string, column?: string): string {
  const quoted = `"${words.replace(/"/g, '""')}"`;
  return column ? `${column} : ${quoted}` : quoted;
}

/** The columns of an EventRow, over `events e LEFT JOIN places pl`. */
const EVENT_COLUMNS = `e.id, ${EVENT_DAY} AS date, e.status, e.type, e.cameo,
  (SELECT group_concat(a.name, '; ') FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = e.id AND p.role = 'actor') AS actors,
  (SELECT group_concat(a.name, '; ') FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = e.id AND p.role = 'recipient') AS recipients,
  pl.name AS place, e.sources, e.first_reported, e.last_reported, e.text`;

/** The day an event is sorted and counted by: its earliest possible day, else its window's, else when it was first reported. */
export const EVENT_SORT_DAY = 'coalesce(e.earliest, e.window_start, e.first_reported)';

const ORDER: Record<EventOrder, string> = {
  latest: `${EVENT_SORT_DAY} DESC, e.id DESC`,
  earliest: `${EVENT_SORT_DAY} IS NULL, ${EVENT_SORT_DAY}, e.id`,
  sources: `e.sources DESC, ${EVENT_SORT_DAY} DESC, e.id DESC`,
};

/** The WHERE clause (over `events e`) for every criterion given and a page's start, with its parameters. */
export function eventWhere(filter: EventCriteria & Pick<EventFilter, 'after' | 'order'>): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const participants = filter.participants ?? [];
  for (const who of participants) where.push(takesPart(who, participants.length === 1, params));
  if (filter.type) {
    where.push('e.type = ?');
    params.push(filter.type);
  }
  if (filter.cameo) {
    where.push(`e.cameo LIKE ? ESCAPE '\\'`);
    params.push(startingWith(filter.cameo));
  }
  if (filter.asOf) {
    where.push('e.first_reported <= ?');
    params.push(filter.asOf);
  }
  if (filter.status) {
    if (filter.asOf) {
      // The status of the latest report by that day; only events with a report of that status can qualify.
      where.push(`e.id IN (SELECT event FROM event_mentions WHERE status = ? AND published <= ?)
        AND (SELECT m.status FROM event_mentions m WHERE m.event = e.id AND m.published <= ? ORDER BY m.published DESC, m.id DESC LIMIT 1) = ?`);
      params.push(filter.status, filter.asOf, filter.asOf, filter.status);
    } else {
      where.push('e.status = ?');
      params.push(filter.status);
    }
  }
  if (filter.from) {
    where.push('coalesce(e.latest, e.window_end, e.last_reported) >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('coalesce(e.earliest, e.window_start, e.first_reported) <= ?');
    params.push(filter.to);
  }
  if (filter.place) {
    where.push(`EXISTS (SELECT 1 FROM places pl WHERE pl.id = e.place AND (pl.name LIKE ? ESCAPE '\\' OR pl.country = ?))`);
    params.push(containing(filter.place), filter.place.toUpperCase());
  }
  if (filter.text) {
    where.push('e.id IN (SELECT m.event FROM event_mentions m WHERE m.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?))');
    params.push(phrase(filter.text));
  }
  if (filter.after) where.push(afterKey(filter.order ?? 'latest', filter.after, params));
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/**
 * The rows after `key` in the listing's order, as a condition on the order's columns (row values,
 * which the order's index can start from); SQLite sorts NULL days lowest, so an undated event
 * comes last either way.
 */
function afterKey(order: EventOrder, key: EventKey, params: unknown[]): string {
  const day = EVENT_SORT_DAY;
  const [cmp, undated] = order === 'earliest' ? ['>', `(${day} IS NULL AND e.id > ?)`] : ['<', `(${day} IS NULL AND e.id < ?)`];
  const byDay = key.day === null ? undated : `((${day}, e.id) ${cmp} (?, ?) OR ${day} IS NULL)`;
  const dayParams = key.day === null ? [key.id] : [key.day, key.id];
  if (order !== 'sources') {
    params.push(...dayParams);
    return byDay;
  }
  params.push(key.sources, key.sources, ...dayParams);
  return `(e.sources < ? OR (e.sources = ? AND ${byDay}))`;
}

/** A page of the events matching every filter given, latest first unless ordered otherwise. */
export function pageEvents(db: Db, filter: EventFilter): EventPage {
  const { where, params } = eventWhere(filter);
  const rows = prepared(
    db,
    `SELECT ${EVENT_COLUMNS}, ${EVENT_SORT_DAY} AS sort_day FROM events e LEFT JOIN places pl ON pl.id = e.place
     ${where}
     ORDER BY ${ORDER[filter.order ?? 'latest']}
     LIMIT ?`,
  ).all(...params, filter.limit + 1) as KeyedEventRow[];
  return pageOf(rows, filter.limit);
}

/** An event with every report of it in publication order: what each article said its status was, and why. */
export function storyOf(db: Db, eventId: number): Story | null {
  const event = listEventById(db, eventId);
  if (!event) return null;
  const participants = db
    .prepare(`SELECT a.name, p.role, a.country, a.sector FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = ? ORDER BY p.role, a.name`)
    .all(eventId) as Story['event']['participants'];
  const rows = db
    .prepare(
      `SELECT m.published, a.article_id AS article, a.title, a.url, m.status, m.date_value AS date, m.text, m.history, m.merge
       FROM event_mentions m JOIN articles a ON a.id = m.article WHERE m.event = ? ORDER BY m.published IS NULL, m.published, m.id`,
    )
    .all(eventId) as (Omit<StoryStep, 'evidence' | 'merge'> & { history: string; merge: string })[];
  const steps = rows.map(({ history, merge, ...step }) => ({
    ...step,
    evidence: (JSON.parse(history) as { status: string; text: string; rule: string }[]).map(({ status, text, rule }) => ({ status, text, rule })),
    merge: JSON.parse(merge) as MergeReason,
  }));
  return { event: { ...event, participants }, steps };
}

function listEventById(db: Db, id: number) {
  return db
    .prepare(
      `SELECT ${EVENT_COLUMNS}, e.earliest, e.latest, pl.country AS place_country FROM events e LEFT JOIN places pl ON pl.id = e.place WHERE e.id = ?`,
    )
    .get(id) as (EventRow & { earliest: string | null; latest: string | null; place_country: string | null }) | undefined;
}

/** Quotes by speaker (name or CAMEO code) and words in the quote, latest first. */
export function listQuotes(db: Db, filter: QuoteFilter): QuoteRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.speaker) {
    where.push(`(q.speaker IN (SELECT a.id FROM actors a WHERE ${actorMatch(filter.speaker, params)}) OR q.id IN (SELECT rowid FROM quote_search WHERE quote_search MATCH ?))`);
    params.push(phrase(filter.speaker.name, 'source'));
  }
  if (filter.text) {
    where.push('q.id IN (SELECT rowid FROM quote_search WHERE quote_search MATCH ?)');
    params.push(phrase(filter.text, 'content'));
  }
  if (filter.from) {
    where.push('a.published >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('a.published <= ?');
    params.push(filter.to);
  }
  params.push(filter.limit);
  return db
    .prepare(
      `SELECT q.id, a.published, coalesce(s.name, q.source) AS speaker, q.kind, q.cue, q.content, a.article_id AS article
       FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN actors s ON s.id = q.speaker
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.published DESC, q.id LIMIT ?`,
    )
    .all(...params) as QuoteRow[];
}

const ACTOR_COLUMNS = `a.id, a.kind, a.name, a.title, a.country, a.sector, a.cameo, a.articles,
  (SELECT count(DISTINCT event) FROM event_participants p WHERE p.actor = a.id) AS events,
  (SELECT count(*) FROM quotes q WHERE q.speaker = a.id) AS quotes`;

export function actorOf(db: Db, actorId: number): ActorRow | null {
  return (db.prepare(`SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.id = ?`).get(actorId) as ActorRow | undefined) ?? null;
}

/** Actors with how often they appear, most reported first. Anonymous sources are listed with kind=anonymous only. */
export function listActors(db: Db, filter: ActorFilter): ActorRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.name) {
    where.push(nameContaining(filter.name, params));
  }
  if (filter.country) {
    where.push('a.country = ?');
    params.push(filter.country);
  }
  where.push(filter.kind ? 'a.kind = ?' : "a.kind <> 'anonymous'");
  if (filter.kind) params.push(filter.kind);
  params.push(filter.limit);
  return db
    .prepare(
      `SELECT ${ACTOR_COLUMNS}
       FROM actors a WHERE ${where.join(' AND ')}
       ORDER BY a.articles DESC, a.name LIMIT ?`,
    )
    .all(...params) as ActorRow[];
}
