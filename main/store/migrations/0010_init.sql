-- Workspace schema, version 10: company, years, sites, the catalogue copy, values with
-- provenance (factors are values of factor.* metrics with their source), targets, audit log.

CREATE TABLE company (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name_zh TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  short_name_zh TEXT NOT NULL DEFAULT '',
  short_name_en TEXT NOT NULL DEFAULT '',
  stock_code TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL DEFAULT 'CNY',
  fiscal_year_end TEXT NOT NULL DEFAULT '12-31',
  languages TEXT NOT NULL DEFAULT '["zh-Hant","en"]',
  report_year INTEGER,
  baseline_year INTEGER,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE reporting_year (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 1990 AND 2100),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'locked'))
) STRICT;

CREATE TABLE site (
  code TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'office'
) STRICT;

-- The catalogue copied into the workspace, so it stays self-contained when the app's changes.
CREATE TABLE metric (
  code TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  unit TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('entered', 'derived', 'factor')),
  area TEXT NOT NULL,
  owner TEXT NOT NULL,
  dimensions TEXT NOT NULL DEFAULT '[]',
  breakdown TEXT,
  formula TEXT,
  hkex TEXT NOT NULL DEFAULT '[]',
  sasb TEXT NOT NULL DEFAULT '[]',
  partd TEXT NOT NULL DEFAULT '[]',
  decimals INTEGER NOT NULL DEFAULT 2,
  note_en TEXT,
  note_zh TEXT,
  custom INTEGER NOT NULL DEFAULT 0 CHECK (custom IN (0, 1)),
  sort INTEGER NOT NULL DEFAULT 0,
  CHECK ((kind = 'derived') = (formula IS NOT NULL))
) STRICT;

-- Other catalogue documents (dimensions, departments, framework items) as JSON.
CREATE TABLE catalogue_doc (
  name TEXT PRIMARY KEY,
  json TEXT NOT NULL
) STRICT;

CREATE TABLE metric_value (
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
  -- a value is a number, or "not applicable" with its reason: never both, never neither
  CHECK ((value IS NULL) = (na_reason IS NOT NULL))
) STRICT;
CREATE INDEX metric_value_by_year ON metric_value (year, metric);

CREATE TABLE target (
  code TEXT PRIMARY KEY,
  metric TEXT NOT NULL REFERENCES metric (code),
  baseline_year INTEGER NOT NULL,
  target_year INTEGER NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('reduction_pct', 'absolute', 'share_pct')),
  target_value REAL NOT NULL,
  title_zh TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  CHECK (target_year > baseline_year)
) STRICT;
CREATE INDEX target_by_metric ON target (metric);

-- Every change: who, when, what it was, what it became (JSON snapshots of the row).
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  entity TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  metric TEXT,
  year INTEGER,
  old_json TEXT,
  new_json TEXT,
  context TEXT
) STRICT;
CREATE INDEX audit_by_entity ON audit_log (entity, entity_key);
CREATE INDEX audit_by_metric ON audit_log (metric, year);
