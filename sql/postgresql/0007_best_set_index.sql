-- FitnessTrack schema, migration 0007, PostgreSQL 15.
-- ix_esl_subject_best: an athlete's sets in the order of exercise, reps, RPE, RIR and load, with
-- the warm-up flag and the time, so that "the heaviest load per exercise and reps before a day"
-- (core/stats seedRecordStates: the records of the last 30 days are judged against the whole
-- history) reads this index alone, in its order, instead of every set row by
-- ix_esl_subject_time and a sort. Measured with the coach overview of 50 athletes with 5 years
-- each (tests/bench coach_overview). Only an index: the data model's tables are unchanged.
-- The migration runner wraps this file in one transaction: no BEGIN/COMMIT here.

CREATE INDEX ix_esl_subject_best ON exercise_set_logs
    (subject_id, exercise_id, actual_reps, actual_rpe, actual_rir, actual_weight_kg, is_warmup,
     performed_at);
