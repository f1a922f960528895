-- Diurna event database, schema version 1 (DuckDB). Documented column by column in docs/database.md.
-- Applied once, in one transaction, when the database is created. Each statement ends with ';' at the end of a line.
-- Offsets (start_offset, end_offset) are UTF-16 indexes into articles.text, end exclusive, as in the reading JSON.
-- No foreign keys: DuckDB cannot update a row that a foreign key points to, and the store updates events in place.

CREATE TABLE meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE articles (
    article_id   VARCHAR PRIMARY KEY,      -- content hash computed by the caller
    ingest_seq   BIGINT NOT NULL UNIQUE,   -- 1, 2, 3... in the order articles were added
    source       VARCHAR,                  -- where it was read: file path, "path#N" record
    url          VARCHAR,
    outlet       VARCHAR,
    title        VARCHAR,
    published    DATE,
    language     VARCHAR,
    text         VARCHAR NOT NULL,         -- the original text every offset points into
    duplicate_of VARCHAR,                  -- article_id of the article this one nearly copies, or NULL
    similarity   DOUBLE,                   -- estimated Jaccard similarity with duplicate_of
    minhash      BLOB,                     -- the caller's MinHash signature, to rebuild its index at start-up
    ingested_at  TIMESTAMP NOT NULL        -- UTC
);

CREATE TABLE events (
    event_id        VARCHAR PRIMARY KEY,   -- 'ev-' + 16 hex of sha256(article_id || '/' || local_id) of its first mention
    event_no        BIGINT NOT NULL UNIQUE,-- 1, 2, 3... in creation order (GDELT GlobalEventID)
    plover          VARCHAR NOT NULL,
    mode            VARCHAR,
    cameo           VARCHAR,               -- two-digit CAMEO root
    quad_class      INTEGER,
    goldstein       DOUBLE,
    source_name     VARCHAR,
    source_country  VARCHAR,
    source_sector   VARCHAR,
    source_actor_id VARCHAR,
    target_name     VARCHAR,
    target_country  VARCHAR,
    target_sector   VARCHAR,
    target_actor_id VARCHAR,
    is_symmetric    BOOLEAN NOT NULL,      -- reciprocal event (meetings, agreements)
    date            VARCHAR,               -- ISO 8601 as in the reading: 2016-11-30, 2016-11, 2016-SU, 2016
    date_precision  VARCHAR,
    day             DATE,                  -- first day the date covers, for range filters
    place_name      VARCHAR,
    place_country   VARCHAR,
    place_kind      VARCHAR,               -- country, capital, city, region
    lat             DOUBLE,
    lon             DOUBLE,
    factuality      VARCHAR,
    evidence        VARCHAR,               -- evidence clause of the first mention
    num_mentions    INTEGER NOT NULL,
    num_articles    INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,      -- distinct outlets (an article of unknown outlet counts as its own)
    outlets         VARCHAR[] NOT NULL,
    sources         VARCHAR[] NOT NULL,    -- attributions ("Anadolu", "Kremlin") of all mentions
    first_reported  TIMESTAMP,             -- earliest article published date, else ingest time
    last_reported   TIMESTAMP,
    added_at        TIMESTAMP NOT NULL     -- UTC, when the first mention was stored
);

CREATE TABLE mentions (
    mention_id    VARCHAR PRIMARY KEY,     -- 'm-' + 16 hex of sha256(article_id || '/' || local_id)
    event_id      VARCHAR NOT NULL,
    article_id    VARCHAR NOT NULL,
    local_id      VARCHAR NOT NULL,        -- the event's id in the reading: e1, e2...
    start_offset  INTEGER,                 -- evidence span
    end_offset    INTEGER,
    evidence      VARCHAR,
    spans         JSON,                    -- every span of the article that tells the event: [[start, end], ...]
    trigger       VARCHAR,
    mode          VARCHAR,
    factuality    VARCHAR,
    date          VARCHAR,
    attributed_to VARCHAR[] NOT NULL,
    source_name   VARCHAR,                 -- the names as this article gives them
    target_name   VARCHAR,
    in_lead       BOOLEAN NOT NULL         -- evidence starts in the article's first paragraph
);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE entities (
    article_id    VARCHAR NOT NULL,
    entity_no     INTEGER NOT NULL,        -- order in the reading
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    text          VARCHAR,
    type          VARCHAR,                 -- PERSON, ORGANIZATION, LOCATION, GROUP
    resolved_by   VARCHAR,                 -- dictionary, ner, role, title, anaphora
    actor_id      VARCHAR,
    name          VARCHAR,
    country       VARCHAR,
    sector        VARCHAR,
    role          VARCHAR,
    place_name    VARCHAR,
    place_country VARCHAR,
    place_kind    VARCHAR,
    lat           DOUBLE,
    lon           DOUBLE,
    PRIMARY KEY (article_id, entity_no)
);

CREATE TABLE quotes (
    article_id       VARCHAR NOT NULL,
    quote_no         INTEGER NOT NULL,
    start_offset     INTEGER NOT NULL,
    end_offset       INTEGER NOT NULL,
    text             VARCHAR,
    speaker_name     VARCHAR,
    speaker_country  VARCHAR,
    speaker_sector   VARCHAR,
    speaker_actor_id VARCHAR,
    PRIMARY KEY (article_id, quote_no)
);

CREATE TABLE figures (
    article_id   VARCHAR NOT NULL,
    figure_no    INTEGER NOT NULL,
    value        DOUBLE NOT NULL,
    qualifier    VARCHAR,
    unit         VARCHAR,
    place        VARCHAR,                  -- ISO3 country the figure is about
    start_offset INTEGER,
    end_offset   INTEGER,
    text         VARCHAR,
    PRIMARY KEY (article_id, figure_no)
);

CREATE TABLE problems (
    source     VARCHAR NOT NULL,           -- the input concerned
    code       VARCHAR NOT NULL,           -- empty, binary, encoding, too-large, language...
    detail     VARCHAR,
    first_seen TIMESTAMP NOT NULL,         -- UTC
    PRIMARY KEY (source, code)
);

-- A view rather than a table: it is always exactly what the entities say, with no second bookkeeping to keep in step.
CREATE VIEW actors AS
WITH keyed AS (
    SELECT coalesce(actor_id, 'name:' || name || '/' || coalesce(country, '') || '/' || coalesce(sector, '')) AS actor_key,
           actor_id, name, country, sector, role, article_id
    FROM entities
    WHERE name IS NOT NULL
), roles AS (
    SELECT actor_key, role, count(*) AS n FROM keyed WHERE role IS NOT NULL GROUP BY actor_key, role
)
SELECT k.actor_key,
       any_value(k.actor_id) AS actor_id,
       min(k.name) AS name,
       min(k.country) AS country,
       min(k.sector) AS sector,
       (SELECT first(r.role ORDER BY r.n DESC, r.role) FROM roles r WHERE r.actor_key = k.actor_key) AS role,
       count(*) AS mentions,
       count(DISTINCT k.article_id) AS articles
FROM keyed k
GROUP BY k.actor_key;
