-- Metrics are written by curators: each carries a version (for ETags and If-Match), when it last
-- changed, and, once deleted, when: a deleted metric stays as a tombstone so its id is never reused.
ALTER TABLE metric ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE metric ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE metric ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
UPDATE metric SET updated_at = CURRENT_TIMESTAMP;
