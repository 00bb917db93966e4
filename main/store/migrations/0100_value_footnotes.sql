-- A value's footnote as printed in the report, one per language. The note and source beside a
-- value are the working group's provenance (kept in the workspace, the trace and the annex);
-- the report prints only text written for its readers, and in the report's language alone.
-- Existing rows have none: their notes stay notes.
ALTER TABLE metric_value ADD COLUMN footnote_zh TEXT;
ALTER TABLE metric_value ADD COLUMN footnote_en TEXT;
