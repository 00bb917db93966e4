-- Sign-off of an edition (issue 15, item 5). The ESG lead requests approval of a year's
-- edition from named reviewers; each reviewer approves or rejects it with a comment. A request
-- records the edition's revision (a fingerprint of its content and of the figures it shows,
-- main/services/edition-revision.ts) when it was made, so that an approval covers the edition
-- that was approved: after a later change publishing says so and asks for a new request or an
-- override with a reason. Requests are never deleted: they are the approvals an assurer reads.

CREATE TABLE signoff_request (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL REFERENCES reporting_year (year),
  -- open: awaiting decisions; approved: every reviewer approved; rejected: one rejected;
  -- superseded: a newer request of the year replaced it while open
  status TEXT NOT NULL CHECK (status IN ('open', 'approved', 'rejected', 'superseded')),
  requested_by INTEGER NOT NULL REFERENCES person (id),
  -- the requester's name then (people can be renamed; the record keeps who it was)
  requested_by_name TEXT NOT NULL,
  requested_at TEXT NOT NULL,
  content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
  data_hash TEXT NOT NULL CHECK (length(data_hash) = 64),
  closed_at TEXT,
  CHECK ((status = 'open') = (closed_at IS NULL))
) STRICT;
CREATE INDEX signoff_request_by_year ON signoff_request (year, id);
-- At most one open request per year: a new request supersedes the open one.
CREATE UNIQUE INDEX signoff_request_one_open ON signoff_request (year) WHERE status = 'open';

-- The reviewers a request names, and each one's decision once made.
CREATE TABLE signoff_decision (
  request_id INTEGER NOT NULL REFERENCES signoff_request (id),
  person_id INTEGER NOT NULL REFERENCES person (id),
  person_name TEXT NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  decision TEXT CHECK (decision IS NULL OR decision IN ('approved', 'rejected')),
  comment TEXT,
  decided_at TEXT,
  PRIMARY KEY (request_id, person_id),
  CHECK ((decision IS NULL) = (decided_at IS NULL)),
  -- a rejection always says why
  CHECK (decision IS NOT 'rejected' OR length(trim(coalesce(comment, ''))) > 0)
) STRICT;

-- What a published edition's publication rested on: the approved request, or the ESG lead's
-- override (its reason is forced_reason), or nothing when the workspace has no people (the
-- controlled workflow is not in use).
ALTER TABLE report_edition ADD COLUMN signoff_request INTEGER REFERENCES signoff_request (id);
ALTER TABLE report_edition ADD COLUMN signoff TEXT CHECK (signoff IS NULL OR signoff IN ('approved', 'overridden', 'not_used'));
