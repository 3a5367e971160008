-- Claims database, schema v1 (shared by SQLite and PostgreSQL).
-- Every item row carries its span into articles.text and its source (article id, url, published,
-- extractor version), so a row exported alone still says where it came from.
-- Item rows are keyed (article_id, seq): deterministic, and deleted with their article (ON DELETE CASCADE).

CREATE TABLE IF NOT EXISTS schema_version (
  version INTEGER PRIMARY KEY,
  applied_at TEXT NOT NULL
);

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  record_hash TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  schema_version TEXT,
  title TEXT,
  published TEXT,
  language TEXT NOT NULL,
  site TEXT,
  url TEXT,
  text TEXT NOT NULL,
  extra TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

-- Entities are global (one row per canonical name across the archive); mentions tie them to articles.
CREATE TABLE entities (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  en TEXT
);

CREATE TABLE entity_aliases (
  entity_key TEXT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
  alias_key TEXT NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (entity_key, alias_key)
);
CREATE INDEX entity_aliases_alias ON entity_aliases (alias_key);

CREATE TABLE metrics (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  item_id TEXT,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  value DOUBLE PRECISION,
  low DOUBLE PRECISION,
  high DOUBLE PRECISION,
  unit TEXT NOT NULL,
  qualifier TEXT NOT NULL,
  per TEXT,
  label TEXT,
  label_key TEXT NOT NULL,
  label_start INTEGER,
  label_end INTEGER,
  period TEXT,
  kind TEXT NOT NULL,
  fact_id TEXT,
  url TEXT,
  published TEXT,
  extractor_version TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX metrics_unit_label ON metrics (unit, label_key);

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  item_id TEXT,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_key TEXT NOT NULL,
  cue TEXT,
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_text TEXT,
  speaker_role TEXT,
  speaker_org TEXT,
  entity_id TEXT,
  entity_key TEXT REFERENCES entities (key),
  url TEXT,
  published TEXT,
  extractor_version TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker_key);

CREATE TABLE claims (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  item_id TEXT,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  claimant TEXT,
  claimant_key TEXT NOT NULL,
  claimant_start INTEGER,
  claimant_end INTEGER,
  cue TEXT,
  hedge TEXT,
  evidence TEXT NOT NULL,
  entity_id TEXT,
  entity_key TEXT REFERENCES entities (key),
  url TEXT,
  published TEXT,
  extractor_version TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX claims_claimant ON claims (claimant_key);

CREATE TABLE terms (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  zh TEXT NOT NULL,
  en TEXT,
  abbr TEXT,
  text TEXT,
  span_start INTEGER,
  span_end INTEGER,
  zh_hans TEXT,
  url TEXT,
  published TEXT,
  extractor_version TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX terms_zh ON terms (zh);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  entity_key TEXT NOT NULL REFERENCES entities (key),
  local_id TEXT NOT NULL,
  text TEXT,
  span_start INTEGER,
  span_end INTEGER,
  role TEXT,
  org TEXT,
  url TEXT,
  published TEXT,
  extractor_version TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
);
CREATE INDEX mentions_entity ON mentions (entity_key);
