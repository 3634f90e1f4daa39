import { articleFacts, type ActorFactRow, type EventFactRow, type QuoteFactRow } from '../article-facts.js';
import { dyadCount, dyadSelect, type DyadRow } from '../dyad-row.js';
import type { ArticleHit, DyadCount, EventCount, EventCriteria, PlaceCount, Period, StoredArticle } from '../store.js';
import { eventWhere } from './queries.js';
import { Params, query, queryPlannedEach, type Queryable } from './sql.js';

/** Characters of the event day that make each period: "2025-06-12", "2025-06", "2025". */
const PERIOD_LENGTH: Record<Period, number> = { day: 10, month: 7, year: 4 };

/** Matching events counted per period of their day and per type, mode and status (NULLs first, as SQLite sorts). */
export async function countEvents(db: Queryable, criteria: EventCriteria, period: Period): Promise<EventCount[]> {
  const p = new Params();
  const where = await eventWhere(db, criteria, p);
  if (where === null) return [];
  return queryPlannedEach<EventCount>(
    db,
    `SELECT substr(nullif(e.sort_day, ''), 1, ${PERIOD_LENGTH[period]}) AS period, e.type, e.mode, e.status, count(*) AS events
     FROM event_list e ${where} GROUP BY 1, 2, 3, 4 ORDER BY 1 NULLS FIRST, 2, 3 NULLS FIRST, 4`,
    p.values,
  );
}

/** Actor–recipient pairs of matching events per type and mode, most events first. */
export async function eventDyads(db: Queryable, criteria: EventCriteria, limit: number): Promise<DyadCount[]> {
  const p = new Params();
  const where = await eventWhere(db, criteria, p);
  if (where === null) return [];
  const rows = await queryPlannedEach<DyadRow>(
    db,
    `${dyadSelect('event_list')}
     ${where} GROUP BY a.id, r.id, e.type, e.mode ORDER BY events DESC, a.id, r.id, e.type, e.mode NULLS FIRST LIMIT ${p.add(limit)}`,
    p.values,
  );
  return rows.map(dyadCount);
}

/** Places of matching events with their event counts, most first. */
export async function eventPlaces(db: Queryable, criteria: EventCriteria, limit: number): Promise<PlaceCount[]> {
  const p = new Params();
  const where = await eventWhere(db, criteria, p);
  if (where === null) return [];
  return queryPlannedEach<PlaceCount>(
    db,
    `SELECT pl.name, pl.country, pl.lat, pl.lon, count(*) AS events
     FROM event_list e JOIN places pl ON pl.id = e.place ${where}
     GROUP BY pl.id ORDER BY events DESC, pl.name, pl.id LIMIT ${p.add(limit)}`,
    p.values,
  );
}

/** The current version of an article with its stored facts in text order. */
export async function articleOf(db: Queryable, articleId: string): Promise<StoredArticle | null> {
  const [article] = await query<{ row: number; id: string; version: number; published: string | null; title: string | null; url: string | null; text: string }>(
    db,
    'SELECT id AS row, article_id AS id, version, published, title, url, text FROM articles WHERE article_id = $1 AND current = 1',
    [articleId],
  );
  if (!article) return null;
  const { row, ...rest } = article;
  const actors = await query<ActorFactRow>(
    db,
    'SELECT a.id AS ref, a.name, a.kind, aa.mentions FROM article_actors aa JOIN actors a ON a.id = aa.actor WHERE aa.article = $1',
    [row],
  );
  const events = await query<EventFactRow>(db, 'SELECT event AS ref, type, cameo, status, start, "end", evidence, history FROM event_mentions WHERE article = $1', [row]);
  const quotes = await query<QuoteFactRow>(
    db,
    'SELECT q.id AS ref, q.kind, q.start, q."end", q.rule, coalesce(s.name, q.source) AS speaker FROM quotes q LEFT JOIN actors s ON s.id = q.speaker WHERE q.article = $1',
    [row],
  );
  return { ...rest, facts: articleFacts(actors, events, quotes) };
}

/** Articles (current versions) containing the words as a phrase, best match first; the passage marked as SQLite's snippet marks it. */
export async function searchArticles(db: Queryable, words: string, limit: number): Promise<ArticleHit[]> {
  return query<ArticleHit>(
    db,
    `SELECT a.article_id AS id, a.published, a.title,
       ts_headline('simple', a.text, q, 'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet
     FROM articles a, phraseto_tsquery('simple', $1) AS q
     WHERE a.search @@ q AND a.current = 1 ORDER BY ts_rank(a.search, q) DESC, a.id LIMIT $2`,
    [words, limit],
  );
}
