-- Report content, version 30: the outline (sections and their ordered blocks), materiality
-- topics, stakeholders, the climate register and scenario analysis, governance facts,
-- qualitative targets, the disclosure map the index appendices are generated from, images,
-- and the export log (what was exported, with a snapshot of the values, so that restatements
-- after an export can be listed). Text that a reader sees is stored per language (zh/en).

-- Sections form an ordered tree: chapters at the top, sub-sections under them. Ids are stable
-- (the template's keys, or generated ones) because blocks, the disclosure map and the UI
-- refer to them.
CREATE TABLE report_section (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
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
CREATE INDEX report_section_by_parent ON report_section (parent_id, position);

-- Blocks: `config` is language-neutral (which metrics, which targets, which image),
-- `content_zh`/`content_en` hold what is written in each language (rich text as
-- ProseMirror/TipTap JSON, captions, table cells). Validated by shared/report/blocks.ts.
CREATE TABLE report_block (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  section_id TEXT NOT NULL REFERENCES report_section (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  type TEXT NOT NULL CHECK (type IN ('rich_text', 'bullet_list', 'static_table', 'kpi_table', 'target_table',
    'case_study', 'image', 'chart', 'stakeholder_table', 'materiality', 'climate_register', 'scenario_table',
    'governance_facts', 'disclosure_index')),
  config TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
  content_zh TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content_zh)),
  content_en TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content_en)),
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX report_block_by_section ON report_block (section_id, position);

CREATE TABLE materiality_topic (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL CHECK (position >= 0),
  category TEXT NOT NULL CHECK (category IN ('E', 'S', 'G')),
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  -- the two axes of the matrix, on a 0–10 scale
  stakeholder_score REAL NOT NULL CHECK (stakeholder_score BETWEEN 0 AND 10),
  business_score REAL NOT NULL CHECK (business_score BETWEEN 0 AND 10),
  section_id TEXT REFERENCES report_section (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX materiality_topic_by_position ON materiality_topic (position);

-- expectations/channels: JSON arrays of strings, one list item each.
CREATE TABLE stakeholder (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL CHECK (position >= 0),
  group_zh TEXT NOT NULL,
  group_en TEXT NOT NULL,
  expectations_zh TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(expectations_zh)),
  expectations_en TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(expectations_en)),
  channels_zh TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels_zh)),
  channels_en TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels_en))
) STRICT;
CREATE INDEX stakeholder_by_position ON stakeholder (position);

-- Climate-related risks and opportunities (IFRS S2 / HKEX Part D). horizons: JSON array of
-- 'short' | 'medium' | 'long'; likelihood and impact on a 1–5 scale when assessed.
CREATE TABLE climate_item (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
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
CREATE INDEX climate_item_by_type ON climate_item (type, position);

-- Scenario analysis: the scenarios chosen, and per assessed risk the rating per scenario and year.
CREATE TABLE climate_scenario (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL CHECK (position >= 0),
  risk_kind TEXT NOT NULL CHECK (risk_kind IN ('physical', 'transition')),
  pathway TEXT NOT NULL CHECK (pathway IN ('low_emission', 'high_emission')),
  name TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  description_zh TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  years TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(years))
) STRICT;
CREATE INDEX climate_scenario_by_position ON climate_scenario (position);

-- ratings: JSON array of { pathway, year, level: low|medium|high }.
CREATE TABLE scenario_row (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL CHECK (position >= 0),
  climate_item_id TEXT REFERENCES climate_item (id) ON DELETE SET NULL,
  description_zh TEXT NOT NULL,
  description_en TEXT NOT NULL,
  assumptions_zh TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(assumptions_zh)),
  assumptions_en TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(assumptions_en)),
  ratings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(ratings))
) STRICT;
CREATE INDEX scenario_row_by_position ON scenario_row (position);

-- Governance facts (board composition and the like): a text, or a metric value shown live.
CREATE TABLE governance_fact (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  position INTEGER NOT NULL CHECK (position >= 0),
  label_zh TEXT NOT NULL,
  label_en TEXT NOT NULL,
  value_zh TEXT NOT NULL DEFAULT '',
  value_en TEXT NOT NULL DEFAULT '',
  metric TEXT REFERENCES metric (code),
  dims TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(dims)),
  CHECK (metric IS NOT NULL OR value_zh <> '' OR value_en <> '')
) STRICT;
CREATE INDEX governance_fact_by_position ON governance_fact (position);

-- Targets without a number to track (HKEX A1.5/A1.6/A2.3/A2.4 allow them): a status text.
CREATE TABLE qualitative_target (
  code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 64),
  position INTEGER NOT NULL CHECK (position >= 0),
  category TEXT NOT NULL CHECK (category IN ('energy', 'water', 'waste', 'ghg', 'renewables', 'social', 'governance', 'other')),
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  status_zh TEXT NOT NULL DEFAULT '',
  status_en TEXT NOT NULL DEFAULT '',
  target_year INTEGER CHECK (target_year BETWEEN 1990 AND 2100),
  section_id TEXT REFERENCES report_section (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX qualitative_target_by_position ON qualitative_target (position);

-- The disclosure map: per framework item, disclosed (in sections and/or metrics) or not
-- applicable with the reason in both languages (HKEX is comply-or-explain).
CREATE TABLE disclosure_item (
  framework TEXT NOT NULL CHECK (framework IN ('hkex', 'sasb', 'partd')),
  item_code TEXT NOT NULL CHECK (length(item_code) BETWEEN 1 AND 32),
  status TEXT NOT NULL CHECK (status IN ('disclosed', 'not_applicable')),
  reason_zh TEXT NOT NULL DEFAULT '',
  reason_en TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (framework, item_code),
  CHECK (status <> 'not_applicable' OR (reason_zh <> '' AND reason_en <> ''))
) STRICT;

CREATE TABLE disclosure_section (
  framework TEXT NOT NULL,
  item_code TEXT NOT NULL,
  section_id TEXT NOT NULL REFERENCES report_section (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (framework, item_code, section_id),
  FOREIGN KEY (framework, item_code) REFERENCES disclosure_item (framework, item_code) ON DELETE CASCADE
) STRICT;
CREATE INDEX disclosure_section_by_section ON disclosure_section (section_id);

CREATE TABLE disclosure_metric (
  framework TEXT NOT NULL,
  item_code TEXT NOT NULL,
  metric TEXT NOT NULL REFERENCES metric (code),
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (framework, item_code, metric),
  FOREIGN KEY (framework, item_code) REFERENCES disclosure_item (framework, item_code) ON DELETE CASCADE
) STRICT;
CREATE INDEX disclosure_metric_by_metric ON disclosure_metric (metric);

-- Images are kept in the workspace so the file stays self-contained; the hash finds duplicates.
CREATE TABLE report_image (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/svg+xml')),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  bytes BLOB NOT NULL,
  width INTEGER CHECK (width > 0),
  height INTEGER CHECK (height > 0),
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX report_image_by_hash ON report_image (sha256);

-- Every export, with the values it showed (JSON: [{metric, year, dims_key, value}]) so that a
-- prior-year value changed afterwards is reported as a restatement.
CREATE TABLE export_log (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  lang TEXT NOT NULL CHECK (lang IN ('zh-Hant', 'en')),
  kind TEXT NOT NULL CHECK (kind IN ('docx', 'xlsx')),
  file_hash TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
) STRICT;
CREATE INDEX export_log_by_year ON export_log (year, exported_at);
