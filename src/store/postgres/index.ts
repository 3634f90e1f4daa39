import type pg from 'pg';
import type { AnalysedArticle, ArticleState, EventCriteria, EventFilter, ExportedEvent, Period, Store, StoreStats, WriteResult } from '../store.js';
import { StoreError } from '../store.js';
import { exportEvents } from './export.js';
import { ensurePartitions, openPool, redacted } from './open.js';
import { actorOf, listActors, listQuotes, pageEvents, storyOf } from './queries.js';
import { query } from './sql.js';
import { articleOf, countEvents, eventDyads, eventPlaces, searchArticles } from './views.js';
import { articleState, filingDay, lockKeys, writeArticle } from './write-article.js';

/** Errors after which a whole batch is tried again: a deadlock or a serialisation failure. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

/**
 * The store in a PostgreSQL database (node-postgres), shared by any number of writers: each batch
 * is one transaction that first takes advisory locks on the articles, event types, actors and
 * places it touches (in one sorted order), so that merging sees every event another writer stored
 * of the same type and no two writers create the same event.
 */
export class PostgresStore implements Store {
  private constructor(
    readonly location: string,
    /** The connection pool, for the adapter's own tests and the bench. */
    readonly pool: pg.Pool,
    /** Whether opening created the schema. */
    readonly created: boolean,
  ) {}

  /** Connects to the database at `url`, creating the store's tables unless `mustExist`. */
  static async open(url: string, options: { mustExist?: boolean; connections?: number } = {}): Promise<PostgresStore> {
    const { pool, created } = await openPool(url, options);
    return new PostgresStore(redacted(url), pool, created);
  }

  async articleState(articleId: string, hash: string): Promise<ArticleState> {
    return articleState(this.pool, articleId, hash);
  }

  async writeArticles(articles: AnalysedArticle[]): Promise<WriteResult[]> {
    if (articles.length === 0) return [];
    await ensurePartitions(this.pool, articles.flatMap(({ readout }) => readout.events.map((e) => filingDay(e, readout))));
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const results = await this.writeLocked(client, articles);
        await client.query('COMMIT');
        return results;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        if (RETRYABLE.has((err as { code?: string }).code ?? '') && attempt < ATTEMPTS) continue;
        throw new StoreError(`${this.location}: cannot write ${articles.length} articles: ${(err as Error).message}`);
      } finally {
        client.release();
      }
    }
  }

  /** The batch inside its transaction: locks first, then each article in its own savepoint, so one that fails is reported and the others kept. */
  private async writeLocked(client: pg.PoolClient, articles: AnalysedArticle[]): Promise<WriteResult[]> {
    const previous = await query<{ type: string }>(
      client,
      'SELECT DISTINCT m.type FROM event_mentions m JOIN articles a ON a.id = m.article WHERE a.article_id = ANY($1) AND a.current = 1',
      [articles.map((a) => a.input.id)],
    );
    await query(client, 'SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k', [lockKeys(articles, previous.map((r) => r.type))]);
    const results: WriteResult[] = [];
    for (const { input, readout, hash } of articles) {
      // The same article may come twice in one batch: the second finds the first already stored.
      if ((await articleState(client, input.id, hash)) === 'unchanged') {
        results.push({ state: 'unchanged' });
        continue;
      }
      await client.query('SAVEPOINT article');
      try {
        results.push(await writeArticle(client, input, readout, hash));
        await client.query('RELEASE SAVEPOINT article');
      } catch (err) {
        if (RETRYABLE.has((err as { code?: string }).code ?? '')) throw err;
        await client.query('ROLLBACK TO SAVEPOINT article');
        results.push({ state: 'failed', reason: `could not be stored: ${(err as Error).message}` });
      }
    }
    return results;
  }

  async listEvents(filter: EventFilter) {
    return (await pageEvents(this.pool, filter)).events;
  }

  async pageEvents(filter: EventFilter) {
    return pageEvents(this.pool, filter);
  }

  async storyOf(eventId: number) {
    return storyOf(this.pool, eventId);
  }

  async listQuotes(...args: Parameters<Store['listQuotes']>) {
    return listQuotes(this.pool, ...args);
  }

  async listActors(...args: Parameters<Store['listActors']>) {
    return listActors(this.pool, ...args);
  }

  async actorOf(actorId: number) {
    return actorOf(this.pool, actorId);
  }

  async countEvents(criteria: EventCriteria, period: Period) {
    return countEvents(this.pool, criteria, period);
  }

  async eventDyads(criteria: EventCriteria, limit: number) {
    return eventDyads(this.pool, criteria, limit);
  }

  async eventPlaces(criteria: EventCriteria, limit: number) {
    return eventPlaces(this.pool, criteria, limit);
  }

  async articleOf(articleId: string) {
    return articleOf(this.pool, articleId);
  }

  async searchArticles(words: string, limit: number) {
    return searchArticles(this.pool, words, limit);
  }

  async *exportEvents(ids?: readonly number[]): AsyncGenerator<ExportedEvent> {
    yield* exportEvents(this.pool, ids);
  }

  async stats(): Promise<StoreStats> {
    const [row] = await query<StoreStats>(
      this.pool,
      `SELECT (SELECT count(*) FROM articles WHERE current = 1) AS articles, (SELECT count(*) FROM articles) AS versions, (SELECT count(*) FROM actors) AS actors,
         (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM event_mentions) AS reports, (SELECT count(*) FROM quotes) AS quotes,
         (SELECT count(*) FROM places) AS places, (SELECT min(published) FROM event_mentions) AS "firstReported", (SELECT max(published) FROM event_mentions) AS "lastReported"`,
    );
    return row;
  }

  async dataVersion(): Promise<string> {
    // The write-ahead log's position moves with every commit to the cluster (conservative: other
    // databases' writes move it too); a standby reports how far it has replayed.
    const [row] = await query<{ lsn: string }>(this.pool, 'SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END)::text AS lsn');
    return row.lsn;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
