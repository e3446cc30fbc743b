-- Schema shared by H2 and PostgreSQL: portable types only.

CREATE TABLE source (
    id            VARCHAR(100)  PRIMARY KEY,
    file_name     VARCHAR(200)  NOT NULL,
    title         VARCHAR(500),
    publisher     VARCHAR(200),
    author        VARCHAR(200),
    kind          VARCHAR(40)   NOT NULL,
    published_on  VARCHAR(10),
    delivered_on  VARCHAR(10),
    date_note     VARCHAR(2000),
    language      VARCHAR(10)   NOT NULL,
    characters    INTEGER       NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       VARCHAR(200000) NOT NULL
);

CREATE TABLE theme (
    id           VARCHAR(40)   PRIMARY KEY,
    label        VARCHAR(100)  NOT NULL,
    description  VARCHAR(1000) NOT NULL
);

CREATE TABLE country (
    code       VARCHAR(2)   PRIMARY KEY,
    alpha3     VARCHAR(3)   NOT NULL UNIQUE,
    name       VARCHAR(200) NOT NULL,
    region     VARCHAR(100) NOT NULL,
    subregion  VARCHAR(100) NOT NULL
);

CREATE TABLE sector (
    id        VARCHAR(60)  PRIMARY KEY,
    label     VARCHAR(200) NOT NULL,
    crs_code  VARCHAR(5)   NOT NULL
);

CREATE TABLE metric_unit (
    id     VARCHAR(40)  PRIMARY KEY,
    label  VARCHAR(100) NOT NULL,
    kind   VARCHAR(20)  NOT NULL
);

CREATE TABLE speaker (
    id            VARCHAR(100) PRIMARY KEY,
    name          VARCHAR(300) NOT NULL,
    role          VARCHAR(500),
    organization  VARCHAR(500),
    kind          VARCHAR(20)  NOT NULL
);

CREATE TABLE project (
    id         VARCHAR(100)  PRIMARY KEY,
    name       VARCHAR(300)  NOT NULL,
    type       VARCHAR(40)   NOT NULL,
    sector_id  VARCHAR(60)   NOT NULL REFERENCES sector (id),
    scale      VARCHAR(40),
    status     VARCHAR(40),
    summary    VARCHAR(2000) NOT NULL,
    -- Normalized words of name, aliases, summary and quotes, for the q search.
    search_text  VARCHAR(20000) NOT NULL
);

CREATE TABLE project_alias (
    project_id  VARCHAR(100) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    alias       VARCHAR(300) NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_milestone (
    project_id  VARCHAR(100) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    date_text   VARCHAR(10)  NOT NULL,
    event       VARCHAR(500) NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_country (
    project_id    VARCHAR(100) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    country_code  VARCHAR(2)   NOT NULL REFERENCES country (code),
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_theme (
    project_id  VARCHAR(100) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    theme_id    VARCHAR(40)  NOT NULL REFERENCES theme (id),
    PRIMARY KEY (project_id, position)
);

CREATE TABLE project_evidence (
    project_id    VARCHAR(100)  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    source_id     VARCHAR(100)  NOT NULL REFERENCES source (id),
    exact         VARCHAR(4000) NOT NULL,
    prefix        VARCHAR(200)  NOT NULL,
    suffix        VARCHAR(200)  NOT NULL,
    start_offset  INTEGER       NOT NULL,
    end_offset    INTEGER       NOT NULL,
    PRIMARY KEY (project_id, position)
);

CREATE TABLE metric (
    id             VARCHAR(120)   PRIMARY KEY,
    name           VARCHAR(300)   NOT NULL,
    indicator      VARCHAR(100)   NOT NULL,
    metric_value   DECIMAL(30, 6) NOT NULL,
    value_max      DECIMAL(30, 6),
    unit_id        VARCHAR(40)    NOT NULL REFERENCES metric_unit (id),
    approximation  VARCHAR(20)    NOT NULL,
    value_text     VARCHAR(200)   NOT NULL,
    period_from    VARCHAR(10),
    period_to      VARCHAR(10),
    as_of          VARCHAR(10),
    date_start     DATE,
    date_end       DATE,
    kind           VARCHAR(20)    NOT NULL,
    project_id     VARCHAR(100)   REFERENCES project (id),
    search_text    VARCHAR(20000) NOT NULL
);

CREATE TABLE metric_country (
    metric_id     VARCHAR(120) NOT NULL REFERENCES metric (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    country_code  VARCHAR(2)   NOT NULL REFERENCES country (code),
    PRIMARY KEY (metric_id, position)
);

CREATE TABLE metric_theme (
    metric_id  VARCHAR(120) NOT NULL REFERENCES metric (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    theme_id   VARCHAR(40)  NOT NULL REFERENCES theme (id),
    PRIMARY KEY (metric_id, position)
);

CREATE TABLE metric_evidence (
    metric_id     VARCHAR(120)  NOT NULL REFERENCES metric (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    source_id     VARCHAR(100)  NOT NULL REFERENCES source (id),
    exact         VARCHAR(4000) NOT NULL,
    prefix        VARCHAR(200)  NOT NULL,
    suffix        VARCHAR(200)  NOT NULL,
    start_offset  INTEGER       NOT NULL,
    end_offset    INTEGER       NOT NULL,
    PRIMARY KEY (metric_id, position)
);

CREATE TABLE statement (
    id          VARCHAR(120)  PRIMARY KEY,
    text        VARCHAR(4000) NOT NULL,
    type        VARCHAR(20)   NOT NULL,
    speaker_id  VARCHAR(100)  NOT NULL REFERENCES speaker (id),
    date_text   VARCHAR(10),
    date_start  DATE,
    date_end    DATE,
    search_text VARCHAR(20000) NOT NULL
);

CREATE TABLE statement_project (
    statement_id  VARCHAR(120) NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    project_id    VARCHAR(100) NOT NULL REFERENCES project (id),
    PRIMARY KEY (statement_id, position)
);

CREATE TABLE statement_country (
    statement_id  VARCHAR(120) NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    country_code  VARCHAR(2)   NOT NULL REFERENCES country (code),
    PRIMARY KEY (statement_id, position)
);

CREATE TABLE statement_theme (
    statement_id  VARCHAR(120) NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    theme_id      VARCHAR(40)  NOT NULL REFERENCES theme (id),
    PRIMARY KEY (statement_id, position)
);

CREATE TABLE statement_evidence (
    statement_id  VARCHAR(120)  NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    source_id     VARCHAR(100)  NOT NULL REFERENCES source (id),
    exact         VARCHAR(4000) NOT NULL,
    prefix        VARCHAR(200)  NOT NULL,
    suffix        VARCHAR(200)  NOT NULL,
    start_offset  INTEGER       NOT NULL,
    end_offset    INTEGER       NOT NULL,
    PRIMARY KEY (statement_id, position)
);

-- One row that records which seed data set is loaded (its release number and checksum); locked
-- while loading so that replicas starting together load it once.
CREATE TABLE data_load (
    id         INTEGER     PRIMARY KEY,
    release    INTEGER,
    checksum   VARCHAR(64),
    loaded_at  TIMESTAMP
);
INSERT INTO data_load (id, release, checksum, loaded_at) VALUES (1, NULL, NULL, NULL);

-- Indexes for the filters and sorts of the list endpoints.
CREATE INDEX idx_project_name ON project (name);
CREATE INDEX idx_project_status ON project (status);
CREATE INDEX idx_project_type ON project (type);
CREATE INDEX idx_project_sector ON project (sector_id);
CREATE INDEX idx_project_country_code ON project_country (country_code, project_id);
CREATE INDEX idx_project_theme_id ON project_theme (theme_id, project_id);
CREATE INDEX idx_project_evidence_source ON project_evidence (source_id);
CREATE INDEX idx_metric_project ON metric (project_id);
CREATE INDEX idx_metric_unit ON metric (unit_id);
CREATE INDEX idx_metric_indicator ON metric (indicator);
CREATE INDEX idx_metric_dates ON metric (date_start, date_end);
CREATE INDEX idx_metric_value ON metric (metric_value);
CREATE INDEX idx_metric_country_code ON metric_country (country_code, metric_id);
CREATE INDEX idx_metric_theme_id ON metric_theme (theme_id, metric_id);
CREATE INDEX idx_metric_evidence_source ON metric_evidence (source_id, metric_id);
CREATE INDEX idx_statement_speaker ON statement (speaker_id);
CREATE INDEX idx_statement_dates ON statement (date_start, date_end);
CREATE INDEX idx_statement_project_id ON statement_project (project_id, statement_id);
CREATE INDEX idx_statement_country_code ON statement_country (country_code, statement_id);
CREATE INDEX idx_statement_theme_id ON statement_theme (theme_id, statement_id);
CREATE INDEX idx_statement_evidence_source ON statement_evidence (source_id, statement_id);
