-- Comments (issue 15, items 4 and 7): on a value (metric, year, breakdown) or on a section or
-- block of a year's edition, written in the app or brought back from a reviewer's Word
-- comments. A comment is open until resolved; reopening clears who resolved it. Replies
-- point at the comment they answer (one level: a reply to a reply answers its root).

CREATE TABLE comment (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL REFERENCES reporting_year (year),
  target TEXT NOT NULL CHECK (target IN ('value', 'section', 'block')),
  -- a value: its metric and breakdown (a comment may ask for a value not entered yet)
  metric TEXT REFERENCES metric (code),
  dims_key TEXT,
  dims TEXT CHECK (dims IS NULL OR json_valid(dims)),
  -- a section or block of the year's edition (ids are unique across editions)
  section_id TEXT REFERENCES report_section (id) ON DELETE CASCADE,
  block_id TEXT REFERENCES report_block (id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES comment (id) ON DELETE CASCADE,
  body TEXT NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 4000),
  -- who wrote it: a person of the workspace, or the author a Word comment names
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  person_id INTEGER REFERENCES person (id),
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT,
  -- the passage a Word comment was anchored to
  quote TEXT,
  origin TEXT NOT NULL DEFAULT 'app' CHECK (origin IN ('app', 'word')),
  -- a Word comment's fingerprint, so that importing the same document twice adds nothing
  origin_key TEXT UNIQUE,
  CHECK ((target = 'value') = (metric IS NOT NULL AND dims_key IS NOT NULL AND dims IS NOT NULL)),
  CHECK (target <> 'section' OR (section_id IS NOT NULL AND block_id IS NULL)),
  CHECK (target <> 'block' OR (block_id IS NOT NULL AND section_id IS NOT NULL)),
  CHECK (target <> 'value' OR (section_id IS NULL AND block_id IS NULL)),
  CHECK ((resolved_at IS NULL) = (resolved_by IS NULL)),
  CHECK (origin = 'app' OR origin_key IS NOT NULL)
) STRICT;
CREATE INDEX comment_by_value ON comment (year, metric, dims_key) WHERE target = 'value';
CREATE INDEX comment_by_section ON comment (section_id) WHERE section_id IS NOT NULL;
CREATE INDEX comment_by_block ON comment (block_id) WHERE block_id IS NOT NULL;
CREATE INDEX comment_by_parent ON comment (parent_id) WHERE parent_id IS NOT NULL;
