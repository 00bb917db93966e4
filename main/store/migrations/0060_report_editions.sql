-- Report editions, version 60: the outline, blocks, registers and disclosure map belong to one
-- reporting year's edition, so the report a committee approved stays as it was while the next
-- year is drafted. An edition is a draft until published; publishing keeps the exact export
-- bytes (edition_export) so that `export --year Y` of a published edition reproduces them.
-- Existing content moves into the edition of the workspace's report year (company.report_year,
-- else the latest reporting year, else last calendar year).
--
-- Tables whose primary key changes are rebuilt (create _new, copy, drop, rename); the migration
-- runner turns foreign keys off around migrations and runs foreign_key_check before commit.
-- Row ids (sections, blocks, register rows) stay unique across editions: a rolled-forward
-- edition gets new ids, so one id always names one row of one edition. Codes that other
-- content refers to by meaning (qualitative target codes, framework items) are unique per year.

-- One edition per reporting year. A later framework/code version per edition (issue 17) is a
-- new nullable column here.
CREATE TABLE report_edition (
  year INTEGER PRIMARY KEY REFERENCES reporting_year (year),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  -- the year this edition was rolled forward from
  carried_from INTEGER CHECK (carried_from IS NULL OR carried_from <> year),
  created_at TEXT NOT NULL,
  published_at TEXT,
  published_by TEXT,
  -- set when published with --force over check errors
  forced_reason TEXT,
  -- the values the published exports showed (JSON [{metric, year, dimsKey, value}]): a value
  -- changed afterwards is a restatement, footnoted by the next edition
  published_values TEXT CHECK (published_values IS NULL OR json_valid(published_values)),
  CHECK (status = 'draft' OR (published_at IS NOT NULL AND published_by IS NOT NULL))
) STRICT;

-- The exact files exported at publication, one per kind and language.
CREATE TABLE edition_export (
  year INTEGER NOT NULL REFERENCES report_edition (year) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('docx', 'xlsx')),
  lang TEXT NOT NULL CHECK (lang IN ('zh-Hant', 'en')),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (year, kind, lang)
) STRICT;

-- Factors copied from the previous year on request; still to confirm until confirmed_at is set
-- or the value is written again (its updated_at no longer the one recorded here).
CREATE TABLE carried_factor (
  metric TEXT NOT NULL REFERENCES metric (code),
  year INTEGER NOT NULL REFERENCES reporting_year (year),
  dims_key TEXT NOT NULL,
  from_year INTEGER NOT NULL,
  value_updated_at TEXT NOT NULL,
  confirmed_at TEXT,
  confirmed_by TEXT,
  PRIMARY KEY (metric, year, dims_key)
) STRICT;

-- Only a workspace that has report content gets an edition here (a new file gets its first
-- edition when its outline is installed).
CREATE TEMP TABLE has_content AS
  SELECT 1 AS yes WHERE EXISTS (SELECT 1 FROM report_section) OR EXISTS (SELECT 1 FROM materiality_topic)
    OR EXISTS (SELECT 1 FROM stakeholder) OR EXISTS (SELECT 1 FROM climate_item) OR EXISTS (SELECT 1 FROM climate_scenario)
    OR EXISTS (SELECT 1 FROM scenario_row) OR EXISTS (SELECT 1 FROM governance_fact) OR EXISTS (SELECT 1 FROM qualitative_target)
    OR EXISTS (SELECT 1 FROM disclosure_item);
INSERT OR IGNORE INTO reporting_year (year)
  SELECT coalesce((SELECT report_year FROM company WHERE id = 1), (SELECT max(year) FROM reporting_year), CAST(strftime('%Y', 'now') AS INTEGER) - 1)
  FROM has_content;
INSERT INTO report_edition (year, created_at)
  SELECT coalesce((SELECT report_year FROM company WHERE id = 1), (SELECT max(year) FROM reporting_year)), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM has_content;
DROP TABLE has_content;

CREATE TEMP TABLE edition_year AS SELECT year FROM main.report_edition;

CREATE TABLE report_section_new (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL REFERENCES report_edition (year),
  parent_id TEXT REFERENCES report_section (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('front', 'chapter', 'section', 'appendix')),
  label TEXT NOT NULL DEFAULT '',
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  template_key TEXT,
  updated_at TEXT NOT NULL,
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
INSERT INTO report_section_new (id, year, parent_id, position, kind, label, title_zh, title_en, template_key, updated_at)
  SELECT id, (SELECT year FROM edition_year), parent_id, position, kind, label, title_zh, title_en, template_key, updated_at FROM report_section;

CREATE TABLE report_block_new (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL REFERENCES report_edition (year),
  section_id TEXT NOT NULL REFERENCES report_section (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  type TEXT NOT NULL CHECK (type IN ('rich_text', 'bullet_list', 'static_table', 'kpi_table', 'target_table',
    'case_study', 'image', 'chart', 'stakeholder_table', 'materiality', 'climate_register', 'scenario_table',
    'governance_facts', 'disclosure_index')),
  config TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
  content_zh TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content_zh)),
  content_en TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content_en)),
  updated_at TEXT NOT NULL,
  -- the year it was carried from while not yet reviewed; NULL once edited or confirmed
  carried_from INTEGER
) STRICT;
INSERT INTO report_block_new (id, year, section_id, position, type, config, content_zh, content_en, updated_at)
  SELECT id, (SELECT year FROM edition_year), section_id, position, type, config, content_zh, content_en, updated_at FROM report_block;

CREATE TABLE materiality_topic_new (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL REFERENCES report_edition (year),
  position INTEGER NOT NULL CHECK (position >= 0),
  category TEXT NOT NULL CHECK (category IN ('E', 'S', 'G')),
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  stakeholder_score REAL NOT NULL CHECK (stakeholder_score BETWEEN 0 AND 10),
  business_score REAL NOT NULL CHECK (business_score BETWEEN 0 AND 10),
  section_id TEXT REFERENCES report_section (id) ON DELETE SET NULL
) STRICT;
INSERT INTO materiality_topic_new (id, year, position, category, name_zh, name_en, stakeholder_score, business_score, section_id)
  SELECT id, (SELECT year FROM edition_year), position, category, name_zh, name_en, stakeholder_score, business_score, section_id FROM materiality_topic;

CREATE TABLE stakeholder_new (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL REFERENCES report_edition (year),
  position INTEGER NOT NULL CHECK (position >= 0),
  group_zh TEXT NOT NULL,
  group_en TEXT NOT NULL,
  expectations_zh TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(expectations_zh)),
  expectations_en TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(expectations_en)),
  channels_zh TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels_zh)),
  channels_en TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels_en))
) STRICT;
INSERT INTO stakeholder_new (id, year, position, group_zh, group_en, expectations_zh, expectations_en, channels_zh, channels_en)
  SELECT id, (SELECT year FROM edition_year), position, group_zh, group_en, expectations_zh, expectations_en, channels_zh, channels_en FROM stakeholder;

CREATE TABLE climate_item_new (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL REFERENCES report_edition (year),
  position INTEGER NOT NULL CHECK (position >= 0),
  type TEXT NOT NULL CHECK (type IN ('risk', 'opportunity')),
  category TEXT NOT NULL CHECK (category IN ('acute_physical', 'chronic_physical', 'policy_legal', 'technology',
    'market', 'reputation', 'resource_efficiency', 'energy_source', 'products_services', 'resilience')),
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  description_zh TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  impacts_zh TEXT NOT NULL DEFAULT '',
  impacts_en TEXT NOT NULL DEFAULT '',
  financial_effect_zh TEXT NOT NULL DEFAULT '',
  financial_effect_en TEXT NOT NULL DEFAULT '',
  horizons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(horizons)),
  likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 5),
  impact INTEGER CHECK (impact BETWEEN 1 AND 5),
  responses_zh TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(responses_zh)),
  responses_en TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(responses_en))
) STRICT;
INSERT INTO climate_item_new (id, year, position, type, category, title_zh, title_en, description_zh, description_en, impacts_zh, impacts_en,
    financial_effect_zh, financial_effect_en, horizons, likelihood, impact, responses_zh, responses_en)
  SELECT id, (SELECT year FROM edition_year), position, type, category, title_zh, title_en, description_zh, description_en, impacts_zh, impacts_en,
    financial_effect_zh, financial_effect_en, horizons, likelihood, impact, responses_zh, responses_en FROM climate_item;

CREATE TABLE climate_scenario_new (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL REFERENCES report_edition (year),
  position INTEGER NOT NULL CHECK (position >= 0),
  risk_kind TEXT NOT NULL CHECK (risk_kind IN ('physical', 'transition')),
  pathway TEXT NOT NULL CHECK (pathway IN ('low_emission', 'high_emission')),
  name TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  description_zh TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  years TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(years))
) STRICT;
INSERT INTO climate_scenario_new (id, year, position, risk_kind, pathway, name, source, description_zh, description_en, years)
  SELECT id, (SELECT year FROM edition_year), position, risk_kind, pathway, name, source, description_zh, description_en, years FROM climate_scenario;

CREATE TABLE scenario_row_new (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL REFERENCES report_edition (year),
  position INTEGER NOT NULL CHECK (position >= 0),
  climate_item_id TEXT REFERENCES climate_item (id) ON DELETE SET NULL,
  description_zh TEXT NOT NULL,
  description_en TEXT NOT NULL,
  assumptions_zh TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(assumptions_zh)),
  assumptions_en TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(assumptions_en)),
  ratings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(ratings))
) STRICT;
INSERT INTO scenario_row_new (id, year, position, climate_item_id, description_zh, description_en, assumptions_zh, assumptions_en, ratings)
  SELECT id, (SELECT year FROM edition_year), position, climate_item_id, description_zh, description_en, assumptions_zh, assumptions_en, ratings FROM scenario_row;

CREATE TABLE governance_fact_new (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL REFERENCES report_edition (year),
  position INTEGER NOT NULL CHECK (position >= 0),
  label_zh TEXT NOT NULL,
  label_en TEXT NOT NULL,
  value_zh TEXT NOT NULL DEFAULT '',
  value_en TEXT NOT NULL DEFAULT '',
  metric TEXT REFERENCES metric (code),
  dims TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(dims)),
  CHECK (metric IS NOT NULL OR value_zh <> '' OR value_en <> '')
) STRICT;
INSERT INTO governance_fact_new (id, year, position, label_zh, label_en, value_zh, value_en, metric, dims)
  SELECT id, (SELECT year FROM edition_year), position, label_zh, label_en, value_zh, value_en, metric, dims FROM governance_fact;

CREATE TABLE qualitative_target_new (
  year INTEGER NOT NULL REFERENCES report_edition (year),
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
  position INTEGER NOT NULL CHECK (position >= 0),
  category TEXT NOT NULL CHECK (category IN ('energy', 'water', 'waste', 'ghg', 'renewables', 'social', 'governance', 'other')),
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  status_zh TEXT NOT NULL DEFAULT '',
  status_en TEXT NOT NULL DEFAULT '',
  target_year INTEGER CHECK (target_year BETWEEN 1990 AND 2100),
  section_id TEXT REFERENCES report_section (id) ON DELETE SET NULL,
  PRIMARY KEY (year, code)
) STRICT;
INSERT INTO qualitative_target_new (year, code, position, category, title_zh, title_en, status_zh, status_en, target_year, section_id)
  SELECT (SELECT year FROM edition_year), code, position, category, title_zh, title_en, status_zh, status_en, target_year, section_id FROM qualitative_target;

CREATE TABLE disclosure_item_new (
  year INTEGER NOT NULL REFERENCES report_edition (year),
  framework TEXT NOT NULL CHECK (framework IN ('hkex', 'sasb', 'partd')),
  item_code TEXT NOT NULL CHECK (length(item_code) BETWEEN 1 AND 32),
  status TEXT NOT NULL CHECK (status IN ('disclosed', 'not_applicable')),
  reason_zh TEXT NOT NULL DEFAULT '',
  reason_en TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (year, framework, item_code),
  CHECK (status <> 'not_applicable' OR (reason_zh <> '' AND reason_en <> ''))
) STRICT;
INSERT INTO disclosure_item_new (year, framework, item_code, status, reason_zh, reason_en, updated_at)
  SELECT (SELECT year FROM edition_year), framework, item_code, status, reason_zh, reason_en, updated_at FROM disclosure_item;

CREATE TABLE disclosure_section_new (
  year INTEGER NOT NULL,
  framework TEXT NOT NULL,
  item_code TEXT NOT NULL,
  section_id TEXT NOT NULL REFERENCES report_section (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (year, framework, item_code, section_id),
  FOREIGN KEY (year, framework, item_code) REFERENCES disclosure_item (year, framework, item_code) ON DELETE CASCADE
) STRICT;
INSERT INTO disclosure_section_new (year, framework, item_code, section_id, position)
  SELECT (SELECT year FROM edition_year), framework, item_code, section_id, position FROM disclosure_section;

CREATE TABLE disclosure_metric_new (
  year INTEGER NOT NULL,
  framework TEXT NOT NULL,
  item_code TEXT NOT NULL,
  metric TEXT NOT NULL REFERENCES metric (code),
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (year, framework, item_code, metric),
  FOREIGN KEY (year, framework, item_code) REFERENCES disclosure_item (year, framework, item_code) ON DELETE CASCADE
) STRICT;
INSERT INTO disclosure_metric_new (year, framework, item_code, metric, position)
  SELECT (SELECT year FROM edition_year), framework, item_code, metric, position FROM disclosure_metric;

DROP TABLE edition_year;

DROP TABLE disclosure_metric;
DROP TABLE disclosure_section;
DROP TABLE disclosure_item;
DROP TABLE qualitative_target;
DROP TABLE governance_fact;
DROP TABLE scenario_row;
DROP TABLE climate_scenario;
DROP TABLE climate_item;
DROP TABLE stakeholder;
DROP TABLE materiality_topic;
DROP TABLE report_block;
DROP TABLE report_section;

ALTER TABLE report_section_new RENAME TO report_section;
ALTER TABLE report_block_new RENAME TO report_block;
ALTER TABLE materiality_topic_new RENAME TO materiality_topic;
ALTER TABLE stakeholder_new RENAME TO stakeholder;
ALTER TABLE climate_item_new RENAME TO climate_item;
ALTER TABLE climate_scenario_new RENAME TO climate_scenario;
ALTER TABLE scenario_row_new RENAME TO scenario_row;
ALTER TABLE governance_fact_new RENAME TO governance_fact;
ALTER TABLE qualitative_target_new RENAME TO qualitative_target;
ALTER TABLE disclosure_item_new RENAME TO disclosure_item;
ALTER TABLE disclosure_section_new RENAME TO disclosure_section;
ALTER TABLE disclosure_metric_new RENAME TO disclosure_metric;

CREATE INDEX report_section_by_parent ON report_section (year, parent_id, position);
CREATE INDEX report_block_by_section ON report_block (section_id, position);
CREATE INDEX report_block_by_year ON report_block (year, section_id, position);
CREATE INDEX materiality_topic_by_position ON materiality_topic (year, position);
CREATE INDEX stakeholder_by_position ON stakeholder (year, position);
CREATE INDEX climate_item_by_type ON climate_item (year, type, position);
CREATE INDEX climate_scenario_by_position ON climate_scenario (year, position);
CREATE INDEX scenario_row_by_position ON scenario_row (year, position);
CREATE INDEX governance_fact_by_position ON governance_fact (year, position);
CREATE INDEX qualitative_target_by_position ON qualitative_target (year, position);
CREATE INDEX disclosure_section_by_section ON disclosure_section (section_id);
CREATE INDEX disclosure_metric_by_metric ON disclosure_metric (metric);
