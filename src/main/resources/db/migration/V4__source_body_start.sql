-- Where a document's body starts, in code points: some documents open with leftover web-page text.
ALTER TABLE source ADD COLUMN body_start INTEGER DEFAULT 0 NOT NULL;
