-- FitnessTrack schema, migration 0005, SQLite 3.40.
-- updated_at triggers that respect an explicit value. Undo and redo (core/changes/rowstate.h)
-- write rows back exactly as they were, updated_at included; the triggers of 0001 overwrote it
-- with the time of the undo. Now a statement that sets updated_at to a new value keeps it, and
-- any other update (updated_at unchanged, as every ordinary edit writes it) is stamped as before.
-- Same trigger names; no table, column or constraint changes.
-- The migration runner wraps this file in one transaction: no BEGIN/COMMIT here.

DROP TRIGGER trg_users_updated_at;

CREATE TRIGGER trg_users_updated_at AFTER UPDATE ON users FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE users SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_subjects_updated_at;

CREATE TRIGGER trg_subjects_updated_at AFTER UPDATE ON subjects FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE subjects SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_subject_profiles_updated_at;

CREATE TRIGGER trg_subject_profiles_updated_at AFTER UPDATE ON subject_profiles FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE subject_profiles SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_subject_body_metrics_updated_at;

CREATE TRIGGER trg_subject_body_metrics_updated_at AFTER UPDATE ON subject_body_metrics FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE subject_body_metrics SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_exercises_updated_at;

CREATE TRIGGER trg_exercises_updated_at AFTER UPDATE ON exercises FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE exercises SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_exercise_aliases_updated_at;

CREATE TRIGGER trg_exercise_aliases_updated_at AFTER UPDATE ON exercise_aliases FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE exercise_aliases SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_tags_updated_at;

CREATE TRIGGER trg_tags_updated_at AFTER UPDATE ON tags FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE tags SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_routines_updated_at;

CREATE TRIGGER trg_routines_updated_at AFTER UPDATE ON routines FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE routines SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_routine_days_updated_at;

CREATE TRIGGER trg_routine_days_updated_at AFTER UPDATE ON routine_days FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE routine_days SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_routine_day_exercises_updated_at;

CREATE TRIGGER trg_routine_day_exercises_updated_at AFTER UPDATE ON routine_day_exercises FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE routine_day_exercises SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_routine_exercise_sets_updated_at;

CREATE TRIGGER trg_routine_exercise_sets_updated_at AFTER UPDATE ON routine_exercise_sets FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE routine_exercise_sets SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_cycles_updated_at;

CREATE TRIGGER trg_cycles_updated_at AFTER UPDATE ON cycles FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE cycles SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_workout_sessions_updated_at;

CREATE TRIGGER trg_workout_sessions_updated_at AFTER UPDATE ON workout_sessions FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE workout_sessions SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;

DROP TRIGGER trg_exercise_set_logs_updated_at;

CREATE TRIGGER trg_exercise_set_logs_updated_at AFTER UPDATE ON exercise_set_logs FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN UPDATE exercise_set_logs SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = NEW.id; END;
