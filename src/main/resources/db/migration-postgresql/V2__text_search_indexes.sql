-- PostgreSQL only: trigram indexes so that the case-insensitive substring search (q) can use an
-- index instead of scanning every row. H2 has no equivalent and does not need one at its size.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX idx_project_name_trgm ON project USING gin (lower(name) gin_trgm_ops);
CREATE INDEX idx_project_summary_trgm ON project USING gin (lower(summary) gin_trgm_ops);
CREATE INDEX idx_project_alias_trgm ON project_alias USING gin (lower(alias) gin_trgm_ops);
CREATE INDEX idx_project_evidence_trgm ON project_evidence USING gin (lower(exact) gin_trgm_ops);
CREATE INDEX idx_metric_name_trgm ON metric USING gin (lower(name) gin_trgm_ops);
CREATE INDEX idx_metric_evidence_trgm ON metric_evidence USING gin (lower(exact) gin_trgm_ops);
CREATE INDEX idx_statement_text_trgm ON statement USING gin (lower(text) gin_trgm_ops);
CREATE INDEX idx_statement_evidence_trgm ON statement_evidence USING gin (lower(exact) gin_trgm_ops);
