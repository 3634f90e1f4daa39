import { setTimeout as sleep } from 'node:timers/promises';
import type { Transaction } from 'better-sqlite3';
import { StoreError, type AnalysedArticle, type ArticleState, type EventCriteria, type EventFilter, type ExportedEvent, type Period, type Store, type StoreStats, type WriteResult } from '../store.js';
import { exportEvents } from './export.js';
import { openDb, prepared, type Db, type OpenOptions } from './open.js';
import { actorOf, listActors, listQuotes, pageEvents, storyOf } from './queries.js';
import { articleOf, countEvents, eventDyads, eventPlaces, searchArticles } from './views.js';
import { articleState, writeArticle } from './write-article.js';

/** Attempts at a call that finds the store busy (another process writing) beyond the busy timeout, and the first pause between them. */
const BUSY_ATTEMPTS = 8;
const BUSY_BACKOFF_MS = 50;

/**
 * The store in one SQLite file (better-sqlite3). Calls run synchronously on this thread; they are
 * wrapped in promises to meet the interface that network backends need. Several processes may
 * write one store: a batch takes the write lock up front, and a call that finds the store busy is
 * retried with growing pauses. Driver errors become StoreErrors naming the file.
 */
export class SqliteStore implements Store {
  private readonly writeOne: (article: AnalysedArticle) => WriteResult;
  private readonly writeAll: Transaction<(articles: AnalysedArticle[]) => WriteResult[]>;

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

  /** Opens the store at `path` (see OpenOptions). */
  static open(path: string, options: OpenOptions = {}): SqliteStore {
    const { db, created } = openDb(path, options);
    return new SqliteStore(path, db, created);
  }

  /** Runs a call, again after a pause while the store is busy; any other driver error names the file. */
  private async run<T>(call: () => T): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return call();
      } catch (err) {
        if (err instanceof StoreError) throw err;
        const code = (err as { code?: string }).code ?? '';
        if (!/^SQLITE_(BUSY|LOCKED)/.test(code) || attempt === BUSY_ATTEMPTS) throw new StoreError(`${this.location}: ${(err as Error).message}`);
        await sleep(BUSY_BACKOFF_MS * 2 ** attempt * (0.5 + Math.random()));
      }
    }
  }

  articleState(articleId: string, hash: string): Promise<ArticleState> {
    return this.run(() => articleState(this.db, articleId, hash));
  }

  writeArticles(articles: AnalysedArticle[]): Promise<WriteResult[]> {
    // IMMEDIATE: the write lock is taken before the first read, so a busy store waits here rather than failing mid-batch.
    return this.run(() => (articles.length === 0 ? [] : this.writeAll.immediate(articles)));
  }

  listEvents(filter: EventFilter) {
    return this.run(() => pageEvents(this.db, filter).events);
  }

  pageEvents(filter: EventFilter) {
    return this.run(() => pageEvents(this.db, filter));
  }

  storyOf(eventId: number) {
    return this.run(() => storyOf(this.db, eventId));
  }

  listQuotes(...args: Parameters<Store['listQuotes']>) {
    return this.run(() => listQuotes(this.db, ...args));
  }

  listActors(...args: Parameters<Store['listActors']>) {
    return this.run(() => listActors(this.db, ...args));
  }

  actorOf(actorId: number) {
    return this.run(() => actorOf(this.db, actorId));
  }

  countEvents(criteria: EventCriteria, period: Period) {
    return this.run(() => countEvents(this.db, criteria, period));
  }

  eventDyads(criteria: EventCriteria, limit: number) {
    return this.run(() => eventDyads(this.db, criteria, limit));
  }

  eventPlaces(criteria: EventCriteria, limit: number) {
    return this.run(() => eventPlaces(this.db, criteria, limit));
  }

  articleOf(articleId: string) {
    return this.run(() => articleOf(this.db, articleId));
  }

  searchArticles(words: string, limit: number) {
    return this.run(() => searchArticles(this.db, words, limit));
  }

  async *exportEvents(ids?: readonly number[]): AsyncGenerator<ExportedEvent> {
    try {
      yield* exportEvents(this.db, ids);
    } catch (err) {
      throw err instanceof StoreError ? err : new StoreError(`${this.location}: ${(err as Error).message}`);
    }
  }

  stats(): Promise<StoreStats> {
    return this.run(() => this.counts());
  }

  private counts(): StoreStats {
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

  dataVersion(): Promise<string> {
    // data_version moves on other connections' commits, total_changes() on this one's.
    return this.run(() => {
      const row = prepared<[], { other: number; own: number }>(this.db, 'SELECT (SELECT data_version FROM pragma_data_version) AS other, total_changes() AS own').get()!;
      return `${row.other}.${row.own}`;
    });
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
