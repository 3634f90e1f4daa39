/**
 * The store's tables. One row per real-world event (`events`), with one `event_mentions` row per
 * article that reported it; actors are shared across articles, except anonymous sources, which
 * stay one per article. Article versions are kept; only the current version's facts are live.
 * An event's window is the span of days it can fall on, narrowed by every report (a plan's left
 * open beyond its date, as plans slip); merging looks for overlapping windows.
 */
export const STORE_VERSION = 2;

/** The day events are listed by (as queries.ts's EVENT_SORT_DAY, without the table alias). */
const SORT_DAY = 'coalesce(earliest, window_start, first_reported)';

/**
 * Changes after the first version, applied in order, in one transaction each, to an older store
 * when it is opened for writing (a store opened read-only is queried as it is: slower, same rows).
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 2,
    name: 'indexes that let listings stop at their limit',
    sql: `
-- Event lists are ordered by the event's day: walked in that order (alone or after an equality
-- filter), the query stops at its LIMIT instead of sorting every match.
CREATE INDEX events_day ON events (${SORT_DAY}, id);
CREATE INDEX events_type_day ON events (type, ${SORT_DAY}, id);
CREATE INDEX events_status_day ON events (status, ${SORT_DAY}, id);
CREATE INDEX events_sources_day ON events (sources, ${SORT_DAY}, id);
-- Quotes are listed by their article's publication day.
CREATE INDEX articles_published ON articles (published, id);
-- The export streams events in this order without sorting them all first.
CREATE INDEX events_export ON events (coalesce(earliest, first_reported), id);
-- Actors by any part of their name: a trigram index serves LIKE '%part%' without reading every name.
CREATE VIRTUAL TABLE actor_names USING fts5 (name, content = 'actors', content_rowid = 'id', tokenize = 'trigram');
INSERT INTO actor_names (actor_names) VALUES ('rebuild');
CREATE TRIGGER actors_named AFTER INSERT ON actors BEGIN
  INSERT INTO actor_names (rowid, name) VALUES (new.id, new.name);
END;
`,
  },
];

/** The first version's tables; a new store is made of these and every migration. */
export const STORE_DDL = `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  hash TEXT NOT NULL,
  current INTEGER NOT NULL DEFAULT 1,
  published TEXT,
  title TEXT,
  url TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  UNIQUE (article_id, version)
);
CREATE INDEX articles_current ON articles (article_id) WHERE current = 1;
CREATE INDEX articles_hash ON articles (hash);

CREATE VIRTUAL TABLE article_search USING fts5 (title, text, content = 'articles', content_rowid = 'id');
CREATE TRIGGER articles_indexed AFTER INSERT ON articles BEGIN
  INSERT INTO article_search (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- articles: how many current article versions mention the actor, kept up to date by the writer.
CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  title TEXT,
  country TEXT,
  sector TEXT,
  cameo TEXT,
  articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_country ON actors (country);
CREATE INDEX actors_articles ON actors (articles);
CREATE INDEX actors_name ON actors (name COLLATE NOCASE);

CREATE TABLE article_actors (
  article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  actor INTEGER NOT NULL REFERENCES actors (id),
  title TEXT,
  mentions TEXT NOT NULL,
  PRIMARY KEY (article, local_id)
);
CREATE INDEX article_actors_actor ON article_actors (actor);

CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  country TEXT,
  admin1 TEXT,
  lat REAL,
  lon REAL
);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  cameo TEXT,
  mode TEXT,
  context TEXT NOT NULL,
  status TEXT NOT NULL,
  date_value TEXT,
  earliest TEXT,
  latest TEXT,
  window_start TEXT,
  window_end TEXT,
  reciprocal INTEGER NOT NULL DEFAULT 0,
  place INTEGER REFERENCES places (id),
  first_reported TEXT,
  last_reported TEXT,
  sources INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL
);
CREATE INDEX events_type_window ON events (type, window_start, window_end);
CREATE INDEX events_status ON events (status);

CREATE TABLE event_participants (
  event INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  actor INTEGER NOT NULL REFERENCES actors (id),
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  side TEXT NOT NULL,
  PRIMARY KEY (event, actor, role)
);
CREATE INDEX event_participants_actor ON event_participants (actor);
CREATE INDEX event_participants_side ON event_participants (side, event);

CREATE TABLE event_mentions (
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  published TEXT,
  type TEXT NOT NULL,
  cameo TEXT,
  mode TEXT,
  status TEXT NOT NULL,
  date_value TEXT,
  earliest TEXT,
  latest TEXT,
  window_start TEXT,
  window_end TEXT,
  reciprocal INTEGER NOT NULL,
  place INTEGER REFERENCES places (id),
  participants TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  evidence TEXT NOT NULL,
  history TEXT NOT NULL,
  merge TEXT NOT NULL
);
CREATE INDEX event_mentions_event ON event_mentions (event, published);
CREATE INDEX event_mentions_status ON event_mentions (status, published);
CREATE INDEX event_mentions_article ON event_mentions (article);

CREATE VIRTUAL TABLE event_search USING fts5 (text, content = 'event_mentions', content_rowid = 'id');
CREATE TRIGGER event_mentions_indexed AFTER INSERT ON event_mentions BEGIN
  INSERT INTO event_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER event_mentions_unindexed AFTER DELETE ON event_mentions BEGIN
  INSERT INTO event_search (event_search, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker INTEGER REFERENCES actors (id),
  addressee INTEGER REFERENCES actors (id),
  source TEXT,
  cue TEXT NOT NULL,
  cue_lemma TEXT NOT NULL,
  content TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  rule TEXT
);
CREATE INDEX quotes_article ON quotes (article);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE VIRTUAL TABLE quote_search USING fts5 (content, source, content = 'quotes', content_rowid = 'id');
CREATE TRIGGER quotes_indexed AFTER INSERT ON quotes BEGIN
  INSERT INTO quote_search (rowid, content, source) VALUES (new.id, new.content, new.source);
END;
CREATE TRIGGER quotes_unindexed AFTER DELETE ON quotes BEGIN
  INSERT INTO quote_search (quote_search, rowid, content, source) VALUES ('delete', old.id, old.content, old.source);
END;
`;
