-- SQLite part of schema v1: the search index.
-- body holds folded text (NFKC, casefold, Simplified script); the FTS5 trigram tokenizer finds
-- Chinese substrings that the default unicode61 tokenizer misses (it treats a run of Han as one token).
CREATE TABLE search (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  seq INTEGER NOT NULL,
  published TEXT,
  who_key TEXT,
  body TEXT NOT NULL
);
CREATE INDEX search_article ON search (article_id);

CREATE VIRTUAL TABLE search_fts USING fts5 (body, content='search', content_rowid='id', tokenize='trigram');

CREATE TRIGGER search_ai AFTER INSERT ON search BEGIN
  INSERT INTO search_fts (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER search_ad AFTER DELETE ON search BEGIN
  INSERT INTO search_fts (search_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
