import type { ArticleInput, Event, Readout } from '../../model/schema.js';
import { actorKey } from '../actor-keys.js';
import { deriveEvent, placeKey, reportOf, type MentionRow, type Participant, type StoredActor } from '../event-merge.js';
import type { ArticleState, MergeReason, WriteResult } from '../store.js';
import { findMergeTarget } from './event-merge.js';
import { prepared, type Db } from './open.js';

/** Whether the store already has this article, and in this very version. */
export function articleState(db: Db, articleId: string, hash: string): ArticleState {
  const current = prepared<[string], { hash: string }>(db, 'SELECT hash FROM articles WHERE article_id = ? AND current = 1').get(articleId);
  return !current ? 'new' : current.hash === hash ? 'unchanged' : 'changed';
}

/**
 * Writes one analysed article: a new version row, its actors, quotes and events, each event
 * merged into the stored event it reports or stored as a new one. An updated article retracts the
 * facts of its previous version first. Call inside a transaction.
 */
export function writeArticle(db: Db, input: ArticleInput, readout: Readout, hash: string): Exclude<WriteResult, { state: 'unchanged' | 'failed' }> {
  const previous = prepared<[string], { id: number; version: number }>(db, 'SELECT id, version FROM articles WHERE article_id = ? AND current = 1').get(input.id);
  if (previous) retractArticle(db, previous.id);
  const row = Number(
    prepared(db, `INSERT INTO articles (article_id, version, hash, published, title, url, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
      input.id, (previous?.version ?? 0) + 1, hash, readout.article.published, readout.article.title, readout.article.url ?? null, input.text, new Date().toISOString(),
    ).lastInsertRowid,
  );
  const actors = writeActors(db, readout, row);
  const quotes = writeQuotes(db, readout, row, actors, input.text);
  let merged = 0;
  for (const event of readout.events) if (writeEventMention(db, readout, event, row, actors, input.text)) merged++;
  return { state: previous ? 'changed' : 'new', events: readout.events.length, merged, quotes };
}

function writeActors(db: Db, readout: Readout, row: number): Map<string, StoredActor> {
  const upsert = prepared<unknown[], { id: number }>(
    db,
    `INSERT INTO actors (key, kind, name, title, country, sector, cameo) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET title = coalesce(excluded.title, title), sector = coalesce(sector, excluded.sector)
     RETURNING id`,
  );
  const link = prepared(db, 'INSERT INTO article_actors (article, local_id, actor, title, mentions) VALUES (?, ?, ?, ?, ?)');
  const counted = prepared(db, 'UPDATE actors SET articles = articles + 1 WHERE id = ?');
  const byLocalId = new Map<string, StoredActor>();
  for (const actor of readout.actors) {
    const key = actorKey(actor, row);
    const { id } = upsert.get(key, actor.kind, actor.name, actor.title, actor.country, actor.sector, actor.cameo)!;
    link.run(row, actor.id, id, actor.title, JSON.stringify(actor.mentions.map((m) => [m.start, m.end])));
    // Two local actors of one article may be one stored actor: count the article once.
    if (![...byLocalId.values()].some((a) => a.id === id)) counted.run(id);
    byLocalId.set(actor.id, { id, key, country: actor.country });
  }
  return byLocalId;
}

function writeQuotes(db: Db, readout: Readout, row: number, actors: Map<string, StoredActor>, text: string): number {
  const insert = prepared(
    db,
    `INSERT INTO quotes (article, local_id, kind, speaker, addressee, source, cue, cue_lemma, content, start, end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const quote of readout.quotes) {
    const content = quote.contents.map((c) => text.slice(c.start, c.end)).join(' … ');
    insert.run(
      row, quote.id, quote.kind, localActor(actors, quote.speaker), localActor(actors, quote.addressee), quote.source?.text ?? null,
      quote.cue.text, quote.cue.lemma, content, quote.start, quote.end, (quote as { rule?: string }).rule ?? null,
    );
  }
  return readout.quotes.length;
}

function localActor(actors: Map<string, StoredActor>, id: string | null): number | null {
  return id === null ? null : (actors.get(id)?.id ?? null);
}

/** Stores one event report; returns whether it joined an event already in the store. */
function writeEventMention(db: Db, readout: Readout, event: Event, row: number, actors: Map<string, StoredActor>, text: string): boolean {
  const { participants, window, history, text: clause } = reportOf(readout, event, actors, text);
  const place = event.location === null ? null : writePlace(db, readout, event.location);
  const { event: target, reason } = findMergeTarget(db, { article: row, type: event.type, cameo: event.cameo, status: event.status, mode: event.mode, reciprocal: event.reciprocal, participants, window, dated: event.date.value !== null, place });
  const eventId =
    target ??
    Number(
      prepared(db, `INSERT INTO events (type, cameo, mode, context, status, text) VALUES (?, ?, ?, ?, ?, ?)`).run(
        event.type, event.cameo, event.mode, JSON.stringify(event.context), event.status, clause,
      ).lastInsertRowid,
    );
  prepared(
    db,
    `INSERT INTO event_mentions (event, article, local_id, published, type, cameo, mode, status, date_value, earliest, latest, window_start, window_end, reciprocal,
       place, participants, start, end, text, evidence, history, merge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    eventId, row, event.id, readout.article.published, event.type, event.cameo, event.mode, event.status, event.date.value, event.date.earliest, event.date.latest,
    window?.start ?? null, window?.end ?? null, event.reciprocal ? 1 : 0, place, JSON.stringify(participants), event.text.start, event.text.end,
    clause, JSON.stringify(event.evidence), JSON.stringify(history), JSON.stringify(reason satisfies MergeReason),
  );
  refreshEvent(db, eventId);
  return target !== null;
}

function writePlace(db: Db, readout: Readout, name: string): number {
  const place = placeKey(readout, name);
  return prepared<unknown[], { id: number }>(
    db,
    `INSERT INTO places (key, name, country, admin1, lat, lon) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET name = name RETURNING id`,
  ).get(place.key, name, place.country, place.admin1, place.lat, place.lon)!.id;
}

/** Removes the live facts of an article version that has been superseded; its events are re-derived. */
function retractArticle(db: Db, row: number): void {
  const touched = prepared<[number], { event: number }>(db, 'SELECT DISTINCT event FROM event_mentions WHERE article = ?').all(row);
  prepared(db, 'UPDATE actors SET articles = articles - 1 WHERE id IN (SELECT DISTINCT actor FROM article_actors WHERE article = ?)').run(row);
  for (const sql of ['DELETE FROM event_mentions WHERE article = ?', 'DELETE FROM quotes WHERE article = ?', 'DELETE FROM article_actors WHERE article = ?']) prepared(db, sql).run(row);
  prepared(db, 'UPDATE articles SET current = 0 WHERE id = ?').run(row);
  for (const { event } of touched) refreshEvent(db, event);
}

/** Re-derives an event from its reports (see `deriveEvent`); an event with no reports left is deleted. */
export function refreshEvent(db: Db, eventId: number): void {
  const rows = prepared<[number], Omit<MentionRow, 'participants'> & { participants: string }>(
    db,
    `SELECT article, published, cameo, mode, status, date_value, earliest, latest, window_start, window_end, reciprocal, place, participants
     FROM event_mentions WHERE event = ? ORDER BY published IS NULL, published, id`,
  ).all(eventId);
  const derived = deriveEvent(rows.map((m) => ({ ...m, participants: JSON.parse(m.participants) as Participant[] })));
  if (!derived) {
    prepared(db, 'DELETE FROM events WHERE id = ?').run(eventId);
    return;
  }
  const { participants, ...e } = derived;
  prepared(
    db,
    `UPDATE events SET cameo = ?, mode = ?, status = ?, date_value = ?, earliest = ?, latest = ?, window_start = ?, window_end = ?, reciprocal = ?, place = ?,
       first_reported = ?, last_reported = ?, sources = ? WHERE id = ?`,
  ).run(e.cameo, e.mode, e.status, e.date_value, e.earliest, e.latest, e.window_start, e.window_end, e.reciprocal, e.place, e.first_reported, e.last_reported, e.sources, eventId);
  prepared(db, 'DELETE FROM event_participants WHERE event = ?').run(eventId);
  const insert = prepared(db, 'INSERT INTO event_participants (event, actor, role, side) VALUES (?, ?, ?, ?)');
  for (const p of participants) insert.run(eventId, p.actor, p.role, p.side);
}
