-- FitnessTrack schema, migration 0001, SQLite 3.40.
-- Same tables, columns and constraint names as sql/postgresql/0001_initial.sql. SQLite specifics
-- (see sql/README.md, "How seed types map to SQLite"):
--   enum        -> TEXT + CONSTRAINT ck_<table>_<column>_enum CHECK (... IN (...))
--   boolean     -> 0/1 + CONSTRAINT ck_<table>_<column>_bool CHECK (... IN (0,1))
--   timestamptz -> ISO-8601 UTC text with milliseconds, e.g. 2024-05-01T17:03:12.345Z
--   uuid        -> 36-character text (subjects.pseudonym, ck_subjects_pseudonym_uuid)
--   unique constraints -> named unique indexes, so that their names survive in the catalog
-- Foreign keys are only enforced when the connection runs PRAGMA foreign_keys = ON.
-- The migration runner wraps this file in one transaction and records it in schema_migrations:
-- no BEGIN/COMMIT here. Statements end with a semicolon at the end of a line; each trigger is
-- written on one line.

-- users: authentication identities (direct PII only).

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         varchar(254) NOT NULL,
    password_hash varchar(128) NOT NULL,
    username      varchar(50)  NOT NULL,
    full_name     varchar(100),
    created_at    timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

CREATE UNIQUE INDEX uq_users_email ON users (email);

CREATE UNIQUE INDEX uq_users_username ON users (username);

CREATE INDEX ix_users_email ON users (email);

CREATE INDEX ix_users_username ON users (username);

CREATE TRIGGER trg_users_updated_at AFTER UPDATE ON users FOR EACH ROW BEGIN UPDATE users SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- subjects: pseudonymous subjects. pseudonym has no database default: the client generates a
-- UUIDv4 in its 36-character text form.

CREATE TABLE subjects (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    integer,
    pseudonym  uuid        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT ck_subjects_pseudonym_uuid CHECK (length(pseudonym) = 36),
    CONSTRAINT fk_subjects_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE SET NULL
);

CREATE UNIQUE INDEX uq_subjects_user ON subjects (user_id);

CREATE UNIQUE INDEX uq_subjects_pseudonym ON subjects (pseudonym);

CREATE INDEX ix_subjects_user ON subjects (user_id);

CREATE INDEX ix_subjects_pseudonym ON subjects (pseudonym);

CREATE TRIGGER trg_subjects_updated_at AFTER UPDATE ON subjects FOR EACH ROW BEGIN UPDATE subjects SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- subject_profiles: optional 1:1 indirect PII. birth_year and height_cm ranges are enforced in
-- application code, not here.

CREATE TABLE subject_profiles (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_id    integer     NOT NULL,
    sex           TEXT,
    birth_year    integer,
    height_cm     integer,
    dominant_hand varchar(10),
    created_at    timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at    timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT ck_subject_profiles_sex_enum
        CHECK (sex IN ('MALE','FEMALE','OTHER','PREFER_NOT_TO_SAY')),
    CONSTRAINT fk_subject_profiles_subject_id FOREIGN KEY (subject_id)
        REFERENCES subjects (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX uq_subject_profiles_subject ON subject_profiles (subject_id);

CREATE INDEX ix_subject_profiles_subject_id ON subject_profiles (subject_id);

CREATE TRIGGER trg_subject_profiles_updated_at AFTER UPDATE ON subject_profiles FOR EACH ROW BEGIN UPDATE subject_profiles SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- subject_body_metrics: one measurement series row per subject and day.

CREATE TABLE subject_body_metrics (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_id  integer      NOT NULL,
    measured_on date         NOT NULL,
    weight_kg   numeric(5,2),
    bodyfat_pct numeric(4,1),
    resting_hr  integer,
    notes       text,
    created_at  timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT fk_subject_body_metrics_subject_id FOREIGN KEY (subject_id)
        REFERENCES subjects (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX uq_sbm_subject_day ON subject_body_metrics (subject_id, measured_on);

CREATE INDEX ix_sbm_subject_id ON subject_body_metrics (subject_id);

CREATE INDEX ix_sbm_measured_on ON subject_body_metrics (measured_on);

CREATE TRIGGER trg_subject_body_metrics_updated_at AFTER UPDATE ON subject_body_metrics FOR EACH ROW BEGIN UPDATE subject_body_metrics SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- exercises: the catalog. ck_exercises_slug_not_empty comes from the ORM.

CREATE TABLE exercises (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            varchar(120) NOT NULL,
    slug            varchar(140) NOT NULL,
    primary_muscle  TEXT         NOT NULL,
    movement        TEXT         NOT NULL,
    mechanics       TEXT         NOT NULL,
    force           TEXT         NOT NULL,
    unilateral      boolean      NOT NULL DEFAULT 0,
    equipment       TEXT         NOT NULL,
    grip            varchar(50),
    range_of_motion text,
    difficulty      TEXT         NOT NULL DEFAULT 'BEGINNER',
    cues            text,
    instructions    text,
    video_url       varchar(255),
    is_active       boolean      NOT NULL DEFAULT 1,
    created_at      timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at      timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT ck_exercises_slug_not_empty CHECK (length(slug) > 0),
    CONSTRAINT ck_exercises_primary_muscle_enum
        CHECK (primary_muscle IN ('CHEST','BACK','SHOULDERS','QUADS','HAMSTRINGS','GLUTES',
                                  'CALVES','BICEPS','TRICEPS','FOREARMS','ABS','OBLIQUES',
                                  'FULL_BODY','OTHER')),
    CONSTRAINT ck_exercises_movement_enum
        CHECK (movement IN ('HINGE','SQUAT','LUNGE','HORIZONTAL_PUSH','HORIZONTAL_PULL',
                            'VERTICAL_PUSH','VERTICAL_PULL','CARRY','ROTATION','ANTI_ROTATION',
                            'HIP_ABDUCTION','HIP_ADDUCTION','CALF_RAISE','CORE_BRACE','OTHER')),
    CONSTRAINT ck_exercises_mechanics_enum CHECK (mechanics IN ('COMPOUND','ISOLATION')),
    CONSTRAINT ck_exercises_force_enum CHECK (force IN ('PUSH','PULL','STATIC')),
    CONSTRAINT ck_exercises_unilateral_bool CHECK (unilateral IN (0,1)),
    CONSTRAINT ck_exercises_equipment_enum
        CHECK (equipment IN ('BARBELL','DUMBBELL','MACHINE','CABLE','BODYWEIGHT','KETTLEBELL',
                             'BAND','SMITH','TRAP_BAR','EZ_BAR','PLATE','OTHER')),
    CONSTRAINT ck_exercises_difficulty_enum
        CHECK (difficulty IN ('BEGINNER','INTERMEDIATE','ADVANCED')),
    CONSTRAINT ck_exercises_is_active_bool CHECK (is_active IN (0,1))
);

CREATE UNIQUE INDEX uq_exercises_slug ON exercises (slug);

CREATE INDEX ix_exercises_name ON exercises (name);

CREATE TRIGGER trg_exercises_updated_at AFTER UPDATE ON exercises FOR EACH ROW BEGIN UPDATE exercises SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- exercise_aliases: alternative names, case-sensitive uniqueness per exercise.

CREATE TABLE exercise_aliases (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    exercise_id integer      NOT NULL,
    alias       varchar(120) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT fk_exercise_aliases_exercise_id FOREIGN KEY (exercise_id)
        REFERENCES exercises (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX uq_exercise_alias ON exercise_aliases (exercise_id, alias);

CREATE TRIGGER trg_exercise_aliases_updated_at AFTER UPDATE ON exercise_aliases FOR EACH ROW BEGIN UPDATE exercise_aliases SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- tags: curated tag vocabulary.

CREATE TABLE tags (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       varchar(50) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

CREATE UNIQUE INDEX uq_tags_name ON tags (name);

CREATE TRIGGER trg_tags_updated_at AFTER UPDATE ON tags FOR EACH ROW BEGIN UPDATE tags SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- exercise_tags: N:M join. Composite primary key from the ORM, unique index from the SQL
-- schema. No timestamps (the SQL schema has none).

CREATE TABLE exercise_tags (
    exercise_id integer NOT NULL,
    tag_id      integer NOT NULL,
    CONSTRAINT pk_exercise_tags PRIMARY KEY (exercise_id, tag_id),
    CONSTRAINT fk_exercise_tags_exercise_id FOREIGN KEY (exercise_id)
        REFERENCES exercises (id) ON DELETE CASCADE,
    CONSTRAINT fk_exercise_tags_tag_id FOREIGN KEY (tag_id)
        REFERENCES tags (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX uq_exercise_tag ON exercise_tags (exercise_id, tag_id);

-- exercise_secondary_muscles: muscle is a muscle_group enum (SQL schema), composite primary
-- key from the ORM. No timestamps.

CREATE TABLE exercise_secondary_muscles (
    exercise_id integer NOT NULL,
    muscle      TEXT    NOT NULL,
    CONSTRAINT pk_exercise_secondary_muscles PRIMARY KEY (exercise_id, muscle),
    CONSTRAINT ck_exercise_secondary_muscles_muscle_enum
        CHECK (muscle IN ('CHEST','BACK','SHOULDERS','QUADS','HAMSTRINGS','GLUTES','CALVES',
                          'BICEPS','TRICEPS','FOREARMS','ABS','OBLIQUES','FULL_BODY','OTHER')),
    CONSTRAINT fk_exercise_secondary_muscles_exercise_id FOREIGN KEY (exercise_id)
        REFERENCES exercises (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX uq_exercise_muscle ON exercise_secondary_muscles (exercise_id, muscle);

CREATE INDEX ix_exercise_muscle ON exercise_secondary_muscles (exercise_id, muscle);

-- routines: subject-owned mesocycle templates.

CREATE TABLE routines (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_id  integer      NOT NULL,
    name        varchar(120) NOT NULL,
    description text,
    starts_on   date,
    is_active   boolean      NOT NULL DEFAULT 1,
    created_at  timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at  timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT ck_routines_is_active_bool CHECK (is_active IN (0,1)),
    CONSTRAINT fk_routines_subject_id FOREIGN KEY (subject_id)
        REFERENCES subjects (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX uq_routines_subject_name ON routines (subject_id, name);

CREATE INDEX ix_routines_subject_active ON routines (subject_id, is_active);

CREATE TRIGGER trg_routines_updated_at AFTER UPDATE ON routines FOR EACH ROW BEGIN UPDATE routines SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- routine_days: the days of a routine, 1-based day_index.

CREATE TABLE routine_days (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    routine_id integer      NOT NULL,
    day_index  integer      NOT NULL,
    is_rest    boolean      NOT NULL DEFAULT 0,
    title      varchar(100),
    notes      text,
    created_at timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT ck_routine_days_is_rest_bool CHECK (is_rest IN (0,1)),
    CONSTRAINT fk_routine_days_routine_id FOREIGN KEY (routine_id)
        REFERENCES routines (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX uq_routine_days_routine_day_index ON routine_days (routine_id, day_index);

CREATE TRIGGER trg_routine_days_updated_at AFTER UPDATE ON routine_days FOR EACH ROW BEGIN UPDATE routine_days SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- routine_day_exercises: ordered exercise slots of a day, 1-based position.

CREATE TABLE routine_day_exercises (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    routine_day_id integer     NOT NULL,
    exercise_id    integer     NOT NULL,
    position       integer     NOT NULL,
    notes          text,
    created_at     timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at     timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT fk_routine_day_exercises_routine_day_id FOREIGN KEY (routine_day_id)
        REFERENCES routine_days (id) ON DELETE CASCADE,
    CONSTRAINT fk_routine_day_exercises_exercise_id FOREIGN KEY (exercise_id)
        REFERENCES exercises (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX uq_rde_day_pos ON routine_day_exercises (routine_day_id, position);

CREATE INDEX ix_rde_day_exercise ON routine_day_exercises (routine_day_id, exercise_id);

CREATE TRIGGER trg_routine_day_exercises_updated_at AFTER UPDATE ON routine_day_exercises FOR EACH ROW BEGIN UPDATE routine_day_exercises SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- routine_exercise_sets: planned set prescriptions, 1-based set_index.

CREATE TABLE routine_exercise_sets (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    routine_day_exercise_id integer      NOT NULL,
    set_index               integer      NOT NULL,
    is_warmup               boolean      NOT NULL DEFAULT 0,
    to_failure              boolean      NOT NULL DEFAULT 0,
    target_weight_kg        numeric(6,2),
    target_reps             integer,
    target_rir              integer,
    target_rpe              numeric(3,1),
    target_tempo            varchar(15),
    target_rest_s           integer,
    notes                   text,
    created_at              timestamptz  NOT NULL
                                DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at              timestamptz  NOT NULL
                                DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT ck_routine_exercise_sets_is_warmup_bool CHECK (is_warmup IN (0,1)),
    CONSTRAINT ck_routine_exercise_sets_to_failure_bool CHECK (to_failure IN (0,1)),
    CONSTRAINT fk_routine_exercise_sets_routine_day_exercise_id
        FOREIGN KEY (routine_day_exercise_id)
        REFERENCES routine_day_exercises (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX uq_res_rde_set_idx
    ON routine_exercise_sets (routine_day_exercise_id, set_index);

CREATE TRIGGER trg_routine_exercise_sets_updated_at AFTER UPDATE ON routine_exercise_sets FOR EACH ROW BEGIN UPDATE routine_exercise_sets SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- cycles: execution passes through a routine. ck_cycles_number_positive comes from the ORM.

CREATE TABLE cycles (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_id   integer     NOT NULL,
    routine_id   integer     NOT NULL,
    cycle_number integer     NOT NULL,
    started_on   date,
    ended_on     date,
    notes        text,
    created_at   timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at   timestamptz NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT ck_cycles_number_positive CHECK (cycle_number > 0),
    CONSTRAINT fk_cycles_subject_id FOREIGN KEY (subject_id)
        REFERENCES subjects (id) ON DELETE CASCADE,
    CONSTRAINT fk_cycles_routine_id FOREIGN KEY (routine_id)
        REFERENCES routines (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX uq_cycles_routine_number ON cycles (routine_id, cycle_number);

CREATE INDEX ix_cycles_subject_started_on ON cycles (subject_id, started_on);

CREATE INDEX ix_cycles_routine ON cycles (routine_id);

CREATE TRIGGER trg_cycles_updated_at AFTER UPDATE ON cycles FOR EACH ROW BEGIN UPDATE cycles SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- workout_sessions: one session per subject and calendar day.

CREATE TABLE workout_sessions (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_id        integer      NOT NULL,
    workout_date      date         NOT NULL,
    status            TEXT         NOT NULL DEFAULT 'PENDING',
    routine_day_id    integer,
    cycle_id          integer,
    location          varchar(120),
    perceived_fatigue integer,
    bodyweight_kg     numeric(5,2),
    notes             text,
    created_at        timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at        timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT ck_workout_sessions_status_enum CHECK (status IN ('PENDING','COMPLETED')),
    CONSTRAINT fk_workout_sessions_subject_id FOREIGN KEY (subject_id)
        REFERENCES subjects (id) ON DELETE CASCADE,
    CONSTRAINT fk_workout_sessions_routine_day_id FOREIGN KEY (routine_day_id)
        REFERENCES routine_days (id) ON DELETE SET NULL,
    CONSTRAINT fk_workout_sessions_cycle_id FOREIGN KEY (cycle_id)
        REFERENCES cycles (id) ON DELETE SET NULL
);

CREATE UNIQUE INDEX uq_ws_subject_date ON workout_sessions (subject_id, workout_date);

CREATE INDEX ix_ws_routine_day ON workout_sessions (routine_day_id);

CREATE INDEX ix_ws_cycle ON workout_sessions (cycle_id);

CREATE TRIGGER trg_workout_sessions_updated_at AFTER UPDATE ON workout_sessions FOR EACH ROW BEGIN UPDATE workout_sessions SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

-- exercise_set_logs: performed sets. exercise_id has no ON DELETE clause (NO ACTION, SQL schema):
-- an exercise with logged history cannot be deleted, it is deactivated (exercises.is_active).
-- session_id cascades (SQL schema): deleting a session deletes its sets.

CREATE TABLE exercise_set_logs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    subject_id       integer      NOT NULL,
    exercise_id      integer      NOT NULL,
    session_id       integer,
    planned_set_id   integer,
    performed_at     timestamptz  NOT NULL,
    set_index        integer      NOT NULL,
    is_warmup        boolean      NOT NULL DEFAULT 0,
    to_failure       boolean      NOT NULL DEFAULT 0,
    actual_weight_kg numeric(6,2),
    actual_reps      integer,
    actual_rir       integer,
    actual_rpe       numeric(3,1),
    actual_tempo     varchar(15),
    actual_rest_s    integer,
    notes            text,
    created_at       timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at       timestamptz  NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CONSTRAINT ck_exercise_set_logs_is_warmup_bool CHECK (is_warmup IN (0,1)),
    CONSTRAINT ck_exercise_set_logs_to_failure_bool CHECK (to_failure IN (0,1)),
    CONSTRAINT fk_exercise_set_logs_subject_id FOREIGN KEY (subject_id)
        REFERENCES subjects (id) ON DELETE CASCADE,
    CONSTRAINT fk_exercise_set_logs_exercise_id FOREIGN KEY (exercise_id)
        REFERENCES exercises (id),
    CONSTRAINT fk_exercise_set_logs_session_id FOREIGN KEY (session_id)
        REFERENCES workout_sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_exercise_set_logs_planned_set_id FOREIGN KEY (planned_set_id)
        REFERENCES routine_exercise_sets (id) ON DELETE SET NULL
);

CREATE UNIQUE INDEX uq_esl_session_set
    ON exercise_set_logs (subject_id, exercise_id, performed_at, set_index);

CREATE INDEX ix_esl_subject_time ON exercise_set_logs (subject_id, performed_at);

CREATE INDEX ix_esl_exercise_time ON exercise_set_logs (exercise_id, performed_at);

CREATE INDEX ix_esl_by_session
    ON exercise_set_logs (subject_id, exercise_id, session_id, set_index);

CREATE INDEX ix_esl_planned ON exercise_set_logs (planned_set_id);

CREATE TRIGGER trg_exercise_set_logs_updated_at AFTER UPDATE ON exercise_set_logs FOR EACH ROW BEGIN UPDATE exercise_set_logs SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;
