-- FitnessTrack schema, migration 0005, PostgreSQL 15.
-- updated_at triggers that respect an explicit value. Undo and redo (core/changes/rowstate.h)
-- write rows back exactly as they were, updated_at included; the triggers of 0001 overwrote it
-- with the time of the undo. Now a statement that sets updated_at to a new value keeps it, and
-- any other update (updated_at unchanged, as every ordinary edit writes it) is stamped as before.
-- Same trigger names; no table, column or constraint changes.
-- The migration runner wraps this file in one transaction: no BEGIN/COMMIT here.

CREATE OR REPLACE FUNCTION ft_set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN NEW.updated_at := now(); END IF; RETURN NEW; END $$;
