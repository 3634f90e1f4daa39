import type { AnalysedArticle, ArticleState, EventCriteria, ExportedEvent, Period, Store, StoreStats, WriteResult } from '../store.js';
import { exportEvents } from './export.js';
import { openDb, type Db } from './open.js';
import { actorOf, listActors, listEvents, listQuotes, storyOf } from './queries.js';
import { articleOf, countEvents, eventDyads, eventPlaces, searchArticles } from './views.js';
import { articleState, writeArticle } from './write-article.js';

/**
 * The store in one SQLite file (better-sqlite3). Calls run synchronously on this thread; they are
 * wrapped in promises to meet the interface that network backends need.
 */
export class SqliteStore implements Store {
  private readonly writeOne: (article: AnalysedArticle) => WriteResult;
  private readonly writeAll: (articles: AnalysedArticle[]) => WriteResult[];

  private constructor(
    readonly location: string,
    /** The connection, for the adapter's own tests. */
    readonly db: Db,
    /** Whether opening created the file. */
    readonly created: boolean,
  ) {
    // Each article in its own savepoint inside the batch's transaction: a failed write is reported and the batch goes on.
    this.writeOne = db.transaction(({ input, readout, hash }: AnalysedArticle) => writeArticle(db, input, readout, hash));
    this.writeAll = db.transaction((articles: AnalysedArticle[]) =>
      articles.map((article): WriteResult => {
        // The same article may come twice in one batch: the second finds the first already stored.
        if (articleState(db, article.input.id, article.hash) === 'unchanged') return { state: 'unchanged' };
        try {
          return this.writeOne(article);
        } catch (err) {
          return { state: 'failed', reason: `could not be stored: ${(err as Error).message}` };
        }
      }),
    );
  }

  /** Opens the store at `path`, creating it unless `mustExist`. */
  static open(path: string, options: { mustExist?: boolean } = {}): SqliteStore {
    const { db, created } = openDb(path, options);
    return new SqliteStore(path, db, created);
  }

  async articleState(articleId: string, hash: string): Promise<ArticleState> {
    return articleState(this.db, articleId, hash);
  }

  async writeArticles(articles: AnalysedArticle[]): Promise<WriteResult[]> {
    return articles.length === 0 ? [] : this.writeAll(articles);
  }

  async listEvents(...args: Parameters<Store['listEvents']>) {
    return listEvents(this.db, ...args);
  }

  async storyOf(eventId: number) {
    return storyOf(this.db, eventId);
  }

  async listQuotes(...args: Parameters<Store['listQuotes']>) {
    return listQuotes(this.db, ...args);
  }

  async listActors(...args: Parameters<Store['listActors']>) {
    return listActors(this.db, ...args);
  }

  async actorOf(actorId: number) {
    return actorOf(this.db, actorId);
  }

  async countEvents(criteria: EventCriteria, period: Period) {
    return countEvents(this.db, criteria, period);
  }

  async eventDyads(criteria: EventCriteria, limit: number) {
    return eventDyads(this.db, criteria, limit);
  }

  async eventPlaces(criteria: EventCriteria, limit: number) {
    return eventPlaces(this.db, criteria, limit);
  }

  async articleOf(articleId: string) {
    return articleOf(this.db, articleId);
  }

  async searchArticles(words: string, limit: number) {
    return searchArticles(this.db, words, limit);
  }

  async *exportEvents(): AsyncGenerator<ExportedEvent> {
    yield* exportEvents(this.db);
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string) => (this.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${sql}`).get() as { n: number }).n;
    const days = this.db.prepare<[], { first: string | null; last: string | null }>('SELECT min(published) AS first, max(published) AS last FROM event_mentions').get()!;
    return {
      articles: count('articles WHERE current = 1'),
      versions: count('articles'),
      actors: count('actors'),
      events: count('events'),
      reports: count('event_mentions'),
      quotes: count('quotes'),
      places: count('places'),
      firstReported: days.first,
      lastReported: days.last,
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
