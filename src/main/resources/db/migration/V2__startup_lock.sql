-- One row that instances lock while they set up shared state at start (org chart, authorizations, filters),
-- so several instances starting together on one database take turns instead of racing.
CREATE TABLE app_lock (
    name VARCHAR(50) PRIMARY KEY
);
INSERT INTO app_lock (name) VALUES ('startup');
