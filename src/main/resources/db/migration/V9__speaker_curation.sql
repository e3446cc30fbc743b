-- Speakers are written by curators, as metrics (V6) and statements (V7) are: a version for ETags and
-- If-Match, when it last changed, and, once deleted, when: a deleted speaker stays as a tombstone so
-- its id is never reused. (V8 is the projects' curation.)
ALTER TABLE speaker ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE speaker ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE speaker ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
UPDATE speaker SET updated_at = CURRENT_TIMESTAMP;
