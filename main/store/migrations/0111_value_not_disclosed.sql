-- "Not disclosed" beside "not applicable" (issue 18 item 5). Both are a value without a number
-- and with a reason; until now every such row meant "not applicable — none used", which counts
-- as zero in a sum and needs no factor. A row marked here is "not disclosed": the company does
-- not publish the figure (for the reason given), so it stays absent wherever it is used and the
-- HKEX index says so. Existing rows keep their meaning (not applicable).
ALTER TABLE metric_value ADD COLUMN not_disclosed INTEGER NOT NULL DEFAULT 0
  CHECK (not_disclosed IN (0, 1) AND (not_disclosed = 0 OR (value IS NULL AND na_reason IS NOT NULL)));
