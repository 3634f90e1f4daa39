import { createHash } from 'node:crypto';
import type { ArticleInput, Readout } from '../model/schema.js';

/**
 * The store as the application sees it: articles in, events, quotes and actors out, in domain
 * terms. Every method is asynchronous so that a network backend (PostgreSQL, an HTTP API) can
 * implement the same interface; `src/store/sqlite/` is the first adapter. Filters carry plain
 * values: whatever needs knowledge (resolving an organisation's name to its codes) is done by the
 * caller, in `src/jobs/`.
 */
export interface Store {
  /** Where the store lives, for messages: a file path or a URL. */
  readonly location: string;
  /** Whether this store holds the article `articleId`, and in the version with this content hash. */
  articleState(articleId: string, hash: string): Promise<ArticleState>;
  /**
   * Writes analysed articles as one unit of work (one transaction where the backend has them);
   * each article on its own, so one that cannot be written is reported and the others are kept.
   * An article already stored with the same hash is skipped; one stored with another replaces
   * the facts of its previous version. Results come in the order of `articles`.
   */
  writeArticles(articles: AnalysedArticle[]): Promise<WriteResult[]>;
  /** Events matching every filter given, latest first. */
  listEvents(filter: EventFilter): Promise<EventRow[]>;
  /** The same as a page: with the key of its last row when more rows follow, for the next page's `after`. */
  pageEvents(filter: EventFilter): Promise<EventPage>;
  /** An event with every report of it in publication order; null when there is no such event. */
  storyOf(eventId: number): Promise<Story | null>;
  /** Quotes by speaker and words in the quote, latest first. */
  listQuotes(filter: QuoteFilter): Promise<QuoteRow[]>;
  /** Actors with how often they appear, most reported first; anonymous sources only when asked for by kind. */
  listActors(filter: ActorFilter): Promise<ActorRow[]>;
  /** One actor by its id, with its counts; null when there is no such actor. */
  actorOf(actorId: number): Promise<ActorRow | null>;
  /** Matching events counted per period (of the event's day) and per type, mode and status: what a timeline is drawn from. */
  countEvents(criteria: EventCriteria, period: Period): Promise<EventCount[]>;
  /** Actor–recipient pairs of matching events, per type and mode, most events first: what a network is drawn from. */
  eventDyads(criteria: EventCriteria, limit: number): Promise<DyadCount[]>;
  /** Places of matching events with how many events each, most first: what a map is drawn from. */
  eventPlaces(criteria: EventCriteria, limit: number): Promise<PlaceCount[]>;
  /** The current version of an article: its text and every stored fact with its characters; null when there is none. */
  articleOf(articleId: string): Promise<StoredArticle | null>;
  /** Articles containing the words (a phrase), best match first. */
  searchArticles(words: string, limit: number): Promise<ArticleHit[]>;
  /** Every stored event (or only those with the given ids) with its participants and reports, oldest first: what exports are made of. */
  exportEvents(ids?: readonly number[]): AsyncIterable<ExportedEvent>;
  /** How much the store holds. */
  stats(): Promise<StoreStats>;
  /**
   * A token that changes whenever anyone commits a write to the store (this process or another),
   * read before a query so that a result cached under it is never older than the token says.
   */
  dataVersion(): Promise<string>;
  close(): Promise<void>;
}

/** A store that cannot be opened, read or written: the message is one line naming the store and the cause. */
export class StoreError extends Error {}

export interface AnalysedArticle {
  input: ArticleInput;
  /** `articleHash(input)`. */
  hash: string;
  readout: Readout;
}

export type ArticleState = 'new' | 'unchanged' | 'changed';

export type WriteResult =
  | { state: 'unchanged' }
  | { state: 'new' | 'changed'; events: number; merged: number; quotes: number }
  | { state: 'failed'; reason: string };

/** The content hash that tells a re-ingested article from an updated one. */
export function articleHash(input: ArticleInput): string {
  return createHash('sha256').update(JSON.stringify([input.text, input.published, input.title, input.url])).digest('hex');
}

/**
 * Who takes part in an event, resolved: the side a participant stands for (an ISO3 country code,
 * or an actor key for actors without a country), or an actor by part of its name or by one of its
 * CAMEO codes.
 */
export type ParticipantRef = { side: string } | { name: string; codes: string[] } | { actorId: number };

export interface EventFilter {
  /** Every participant given takes part (a dyad is two). */
  participants?: ParticipantRef[];
  type?: string;
  /** A CAMEO code or its prefix ("04" for all consultations). */
  cameo?: string;
  status?: string;
  /** Status as of this day: only reports published by then count. */
  asOf?: string;
  from?: string;
  to?: string;
  /** A place name (any part) or the ISO3 code of its country. */
  place?: string;
  /** Words (a phrase) in the clause that reports the event. */
  text?: string;
  /** Latest (the default) or earliest event day first, or most reported first; ties latest first by id. */
  order?: EventOrder;
  /** The page after the row with this key (in the same order): each page starts where the last ended, however deep. */
  after?: EventKey;
  limit: number;
}

export type EventOrder = 'latest' | 'earliest' | 'sources';

/** Where a row stands in every listing order: the day it is sorted by (null when it has none), its reports, its id. */
export interface EventKey {
  day: string | null;
  sources: number;
  id: number;
}

export interface EventPage {
  events: EventRow[];
  /** The key of the page's last row when more rows follow, else null. */
  next: EventKey | null;
}

/** Which events an aggregate counts: an event filter without paging. */
export type EventCriteria = Omit<EventFilter, 'order' | 'after' | 'limit'>;

export type Period = 'day' | 'month' | 'year';

export interface EventCount {
  /** "2025-06-12", "2025-06" or "2025"; null for events with no day at all. */
  period: string | null;
  type: string;
  mode: string | null;
  status: string;
  events: number;
}

export interface DyadCount {
  actor: { id: number; name: string; country: string | null; kind: string };
  recipient: { id: number; name: string; country: string | null; kind: string };
  type: string;
  mode: string | null;
  events: number;
}

export interface PlaceCount {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  events: number;
}

export interface StoredArticle {
  id: string;
  version: number;
  published: string | null;
  title: string | null;
  url: string | null;
  text: string;
  /** Facts in text order, each on the characters [start, end) of `text`. */
  facts: ArticleFact[];
}

/**
 * One stored fact of an article on its characters: an actor's mention, an event report (the clause),
 * a status cue of an event report, or a quote. `ref` is the stored event, actor or quote it belongs to.
 */
export interface ArticleFact {
  layer: 'actor' | 'event' | 'status' | 'quote';
  start: number;
  end: number;
  ref: number;
  /** What the fact says, in a few words ("CONSULT (040) occurred", "Norway", "direct quote"). */
  label: string;
  rule: string | null;
}

export interface ArticleHit {
  id: string;
  published: string | null;
  title: string | null;
  /** The passage that matched, matched words between « and ». */
  snippet: string;
}

export interface EventRow {
  id: number;
  date: string | null;
  status: string;
  type: string;
  cameo: string | null;
  actors: string;
  recipients: string;
  place: string | null;
  sources: number;
  first_reported: string | null;
  last_reported: string | null;
  text: string;
}

/** Why a report joined a stored event (or why it started a new one): kept with the report. */
export interface MergeReason {
  rule: 'merge.dyad' | 'merge.actor-place' | 'merge.actor-date' | 'new.no-match' | 'new.no-window' | 'new.no-participants';
  shared?: string[];
  window?: { start: string; end: string };
  candidates?: number;
}

export interface StoryStep {
  published: string | null;
  article: string;
  title: string | null;
  url: string | null;
  status: string;
  date: string | null;
  text: string;
  evidence: { status: string; text: string; rule: string }[];
  merge: MergeReason;
}

export interface Story {
  event: EventRow & { earliest: string | null; latest: string | null; place_country: string | null; participants: { name: string; role: string; country: string | null; sector: string | null }[] };
  steps: StoryStep[];
}

export interface QuoteFilter {
  /** The speaker (by name or code), or a source named in the text ("a ministry spokesperson"). */
  speaker?: { name: string; codes: string[] };
  /** Words (a phrase) in the quote. */
  text?: string;
  from?: string;
  to?: string;
  limit: number;
}

export interface QuoteRow {
  id: number;
  published: string | null;
  speaker: string | null;
  kind: string;
  cue: string;
  content: string;
  article: string;
}

export interface ActorFilter {
  /** Any part of the name. */
  name?: string;
  country?: string;
  kind?: string;
  limit: number;
}

export interface ActorRow {
  id: number;
  kind: string;
  name: string;
  title: string | null;
  country: string | null;
  sector: string | null;
  cameo: string | null;
  articles: number;
  events: number;
  quotes: number;
}

export interface ExportedEvent {
  event: {
    id: number;
    type: string;
    cameo: string | null;
    mode: string | null;
    context: string[];
    status: string;
    date_value: string | null;
    earliest: string | null;
    latest: string | null;
    first_reported: string | null;
    sources: number;
    mentions: number;
    place: { name: string; country: string | null; admin1: string | null; lat: number | null; lon: number | null } | null;
  };
  actors: { role: 'actor' | 'recipient'; name: string; country: string | null; sector: string | null; cameo: string | null; title: string | null }[];
  reports: { article: string; url: string | null; title: string | null; text: string }[];
}

export interface StoreStats {
  /** Current article versions. */
  articles: number;
  /** Article versions, superseded ones included. */
  versions: number;
  actors: number;
  events: number;
  /** Event reports: one per article and event. */
  reports: number;
  quotes: number;
  places: number;
  /** The first and last publication day of a report, null in an empty store. */
  firstReported: string | null;
  lastReported: string | null;
}
