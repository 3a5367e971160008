-- PostgreSQL part of schema v1: the search index (LIKE over folded text, GIN trigram index added
-- by the loader when the pg_trgm extension can be created).
CREATE TABLE search (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  seq INTEGER NOT NULL,
  published TEXT,
  who_key TEXT,
  body TEXT NOT NULL
);
CREATE INDEX search_article ON search (article_id);
