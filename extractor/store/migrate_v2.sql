-- v1 -> v2: dedupe across articles. Group keys are computed in Python (NFKC, casefold, punctuation
-- dropped, OpenCC t2s) and backfilled by extractor/store/migrations.py after these statements.
ALTER TABLE quotes ADD COLUMN text_key TEXT;
ALTER TABLE quotes ADD COLUMN group_key TEXT;
ALTER TABLE claims ADD COLUMN text_key TEXT;
ALTER TABLE claims ADD COLUMN group_key TEXT;
ALTER TABLE metrics ADD COLUMN fact_key TEXT;
CREATE INDEX quotes_group ON quotes (group_key);
CREATE INDEX claims_group ON claims (group_key);
CREATE INDEX quotes_text ON quotes (text_key);
CREATE INDEX claims_text ON claims (text_key);
CREATE INDEX metrics_fact ON metrics (fact_key);
CREATE INDEX metrics_fact_id ON metrics (fact_id);

-- The same claim from the same claimant, wherever it appears. group_key (written at load) uses the
-- article's own entity when known; the views also resolve a bare alias ("Tusk") through entity_aliases
-- at query time, so the grouping does not depend on the order articles were loaded in.
CREATE VIEW claim_groups AS
SELECT g.who_key || '|' || g.text_key AS group_key, MIN(g.claimant) AS claimant, MIN(g.text) AS text,
       COUNT(*) AS n_rows, COUNT(DISTINCT g.article_id) AS n_articles, MIN(g.published) AS first_seen,
       MAX(g.published) AS last_seen
FROM (SELECT c.*, COALESCE(c.entity_key, (SELECT MIN(ea.entity_key) FROM entity_aliases ea
                                            WHERE ea.alias_key = c.claimant_key), c.claimant_key) AS who_key
      FROM claims c) g
GROUP BY g.who_key, g.text_key;

CREATE VIEW quote_groups AS
SELECT g.who_key || '|' || g.text_key AS group_key, MIN(g.speaker) AS speaker, MIN(g.text) AS text,
       COUNT(*) AS n_rows, COUNT(DISTINCT g.article_id) AS n_articles, MIN(g.published) AS first_seen,
       MAX(g.published) AS last_seen
FROM (SELECT q.*, COALESCE(q.entity_key, (SELECT MIN(ea.entity_key) FROM entity_aliases ea
                                            WHERE ea.alias_key = q.speaker_key), q.speaker_key) AS who_key
      FROM quotes q) g
GROUP BY g.who_key, g.text_key;

-- The same metric fact (value or range, unit, canonical label, period, rate).
CREATE VIEW metric_facts AS
SELECT fact_key, MIN(label) AS label, MIN(unit) AS unit, MIN(value) AS value, MIN(low) AS low,
       MIN(high) AS high, MIN(period) AS period, COUNT(*) AS n_rows, COUNT(DISTINCT article_id) AS n_articles,
       MIN(published) AS first_seen, MAX(published) AS last_seen
FROM metrics GROUP BY fact_key;

-- Cross-lingual pairs: metrics the extractor marked as stating the same fact (Metric.fact_id).
CREATE VIEW metric_pairs AS
SELECT a.fact_id, a.article_id AS article_a, a.seq AS seq_a, a.text AS text_a,
       b.article_id AS article_b, b.seq AS seq_b, b.text AS text_b
FROM metrics a JOIN metrics b
  ON a.fact_id = b.fact_id AND (a.article_id < b.article_id OR (a.article_id = b.article_id AND a.seq < b.seq))
WHERE a.fact_id IS NOT NULL;
