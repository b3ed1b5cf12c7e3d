-- FitnessTrack schema, migration 0003, SQLite 3.40.
-- What the importers of other apps' exports remember (core/import/importer.h). Infrastructure
-- like schema_migrations and app_metadata: the data model's sixteen tables are not changed.
--   import_exercise_mappings  the exercise a name in another app's export stands for, per format:
--                             the next import maps the name the same way (and so recognises the
--                             sets it already has)
--   import_batches            one row per import that wrote something: its file, its counts, and
--                             when it was undone
--   import_batch_rows         the ids an import created, as ranges per table (exercises,
--                             workout_sessions, exercise_set_logs): what an undo deletes
--   import_batch_sessions     sessions that existed before an import and whose notes it extended,
--                             with the notes before and after: what an undo restores
-- The migration runner wraps this file in one transaction: no BEGIN/COMMIT here.

CREATE TABLE import_exercise_mappings (
    format      varchar(20)  NOT NULL,
    source_key  varchar(200) NOT NULL,
    source_name varchar(200) NOT NULL,
    exercise_id integer      NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT pk_import_exercise_mappings PRIMARY KEY (format, source_key),
    CONSTRAINT fk_import_exercise_mappings_exercise_id FOREIGN KEY (exercise_id)
        REFERENCES exercises (id) ON DELETE CASCADE
);

CREATE INDEX ix_import_exercise_mappings_exercise ON import_exercise_mappings (exercise_id);

CREATE TABLE import_batches (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_id       integer      NOT NULL,
    format           varchar(20)  NOT NULL,
    source_name      text         NOT NULL,
    fingerprint      varchar(64)  NOT NULL,
    time_zone        varchar(64)  NOT NULL,
    workouts         integer      NOT NULL,
    sets_imported    integer      NOT NULL,
    sets_duplicate   integer      NOT NULL,
    rows_skipped     integer      NOT NULL,
    sessions_created integer      NOT NULL,
    exercises_new    integer      NOT NULL,
    imported_at      timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    undone_at        timestamptz,
    CONSTRAINT fk_import_batches_subject_id FOREIGN KEY (subject_id)
        REFERENCES subjects (id) ON DELETE CASCADE
);

CREATE INDEX ix_import_batches_subject ON import_batches (subject_id);

CREATE INDEX ix_import_batches_fingerprint ON import_batches (fingerprint);

CREATE TABLE import_batch_rows (
    batch_id   integer     NOT NULL,
    table_name varchar(40) NOT NULL,
    first_id   integer     NOT NULL,
    last_id    integer     NOT NULL,
    CONSTRAINT pk_import_batch_rows PRIMARY KEY (batch_id, table_name, first_id),
    CONSTRAINT ck_import_batch_rows_table
        CHECK (table_name IN ('exercises','workout_sessions','exercise_set_logs')),
    CONSTRAINT ck_import_batch_rows_range CHECK (first_id <= last_id),
    CONSTRAINT fk_import_batch_rows_batch_id FOREIGN KEY (batch_id)
        REFERENCES import_batches (id) ON DELETE CASCADE
);

CREATE TABLE import_batch_sessions (
    batch_id     integer NOT NULL,
    session_id   integer NOT NULL,
    notes_before text,
    notes_after  text,
    CONSTRAINT pk_import_batch_sessions PRIMARY KEY (batch_id, session_id),
    CONSTRAINT fk_import_batch_sessions_batch_id FOREIGN KEY (batch_id)
        REFERENCES import_batches (id) ON DELETE CASCADE,
    CONSTRAINT fk_import_batch_sessions_session_id FOREIGN KEY (session_id)
        REFERENCES workout_sessions (id) ON DELETE CASCADE
);

CREATE INDEX ix_import_batch_sessions_session ON import_batch_sessions (session_id);
