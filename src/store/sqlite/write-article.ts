import type { ArticleInput, Event, Readout } from '../../model/schema.js';
import { actorKey, sideKey } from '../actor-keys.js';
import { intersect, reachOf, reportWindow, windowDays, type Window } from '../event-window.js';
import type { ArticleState, MergeReason, WriteResult } from '../store.js';
import { findMergeTarget, type Participant } from './event-merge.js';
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

interface StoredActor {
  id: number;
  key: string;
  country: string | null;
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
  const participants: Participant[] = [];
  for (const [role, ids] of [['actor', event.actors], ['recipient', event.recipients]] as const) {
    for (const id of ids) {
      const actor = actors.get(id);
      if (actor && !participants.some((p) => p.actor === actor.id && p.role === role)) participants.push({ actor: actor.id, role, side: sideKey(actor) });
    }
  }
  const window = reportWindow(event.date, event.status, readout.article.published);
  const place = event.location === null ? null : writePlace(db, readout, event.location);
  const { event: target, reason } = findMergeTarget(db, { article: row, type: event.type, cameo: event.cameo, status: event.status, mode: event.mode, reciprocal: event.reciprocal, participants, window, dated: event.date.value !== null, place, background: event.background });
  const eventId =
    target ??
    Number(
      prepared(db, `INSERT INTO events (type, cameo, mode, context, status, text) VALUES (?, ?, ?, ?, ?, ?)`).run(
        event.type, event.cameo, event.mode, JSON.stringify(event.context), event.status, text.slice(event.text.start, event.text.end),
      ).lastInsertRowid,
    );
  const history = event.history.map((step) => ({ status: step.status, start: step.evidence.start, end: step.evidence.end, text: text.slice(step.evidence.start, step.evidence.end), rule: step.rule, entry: step.entry }));
  prepared(
    db,
    `INSERT INTO event_mentions (event, article, local_id, published, type, cameo, mode, status, date_value, earliest, latest, window_start, window_end, reciprocal,
       place, participants, start, end, text, evidence, history, merge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    eventId, row, event.id, readout.article.published, event.type, event.cameo, event.mode, event.status, event.date.value, event.date.earliest, event.date.latest,
    window?.start ?? null, window?.end ?? null, event.reciprocal ? 1 : 0, place, JSON.stringify(participants), event.text.start, event.text.end,
    text.slice(event.text.start, event.text.end), JSON.stringify(event.evidence), JSON.stringify(history), JSON.stringify(reason satisfies MergeReason),
  );
  refreshEvent(db, eventId);
  return target !== null;
}

function writePlace(db: Db, readout: Readout, name: string): number {
  const place = readout.places.find((p) => p.name === name);
  const key = [name, place?.country ?? '', place?.admin1 ?? ''].join('|');
  return prepared<unknown[], { id: number }>(
    db,
    `INSERT INTO places (key, name, country, admin1, lat, lon) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET name = name RETURNING id`,
  ).get(key, name, place?.country ?? null, place?.admin1 ?? null, place?.lat ?? null, place?.lon ?? null)!.id;
}

/** Removes the live facts of an article version that has been superseded; its events are re-derived. */
function retractArticle(db: Db, row: number): void {
  const touched = prepared<[number], { event: number }>(db, 'SELECT DISTINCT event FROM event_mentions WHERE article = ?').all(row);
  prepared(db, 'UPDATE actors SET articles = articles - 1 WHERE id IN (SELECT DISTINCT actor FROM article_actors WHERE article = ?)').run(row);
  for (const sql of ['DELETE FROM event_mentions WHERE article = ?', 'DELETE FROM quotes WHERE article = ?', 'DELETE FROM article_actors WHERE article = ?']) prepared(db, sql).run(row);
  prepared(db, 'UPDATE articles SET current = 0 WHERE id = ?').run(row);
  for (const { event } of touched) refreshEvent(db, event);
}

interface MentionRow {
  article: number;
  published: string | null;
  cameo: string | null;
  mode: string | null;
  status: string;
  date_value: string | null;
  earliest: string | null;
  latest: string | null;
  window_start: string | null;
  window_end: string | null;
  reciprocal: number;
  place: number | null;
  participants: string;
}

/**
 * Re-derives an event from its reports: the status of the latest report in publication order,
 * the most precise date among the reports of that status, the days every report allows, the first
 * place given, the union of participants. An event with no reports left is deleted.
 */
export function refreshEvent(db: Db, eventId: number): void {
  const mentions = prepared<[number], MentionRow>(
    db,
    `SELECT article, published, cameo, mode, status, date_value, earliest, latest, window_start, window_end, reciprocal, place, participants
     FROM event_mentions WHERE event = ? ORDER BY published IS NULL, published, id`,
  ).all(eventId);
  if (mentions.length === 0) {
    prepared(db, 'DELETE FROM events WHERE id = ?').run(eventId);
    return;
  }
  const last = mentions[mentions.length - 1];
  const dated = mentions.filter((m) => m.date_value !== null);
  const dateFrom = narrowest(dated.filter((m) => m.status === last.status)) ?? narrowest(dated);
  let window: Window | null = null;
  for (const m of mentions) {
    if (!m.window_start || !m.window_end) continue;
    const w = reachOf({ start: m.window_start, end: m.window_end }, m.status);
    window = window ? (intersect(window, w) ?? window) : w;
  }
  const published = mentions.map((m) => m.published).filter((p): p is string => p !== null);
  prepared(
    db,
    `UPDATE events SET cameo = ?, mode = ?, status = ?, date_value = ?, earliest = ?, latest = ?, window_start = ?, window_end = ?, reciprocal = ?, place = ?,
       first_reported = ?, last_reported = ?, sources = ? WHERE id = ?`,
  ).run(
    last.cameo, mentions.find((m) => m.mode !== null)?.mode ?? null, last.status, dateFrom?.date_value ?? null, dateFrom?.earliest ?? null, dateFrom?.latest ?? null, window?.start ?? null, window?.end ?? null,
    mentions.some((m) => m.reciprocal === 1) ? 1 : 0, mentions.find((m) => m.place !== null)?.place ?? null,
    published[0] ?? null, published[published.length - 1] ?? null, new Set(mentions.map((m) => m.article)).size, eventId,
  );
  prepared(db, 'DELETE FROM event_participants WHERE event = ?').run(eventId);
  const insert = prepared(db, 'INSERT OR IGNORE INTO event_participants (event, actor, role, side) VALUES (?, ?, ?, ?)');
  const participants = mentions.flatMap((m) => JSON.parse(m.participants) as Participant[]);
  // Reports may cast the same participant on either side of a meeting: an actor anywhere stays an actor.
  const actors = new Set(participants.filter((p) => p.role === 'actor').map((p) => p.actor));
  for (const p of participants) if (p.role === 'actor' || !actors.has(p.actor)) insert.run(eventId, p.actor, p.role, p.side);
}

function narrowest(mentions: MentionRow[]): MentionRow | undefined {
  const width = (m: MentionRow) => (m.earliest && m.latest ? windowDays({ start: m.earliest.slice(0, 10), end: m.latest.slice(0, 10) }) : Infinity);
  return mentions.reduce<MentionRow | undefined>((best, m) => (!best || width(m) < width(best) ? m : best), undefined);
}
