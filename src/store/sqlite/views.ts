import { articleFacts, type ActorFactRow, type EventFactRow, type QuoteFactRow } from '../article-facts.js';
import { dyadSelect, dyadCount, type DyadRow } from '../dyad-row.js';
import type { ArticleHit, DyadCount, EventCount, EventCriteria, PlaceCount, Period, StoredArticle } from '../store.js';
import { prepared, type Db } from './open.js';
import { EVENT_SORT_DAY, eventWhere, phrase } from './queries.js';

/** Characters of the event day that make each period: "2025-06-12", "2025-06", "2025". */
const PERIOD_LENGTH: Record<Period, number> = { day: 10, month: 7, year: 4 };

/** Matching events counted per period of their day and per type, mode and status. */
export function countEvents(db: Db, criteria: EventCriteria, period: Period): EventCount[] {
  const { where, params } = eventWhere(criteria);
  return prepared(
    db,
    `SELECT substr(${EVENT_SORT_DAY}, 1, ${PERIOD_LENGTH[period]}) AS period, e.type, e.mode, e.status, count(*) AS events
     FROM events e ${where} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
  ).all(...params) as EventCount[];
}

/** Actor–recipient pairs of matching events per type and mode, most events first. */
export function eventDyads(db: Db, criteria: EventCriteria, limit: number): DyadCount[] {
  const { where, params } = eventWhere(criteria);
  const rows = prepared(
    db,
    `${dyadSelect('events')}
     ${where} GROUP BY a.id, r.id, e.type, e.mode ORDER BY events DESC, a.id, r.id, e.type LIMIT ?`,
  ).all(...params, limit) as DyadRow[];
  return rows.map(dyadCount);
}

/** Places of matching events with their event counts, most first. */
export function eventPlaces(db: Db, criteria: EventCriteria, limit: number): PlaceCount[] {
  const { where, params } = eventWhere(criteria);
  return prepared(
    db,
    `SELECT pl.name, pl.country, pl.lat, pl.lon, count(*) AS events
     FROM events e JOIN places pl ON pl.id = e.place ${where}
     GROUP BY pl.id ORDER BY events DESC, pl.name LIMIT ?`,
  ).all(...params, limit) as PlaceCount[];
}

/** The current version of an article with its stored facts in text order. */
export function articleOf(db: Db, articleId: string): StoredArticle | null {
  const article = prepared<[string], { row: number; id: string; version: number; published: string | null; title: string | null; url: string | null; text: string }>(
    db,
    'SELECT id AS row, article_id AS id, version, published, title, url, text FROM articles WHERE article_id = ? AND current = 1',
  ).get(articleId);
  if (!article) return null;
  const { row, ...rest } = article;
  const actors = prepared<[number], ActorFactRow>(
    db,
    'SELECT a.id AS ref, a.name, a.kind, aa.mentions FROM article_actors aa JOIN actors a ON a.id = aa.actor WHERE aa.article = ?',
  ).all(row);
  const events = prepared<[number], EventFactRow>(db, 'SELECT event AS ref, type, cameo, status, start, end, evidence, history FROM event_mentions WHERE article = ?').all(row);
  const quotes = prepared<[number], QuoteFactRow>(
    db,
    'SELECT q.id AS ref, q.kind, q.start, q.end, q.rule, coalesce(s.name, q.source) AS speaker FROM quotes q LEFT JOIN actors s ON s.id = q.speaker WHERE q.article = ?',
  ).all(row);
  return { ...rest, facts: articleFacts(actors, events, quotes) };
}

/** Articles (current versions) containing the words as a phrase, best match first. */
export function searchArticles(db: Db, words: string, limit: number): ArticleHit[] {
  return prepared(
    db,
    `SELECT a.article_id AS id, a.published, a.title, snippet(article_search, 1, '«', '»', '…', 24) AS snippet
     FROM article_search JOIN articles a ON a.id = article_search.rowid
     WHERE article_search MATCH ? AND a.current = 1 ORDER BY rank LIMIT ?`,
  ).all(phrase(words), limit) as ArticleHit[];
}
