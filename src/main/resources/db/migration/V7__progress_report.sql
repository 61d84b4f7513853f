-- The leaders' dashboard and the published progress report (整改进展情况通报).

-- Measures the plan keeps out of the public report (e.g. discipline cases); the internal report shows them.
ALTER TABLE measure ADD COLUMN public_report BOOLEAN DEFAULT TRUE NOT NULL;

-- The dashboard counts a round's unit tasks by state, unit and light: from this index alone (no table reads).
CREATE INDEX ix_measure_round ON measure (round_id);
CREATE INDEX ix_unit_task_progress ON unit_task (measure_id, state, unit_id, warn_from, overdue_from);
