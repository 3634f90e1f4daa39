import { pageOf, type KeyedEventRow } from '../event-page.js';
import type { ActorFilter, ActorRow, EventCriteria, EventFilter, EventKey, EventOrder, EventPage, EventRow, MergeReason, QuoteFilter, QuoteRow, Story, StoryStep } from '../store.js';
import { Params, query, queryPlannedEach, type Queryable } from './sql.js';

/** An actor by part of its name (ASCII letters in any case, as SQLite's LIKE), or by one of its codes. */
function actorMatch(who: { name: string; codes: string[] }, p: Params): string {
  return `(a.name ILIKE ${p.add(`%${likeEscaped(who.name)}%`)} OR a.cameo = ANY(${p.add(who.codes)}))`;
}

/** Text for a LIKE pattern (backslash is PostgreSQL's escape), as the SQLite store writes it: `%` and `_` are characters, not wildcards. */
function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The ids of the actors of a name (any part) or code, or of the places of a name or country: looked
 * up before the listing, which is then planned for these very ids (a place of many events is
 * walked to in the listing's order, one of few read by its index) and skipped when there are none.
 */
async function idsOf(db: Queryable, sql: string, values: unknown[]): Promise<number[]> {
  return (await query<{ ids: number[] | null }>(db, sql, values))[0].ids ?? [];
}

async function actorIds(db: Queryable, who: { name: string; codes: string[] }): Promise<number[]> {
  const p = new Params();
  return idsOf(db, `SELECT array_agg(a.id) AS ids FROM actors a WHERE ${actorMatch(who, p)}`, p.values);
}

async function placeIds(db: Queryable, place: string): Promise<number[]> {
  return idsOf(db, 'SELECT array_agg(id) AS ids FROM places WHERE name ILIKE $1 OR country = $2', [`%${likeEscaped(place)}%`, place.toUpperCase()]);
}

/** Events one side of which is, or stands for, each of the given sides: two or more by their pairs (see migration 3). */
function takeSides(sides: string[], p: Params): string {
  if (sides.length === 1) return `e.sides @> ARRAY[${p.add(sides[0])}::text]`;
  const ordered = sides.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const pairs = ordered.flatMap((a, i) => ordered.slice(i + 1).map((b) => `${a}\t${b}`));
  return `e.side_pairs @> ${p.add(pairs)}::text[]`;
}

/** The columns of an EventRow over `event_list e`. */
const EVENT_COLUMNS = 'e.id, e.date, e.status, e.type, e.cameo, e.actors, e.recipients, e.place_name AS place, e.sources, e.first_reported, e.last_reported, e.text';

/** As SQLite orders: an event without a day (sort_day '') last either way; ties latest first by id. */
const ORDER: Record<EventOrder, string> = {
  latest: 'e.sort_day DESC, e.id DESC',
  earliest: "e.sort_day = '', e.sort_day, e.id",
  sources: 'e.sources DESC, e.sort_day DESC, e.id DESC',
};

/** The rows after `key` in the listing's order: a row comparison on the order's columns, which its index starts from. */
function afterKey(order: EventOrder, key: EventKey, p: Params): string {
  const day = p.add(key.day ?? '');
  if (order === 'earliest') return `(e.sort_day = '', e.sort_day, e.id) > (${p.add(key.day === null)}, ${day}, ${p.add(key.id)})`;
  if (order === 'sources') return `(e.sources, e.sort_day, e.id) < (${p.add(key.sources)}, ${day}, ${p.add(key.id)})`;
  return `(e.sort_day, e.id) < (${day}, ${p.add(key.id)})`;
}

/**
 * The WHERE clause (over `event_list e`) for every criterion given and a page's start, its values
 * added to `p`; null when no event can match (a name or place that matches nothing).
 */
export async function eventWhere(db: Queryable, filter: EventCriteria & Pick<EventFilter, 'after' | 'order'>, p: Params): Promise<string | null> {
  const where: string[] = [];
  const participants = filter.participants ?? [];
  const sides = [...new Set(participants.flatMap((who) => ('side' in who ? [who.side] : [])))];
  if (sides.length) where.push(takeSides(sides, p));
  for (const who of participants) {
    if ('side' in who) continue;
    const ids = 'actorId' in who ? [who.actorId] : await actorIds(db, who);
    if (ids.length === 0) return null;
    where.push(`e.actor_ids && ${p.add(ids)}::bigint[]`);
  }
  if (filter.place) {
    const ids = await placeIds(db, filter.place);
    if (ids.length === 0) return null;
    where.push(`e.place = ANY(${p.add(ids)}::bigint[])`);
  }
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
  if (filter.from) where.push(`e.end_day >= ${p.add(filter.from)}`);
  if (filter.to) where.push(`e.sort_day > '' AND e.sort_day <= ${p.add(filter.to)}`);
  if (filter.text) where.push(`e.id IN (SELECT m.event FROM event_mentions m WHERE m.search @@ phraseto_tsquery('simple', ${p.add(filter.text)}))`);
  if (filter.after) where.push(afterKey(filter.order ?? 'latest', filter.after, p));
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/** A page of the events matching every filter given, latest first unless ordered otherwise. */
export async function pageEvents(db: Queryable, filter: EventFilter): Promise<EventPage> {
  const p = new Params();
  const where = await eventWhere(db, filter, p);
  if (where === null) return { events: [], next: null };
  const rows = await queryPlannedEach<KeyedEventRow>(
    db,
    `SELECT ${EVENT_COLUMNS}, nullif(e.sort_day, '') AS sort_day FROM event_list e
     ${where}
     ORDER BY ${ORDER[filter.order ?? 'latest']}
     LIMIT ${p.add(filter.limit + 1)}`,
    p.values,
  );
  return pageOf(rows, filter.limit);
}

/** An event with every report of it in publication order: what each article said its status was, and why. */
export async function storyOf(db: Queryable, eventId: number): Promise<Story | null> {
  const [event] = await query<EventRow & { earliest: string | null; latest: string | null; place_country: string | null }>(
    db,
    `SELECT ${EVENT_COLUMNS}, e.earliest, e.latest, e.place_country FROM event_list e WHERE e.id = $1`,
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
