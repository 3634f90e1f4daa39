/**
 * The PostgreSQL store's schema as versioned migrations, applied in order by `migrate`. The tables
 * mirror the SQLite store's (see `../sqlite/schema.ts`), with what a shared server needs:
 *
 * - `events` is partitioned by RANGE on `day`, the month of the event's date when it was first
 *   stored (the first report's window, else its publication day); partitions are made ahead as
 *   needed (`ensurePartitions`). The key never moves, so references to an event stay valid as
 *   later reports narrow its date.
 * - Every primary key includes its Citus distribution column: `event` for events
 *   (`events.id`), their participants and reports; `article` for article versions
 *   (`articles.id`), their quotes and actor links. `actors` and `places` are small, shared
 *   look-up tables (Citus reference tables). No unique constraint lacks the distribution column:
 *   one version per article number is kept by the writers' per-article advisory lock.
 * - Listings read `event_list`, a projection of events with one row per event holding what a
 *   listing filters, sorts and shows (migration 3): see there.
 * - Text columns compare byte-wise (`COLLATE "C"`), as SQLite does, so dates in ISO text and
 *   names sort alike on both stores; full-text search is a `tsvector` (the `simple` parser, no
 *   stemming, as SQLite's FTS5 tables) with a GIN index.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const T = 'text COLLATE "C"';

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'tables',
    sql: `
CREATE TABLE articles (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id ${T} NOT NULL,
  version integer NOT NULL,
  hash ${T} NOT NULL,
  current integer NOT NULL DEFAULT 1,
  published ${T},
  title ${T},
  url ${T},
  text ${T} NOT NULL,
  ingested_at ${T} NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX articles_current ON articles (article_id) WHERE current = 1;
CREATE INDEX articles_version ON articles (article_id, version);
CREATE INDEX articles_hash ON articles (hash);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE actors (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key ${T} NOT NULL UNIQUE,
  kind ${T} NOT NULL,
  name ${T} NOT NULL,
  title ${T},
  country ${T},
  sector ${T},
  cameo ${T},
  articles integer NOT NULL DEFAULT 0
);
CREATE INDEX actors_country ON actors (country);
CREATE INDEX actors_cameo ON actors (cameo);

CREATE TABLE article_actors (
  article bigint NOT NULL,
  local_id ${T} NOT NULL,
  actor bigint NOT NULL,
  title ${T},
  mentions ${T} NOT NULL,
  PRIMARY KEY (article, local_id)
);
CREATE INDEX article_actors_actor ON article_actors (actor);

CREATE TABLE places (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key ${T} NOT NULL UNIQUE,
  name ${T} NOT NULL,
  country ${T},
  admin1 ${T},
  lat double precision,
  lon double precision
);

CREATE SEQUENCE events_id_seq AS bigint;
CREATE TABLE events (
  id bigint NOT NULL DEFAULT nextval('events_id_seq'),
  day date NOT NULL,
  type ${T} NOT NULL,
  cameo ${T},
  mode ${T},
  context ${T} NOT NULL,
  status ${T} NOT NULL,
  date_value ${T},
  earliest ${T},
  latest ${T},
  window_start ${T},
  window_end ${T},
  reciprocal integer NOT NULL DEFAULT 0,
  place bigint,
  first_reported ${T},
  last_reported ${T},
  sources integer NOT NULL DEFAULT 0,
  text ${T} NOT NULL,
  PRIMARY KEY (id, day)
) PARTITION BY RANGE (day);
CREATE INDEX events_type_window ON events (type, window_start, window_end);
CREATE INDEX events_status ON events (status);
CREATE INDEX events_order ON events ((coalesce(earliest, window_start, first_reported)) DESC NULLS LAST, id DESC);

CREATE TABLE event_participants (
  event bigint NOT NULL,
  actor bigint NOT NULL,
  role ${T} NOT NULL CHECK (role IN ('actor', 'recipient')),
  side ${T} NOT NULL,
  PRIMARY KEY (event, actor, role)
);
CREATE INDEX event_participants_actor ON event_participants (actor);
CREATE INDEX event_participants_side ON event_participants (side, event);

CREATE TABLE event_mentions (
  id bigint GENERATED ALWAYS AS IDENTITY,
  event bigint NOT NULL,
  article bigint NOT NULL,
  local_id ${T} NOT NULL,
  published ${T},
  type ${T} NOT NULL,
  cameo ${T},
  mode ${T},
  status ${T} NOT NULL,
  date_value ${T},
  earliest ${T},
  latest ${T},
  window_start ${T},
  window_end ${T},
  reciprocal integer NOT NULL,
  place bigint,
  participants ${T} NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  text ${T} NOT NULL,
  evidence ${T} NOT NULL,
  history ${T} NOT NULL,
  merge ${T} NOT NULL,
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
  PRIMARY KEY (event, id)
);
CREATE INDEX event_mentions_event ON event_mentions (event, published);
CREATE INDEX event_mentions_status ON event_mentions (status, published);
CREATE INDEX event_mentions_article ON event_mentions (article);
CREATE INDEX event_mentions_search ON event_mentions USING gin (search);

CREATE TABLE quotes (
  id bigint GENERATED ALWAYS AS IDENTITY,
  article bigint NOT NULL,
  local_id ${T} NOT NULL,
  kind ${T} NOT NULL,
  speaker bigint,
  addressee bigint,
  source ${T},
  cue ${T} NOT NULL,
  cue_lemma ${T} NOT NULL,
  content ${T} NOT NULL,
  start integer NOT NULL,
  "end" integer NOT NULL,
  rule ${T},
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', content)) STORED,
  source_search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(source, ''))) STORED,
  PRIMARY KEY (article, id)
);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_search ON quotes USING gin (search);
CREATE INDEX quotes_source_search ON quotes USING gin (source_search);
`,
  },
  {
    version: 2,
    name: 'indexes that let listings stop at their limit',
    sql: `
-- Event lists filtered by type or status walk that value's events in the listing's order.
CREATE INDEX events_type_order ON events (type, (coalesce(earliest, window_start, first_reported)) DESC NULLS LAST, id DESC);
CREATE INDEX events_status_order ON events (status, (coalesce(earliest, window_start, first_reported)) DESC NULLS LAST, id DESC);
-- Quotes are listed by their article's publication day.
CREATE INDEX articles_published ON articles (published DESC NULLS LAST, id);
-- The export reads events in this order, a page at a time.
CREATE INDEX events_export ON events ((coalesce(earliest, first_reported)) NULLS FIRST, id);
-- Actors by any part of their name: a trigram index serves ILIKE '%part%'. Without the extension
-- (or the right to create it) names are read one by one, as before.
DO $$ BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX actors_name_trigram ON actors USING gin (name gin_trgm_ops);
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
  RAISE NOTICE 'pg_trgm is not available: actor names are searched without an index';
END $$;
`,
  },
  {
    version: 3,
    name: 'the event list: one row per event, kept with the event',
    sql: `
-- Listings, stories and aggregates read one unpartitioned table instead of the monthly events
-- partitions (a Merge Append over hundreds of them to find a page, and planning for each) with
-- a look-up of the participants and place of every row. One row per event, rewritten from the
-- view below in the transaction that changes the event (write-article.ts, refreshEvent):
--   sort_day  the day listings sort by, '' when the event has none (lowest, so last when latest
--             first: keys compare as plain row values and never NULL);
--   end_day   the last day it may fall on, what "from" compares with;
--   sides     its participants' sides (ISO3 codes, or actor keys), actor_ids their actors, each
--             with a GIN index: a filter by a rare side reads its rows, a common one walks the
--             listing order and checks each row, whichever the planner finds cheaper;
--   side_pairs every two of its sides ("FRA<tab>USA", in byte order): what a dyad filter looks up,
--             so that the planner's statistics know how often two sides meet (two common sides
--             that never do would otherwise be looked for by walking every event);
--   and the columns an event row shows, names and place included.
CREATE TABLE event_list (
  id bigint PRIMARY KEY,
  day date NOT NULL,
  sort_day ${T} NOT NULL,
  end_day ${T},
  type ${T} NOT NULL,
  cameo ${T},
  mode ${T},
  status ${T} NOT NULL,
  date ${T},
  earliest ${T},
  latest ${T},
  place bigint,
  place_name ${T},
  place_country ${T},
  sources integer NOT NULL,
  first_reported ${T},
  last_reported ${T},
  actors ${T},
  recipients ${T},
  sides text[] COLLATE "C" NOT NULL,
  actor_ids bigint[] NOT NULL,
  side_pairs text[] COLLATE "C" NOT NULL,
  text ${T} NOT NULL
);

-- An event's list row, derived from the event, its participants and place; the columns in the table's order.
CREATE VIEW event_list_rows AS
SELECT e.id, e.day, coalesce(e.earliest, e.window_start, e.first_reported, '') AS sort_day, coalesce(e.latest, e.window_end, e.last_reported) AS end_day,
  e.type, e.cameo, e.mode, e.status,
  CASE WHEN e.date_value ~ '^[0-9]{4}' THEN e.date_value
    WHEN e.earliest IS NOT NULL OR e.latest IS NOT NULL THEN coalesce(e.earliest, '') || '…' || coalesce(e.latest, '')
    ELSE e.first_reported END AS date,
  e.earliest, e.latest, e.place, pl.name AS place_name, pl.country AS place_country, e.sources, e.first_reported, e.last_reported,
  (SELECT string_agg(a.name, '; ' ORDER BY p.actor) FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = e.id AND p.role = 'actor') AS actors,
  (SELECT string_agg(a.name, '; ' ORDER BY p.actor) FROM event_participants p JOIN actors a ON a.id = p.actor WHERE p.event = e.id AND p.role = 'recipient') AS recipients,
  ARRAY(SELECT DISTINCT p.side FROM event_participants p WHERE p.event = e.id ORDER BY 1) AS sides,
  ARRAY(SELECT DISTINCT p.actor FROM event_participants p WHERE p.event = e.id ORDER BY 1) AS actor_ids,
  ARRAY(SELECT DISTINCT p.side || E'\\t' || q.side FROM event_participants p JOIN event_participants q ON q.event = p.event AND p.side < q.side WHERE p.event = e.id ORDER BY 1) AS side_pairs,
  e.text
FROM events e LEFT JOIN places pl ON pl.id = e.place;

INSERT INTO event_list SELECT * FROM event_list_rows;

-- Each listing order, alone and after the filters most asked for; keyset pages start inside them.
CREATE INDEX event_list_latest ON event_list (sort_day DESC, id DESC);
CREATE INDEX event_list_earliest ON event_list ((sort_day = ''), sort_day, id);
CREATE INDEX event_list_sources ON event_list (sources DESC, sort_day DESC, id DESC);
CREATE INDEX event_list_type ON event_list (type, sort_day DESC, id DESC);
CREATE INDEX event_list_status ON event_list (status, sort_day DESC, id DESC);
-- Rare values and narrow periods: their rows read, then sorted.
CREATE INDEX event_list_cameo ON event_list (cameo);
CREATE INDEX event_list_end_day ON event_list (end_day);
CREATE INDEX event_list_place ON event_list (place);
CREATE INDEX event_list_sides ON event_list USING gin (sides);
CREATE INDEX event_list_actors ON event_list USING gin (actor_ids);
CREATE INDEX event_list_side_pairs ON event_list USING gin (side_pairs);
ANALYZE event_list;

-- The listing orders on events itself are read no more.
DROP INDEX events_order;
DROP INDEX events_type_order;
DROP INDEX events_status_order;
DROP INDEX events_status;
`,
  },
];
