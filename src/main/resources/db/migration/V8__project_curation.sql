-- Projects are written by curators, as metrics (V6) and statements (V7) are: a version for ETags and
-- If-Match, when it last changed, and, once deleted, when: a deleted project stays as a tombstone so
-- its id is never reused.
ALTER TABLE project ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE project ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE project ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
UPDATE project SET updated_at = CURRENT_TIMESTAMP;
