-- A stable identity per workspace file, so that a department workbook made from one
-- workspace is not imported into another by mistake.
CREATE TABLE workspace_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

INSERT INTO workspace_meta (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))));
