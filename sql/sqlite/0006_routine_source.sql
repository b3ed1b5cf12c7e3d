-- FitnessTrack schema, migration 0006, SQLite 3.40.
-- routines.source_routine_id: the routine a copy was made from (routine copy to athletes, routine
-- duplicate), so that a coach sees which athletes run a copy of a template. Nullable; deleting the
-- source keeps its copies (ON DELETE SET NULL). An addition the seed allows: no seed table, column
-- or constraint is renamed or changed. SQLite adds a column with a column constraint only, so the
-- foreign key is named inside the column definition.
-- The migration runner wraps this file in one transaction: no BEGIN/COMMIT here.

ALTER TABLE routines ADD COLUMN source_routine_id integer CONSTRAINT fk_routines_source_routine_id REFERENCES routines (id) ON DELETE SET NULL;

CREATE INDEX ix_routines_source_routine ON routines (source_routine_id);
