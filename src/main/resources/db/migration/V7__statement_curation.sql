-- Statements are written by curators, as metrics are (V6): a version for ETags and If-Match, when it
-- last changed, and, once deleted, when: a deleted statement stays as a tombstone so its id is never reused.
ALTER TABLE statement ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE statement ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE statement ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
UPDATE statement SET updated_at = CURRENT_TIMESTAMP;
