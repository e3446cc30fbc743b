-- Curation: records carry a version (for ETags and If-Match) and when they last changed; every
-- write is logged in commit order, numbered from data_load.changes.
ALTER TABLE data_load ADD COLUMN changes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE source ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE source ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE change_log (
    seq          BIGINT                   PRIMARY KEY,
    record_type  VARCHAR(20)              NOT NULL,
    record_id    VARCHAR(200)             NOT NULL,
    action       VARCHAR(10)              NOT NULL,
    version      INTEGER                  NOT NULL,
    actor        VARCHAR(200)             NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    record       VARCHAR(1000000)
);
CREATE INDEX idx_change_log_record ON change_log (record_type, record_id, seq);
