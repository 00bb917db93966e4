-- People and roles, the review state of values, evidence files and the collection log
-- (issue 15). People are named in the workspace itself (not machine logins), so that an
-- assurer reads who submitted, approved or attached what, whichever machine they used.

CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  -- The name the audit log records as actor: unique, compared without case.
  name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 80),
  email TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

-- A person holds any number of roles; a data owner is the owner of one department (the
-- catalogue's metric owner code), every other role is workspace-wide ('' department).
CREATE TABLE person_role (
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('esg_lead', 'data_owner', 'validator', 'reviewer')),
  department TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (person_id, role, department),
  CHECK ((role = 'data_owner') = (department <> ''))
) STRICT;
CREATE INDEX person_role_by_role ON person_role (role, department);

-- Who the audit log's actor is, when a person of the workspace was working.
ALTER TABLE audit_log ADD COLUMN person_id INTEGER REFERENCES person (id);

-- A value's review state; no row is a draft. Removing the value removes its state.
CREATE TABLE value_state (
  metric TEXT NOT NULL,
  year INTEGER NOT NULL,
  dims_key TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('submitted', 'approved', 'returned')),
  person_id INTEGER REFERENCES person (id),
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  comment TEXT,
  -- who submitted it, so that nobody approves their own submission
  submitted_by INTEGER REFERENCES person (id),
  PRIMARY KEY (metric, year, dims_key),
  FOREIGN KEY (metric, year, dims_key) REFERENCES metric_value (metric, year, dims_key) ON DELETE CASCADE,
  CHECK (state <> 'returned' OR length(trim(coalesce(comment, ''))) > 0)
) STRICT;

-- A change of a value's content after submission makes it a draft again, whoever writes it
-- (grid, import, undo): an approval covers the figure that was approved, not a later one.
CREATE TRIGGER value_edit_makes_draft AFTER UPDATE ON metric_value
WHEN EXISTS (SELECT 1 FROM value_state s WHERE s.metric = NEW.metric AND s.year = NEW.year AND s.dims_key = NEW.dims_key)
  AND (OLD.value IS NOT NEW.value OR OLD.na_reason IS NOT NEW.na_reason OR OLD.entered_unit IS NOT NEW.entered_unit
    OR OLD.source IS NOT NEW.source OR OLD.note IS NOT NEW.note OR OLD.estimated IS NOT NEW.estimated
    OR OLD.footnote_zh IS NOT NEW.footnote_zh OR OLD.footnote_en IS NOT NEW.footnote_en)
BEGIN
  INSERT INTO audit_log (at, actor, action, entity, entity_key, metric, year, old_json, new_json, context, person_id)
  SELECT NEW.updated_at, NEW.updated_by, 'update', 'value_state', NEW.metric || '|' || NEW.year || '|' || NEW.dims_key, NEW.metric, NEW.year,
         json_object('state', s.state), json_object('state', 'draft'), 'edited', (SELECT id FROM person WHERE name = NEW.updated_by)
  FROM value_state s WHERE s.metric = NEW.metric AND s.year = NEW.year AND s.dims_key = NEW.dims_key;
  DELETE FROM value_state WHERE metric = NEW.metric AND year = NEW.year AND dims_key = NEW.dims_key;
END;

-- Evidence files of a value, kept inside the workspace with their SHA-256. They are bytes to
-- hand over, never rendered: the app writes them to a temporary file for the system to open.
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  metric TEXT NOT NULL REFERENCES metric (code),
  year INTEGER NOT NULL REFERENCES reporting_year (year),
  dims_key TEXT NOT NULL,
  dims TEXT NOT NULL,
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 160),
  kind TEXT NOT NULL CHECK (kind IN ('pdf', 'png', 'jpeg', 'gif', 'webp', 'xlsx', 'csv', 'docx', 'eml')),
  size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 26214400),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  content BLOB NOT NULL,
  attached_at TEXT NOT NULL,
  attached_by TEXT NOT NULL,
  person_id INTEGER REFERENCES person (id)
) STRICT;
CREATE INDEX evidence_by_value ON evidence (year, metric, dims_key);

-- Department workbooks written ('sent') and imported back ('returned'), per year.
CREATE TABLE collection_event (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  department TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('sent', 'returned')),
  file TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX collection_event_by_year ON collection_event (year, department);
