-- Front and back matter from data (issue 13, items 8–10 and the PDF leftover).
--
-- The profile gains what the cover, the back cover and "About this report" print: the
-- registered address in both languages, contact details, the logo, the consolidation approach
-- of the environmental data and the language version that prevails. Existing profiles get
-- empty contact fields, no logo, operational control (the GHG Protocol's default and what
-- HKEX reporters mostly state) and the Chinese version prevailing.
ALTER TABLE company ADD COLUMN address_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN address_en TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN consolidation TEXT NOT NULL DEFAULT 'operational_control'
  CHECK (consolidation IN ('operational_control', 'financial_control', 'equity_share'));
ALTER TABLE company ADD COLUMN prevailing_lang TEXT NOT NULL DEFAULT 'zh-Hant' CHECK (prevailing_lang IN ('zh-Hant', 'en'));
-- The logo printed on the cover (PNG or JPEG bytes, at most 2 MB, checked by the service).
ALTER TABLE company ADD COLUMN logo BLOB;
ALTER TABLE company ADD COLUMN logo_mime TEXT CHECK (logo_mime IS NULL OR logo_mime IN ('image/png', 'image/jpeg'));

-- The day the board approved the edition (YYYY-MM-DD): the board statement prints it, and it
-- dates the document's properties, so that the same edition always gives the same bytes.
ALTER TABLE report_edition ADD COLUMN approved_on TEXT CHECK (approved_on IS NULL OR (approved_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(approved_on) = approved_on));

-- A PDF export is logged as what it is (it was logged as a DOCX). The table is rebuilt to
-- widen the CHECK; rows keep their ids.
CREATE TABLE export_log_new (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  lang TEXT NOT NULL CHECK (lang IN ('zh-Hant', 'en')),
  kind TEXT NOT NULL CHECK (kind IN ('docx', 'xlsx', 'pdf')),
  file_hash TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
) STRICT;
INSERT INTO export_log_new (id, year, lang, kind, file_hash, exported_at, actor, snapshot)
  SELECT id, year, lang, kind, file_hash, exported_at, actor, snapshot FROM export_log;
DROP TABLE export_log;
ALTER TABLE export_log_new RENAME TO export_log;
CREATE INDEX export_log_by_year ON export_log (year, exported_at);

-- The front_matter block: the board's comply-or-explain statement with its approval date, and
-- the scope of the report (boundary, consolidation, prevailing language), written from data.
-- The block table is rebuilt to widen its type CHECK; every column and row is kept.
CREATE TABLE report_block_new (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL REFERENCES report_edition (year),
  section_id TEXT NOT NULL REFERENCES report_section (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  type TEXT NOT NULL CHECK (type IN ('rich_text', 'bullet_list', 'static_table', 'kpi_table', 'target_table',
    'case_study', 'image', 'chart', 'stakeholder_table', 'materiality', 'climate_register', 'scenario_table',
    'governance_facts', 'disclosure_index', 'front_matter')),
  config TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
  content_zh TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content_zh)),
  content_en TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content_en)),
  updated_at TEXT NOT NULL,
  -- the year it was carried from while not yet reviewed; NULL once edited or confirmed
  carried_from INTEGER
) STRICT;
INSERT INTO report_block_new (id, year, section_id, position, type, config, content_zh, content_en, updated_at, carried_from)
  SELECT id, year, section_id, position, type, config, content_zh, content_en, updated_at, carried_from FROM report_block;
DROP TABLE report_block;
ALTER TABLE report_block_new RENAME TO report_block;
CREATE INDEX report_block_by_section ON report_block (section_id, position);
CREATE INDEX report_block_by_year ON report_block (year, section_id, position);
