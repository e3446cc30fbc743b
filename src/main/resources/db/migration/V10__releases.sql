-- Releases: numbered, immutable snapshots of the data, each with the checksum of its files (as the
-- loader computes it), the change-feed number it includes up to, its counts and the snapshot itself,
-- a seeds folder as a ZIP archive. The seed releases the loader loads are the first ones; an editor
-- publishes the next. Rows are only ever inserted. BYTEA is H2's name for BINARY VARYING too.
CREATE TABLE release (
    number        INTEGER                  PRIMARY KEY,
    kind          VARCHAR(10)              NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(200)             NOT NULL,
    checksum      VARCHAR(64)              NOT NULL,
    change_seq    BIGINT                   NOT NULL,
    sources       INTEGER                  NOT NULL,
    themes        INTEGER                  NOT NULL,
    countries     INTEGER                  NOT NULL,
    sectors       INTEGER                  NOT NULL,
    units         INTEGER                  NOT NULL,
    speakers      INTEGER                  NOT NULL,
    projects      INTEGER                  NOT NULL,
    metrics       INTEGER                  NOT NULL,
    statements    INTEGER                  NOT NULL,
    snapshot      BYTEA                    NOT NULL
);
