-- PostgreSQL only: trigram indexes so that the word search (q), a LIKE on the normalized
-- search_text column, can use an index instead of scanning every row. H2 needs none at its size.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX idx_project_search_trgm ON project USING gin (search_text gin_trgm_ops);
CREATE INDEX idx_metric_search_trgm ON metric USING gin (search_text gin_trgm_ops);
CREATE INDEX idx_statement_search_trgm ON statement USING gin (search_text gin_trgm_ops);
