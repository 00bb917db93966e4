-- Block types are validated by the service (shared/report/blocks.ts parses every write); the
-- table's CHECK listed them too, so every new type (governance_structure first) needed a table
-- rebuild. The rebuilt table keeps a CHECK on the shape of a type name only.
CREATE TABLE report_block_new (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  year INTEGER NOT NULL REFERENCES report_edition (year),
  section_id TEXT NOT NULL REFERENCES report_section (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  type TEXT NOT NULL CHECK (length(type) BETWEEN 1 AND 40 AND type NOT GLOB '*[^a-z_]*'),
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
