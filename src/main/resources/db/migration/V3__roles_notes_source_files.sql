-- A project's countries carry a role: host (where it is) or partner (who builds, finances, founds or leads it).
ALTER TABLE project_country ADD COLUMN role VARCHAR(10) DEFAULT 'host' NOT NULL;

-- A curator's note on a statement's date or attribution.
ALTER TABLE statement ADD COLUMN note VARCHAR(2000);

-- Source documents are named by their id, so the file name is no longer written. The column
-- stays, nullable, while replicas of the previous release (which still map it) may run during a
-- rolling update; a later migration drops it.
ALTER TABLE source ALTER COLUMN file_name DROP NOT NULL;
