-- Indexes for the lists at scale (100,000 projects, 1,000,000 metrics; BENCHMARKS.md, "Scale on PostgreSQL"): each
-- matches a list's sort key with its tie-breaker (ListParams adds the id, nulls last), so that a page of 20 is read
-- in order from the index and stops after 20 matches instead of sorting every match.
-- Projects list by name (the default sort); V1's idx_project_name lacks the tie-breaker.
CREATE INDEX idx_project_name_id ON project (name, id);
-- Statements list newest first by default, metrics when sorted by date; date_start is a key column so that the
-- date-range filter's other half is checked in the index, without reading the rows it rejects.
CREATE INDEX idx_statement_date_end ON statement (date_end DESC NULLS LAST, id, date_start);
CREATE INDEX idx_metric_date_end ON metric (date_end DESC NULLS LAST, id, date_start);
