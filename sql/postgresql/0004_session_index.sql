-- FitnessTrack schema, migration 0004, PostgreSQL 15.
-- ix_esl_session: the set logs of a session. sql/README.md ("Observations for later migrations")
-- names it as a candidate once measured; measured with the importer's undo: deleting a session
-- cascades to its set logs (fk_exercise_set_logs_session_id), and without an index on session_id
-- every deleted session scanned the whole table. Undoing an import of 5,000 sessions took 110 s
-- in a database with 137,000 other set logs. Only an index: the columns and constraints of the
-- data model's tables are unchanged.
-- The migration runner wraps this file in one transaction: no BEGIN/COMMIT here.

CREATE INDEX ix_esl_session ON exercise_set_logs (session_id);
