-- FitnessTrack schema, migration 0002, PostgreSQL 15.
-- app_metadata: facts about the database itself, as key/value text. Infrastructure like
-- schema_migrations, outside the data model's sixteen tables. Keys in use (see sql/README.md):
--   bundled_catalog_version   the newest bundled exercise catalog installed (a whole number)
-- The migration runner wraps this file in one transaction: no BEGIN/COMMIT here.

CREATE TABLE app_metadata (
    key   varchar(64) NOT NULL,
    value text        NOT NULL,
    CONSTRAINT pk_app_metadata PRIMARY KEY (key)
);
