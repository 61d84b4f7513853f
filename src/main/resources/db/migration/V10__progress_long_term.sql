-- The dashboard now tells living long-term items (kept_since) and reopened ones (reopened_at) from the rest:
-- the index that lets it count a round's unit tasks without reading the table covers those columns too.
-- Written in SQL that both H2 2.x and PostgreSQL accept.
DROP INDEX ix_unit_task_progress;
CREATE INDEX ix_unit_task_progress ON unit_task (measure_id, state, unit_id, warn_from, overdue_from, kept_since,
    reopened_at);
