-- A value cleared in the grid keeps what was written beside it (note, source, the estimated
-- flag) until the user removes those too: such a row has neither a number nor a "not
-- applicable" reason. SQLite cannot alter a CHECK, so the table is rebuilt with the
-- narrower rule (never both a number and a reason); every row is copied as it is. Readers
-- other than the data-entry grid skip such rows (values-repo.ts): to them it is no value.
CREATE TABLE metric_value_new (
  id INTEGER PRIMARY KEY,
  metric TEXT NOT NULL REFERENCES metric (code),
  year INTEGER NOT NULL REFERENCES reporting_year (year),
  dims_key TEXT NOT NULL,
  dims TEXT NOT NULL,
  value REAL,
  na_reason TEXT,
  entered_value TEXT,
  entered_unit TEXT,
  source TEXT,
  note TEXT,
  estimated INTEGER NOT NULL DEFAULT 0 CHECK (estimated IN (0, 1)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (metric, year, dims_key),
  -- a number, or "not applicable" with its reason, or neither (cleared, notes kept): never both
  CHECK (value IS NULL OR na_reason IS NULL)
) STRICT;
INSERT INTO metric_value_new (id, metric, year, dims_key, dims, value, na_reason, entered_value, entered_unit, source, note, estimated, updated_at, updated_by)
  SELECT id, metric, year, dims_key, dims, value, na_reason, entered_value, entered_unit, source, note, estimated, updated_at, updated_by FROM metric_value;
DROP TABLE metric_value;
ALTER TABLE metric_value_new RENAME TO metric_value;
CREATE INDEX metric_value_by_year ON metric_value (year, metric);
