-- Company set-up (issue 11, parts 5 and 7): the stock code of every counter, sites that
-- leave the reporting boundary, and how each metric aggregates over sites.

-- Every counter the company is listed on (e.g. 0700 and the RMB counter 80700), as a JSON
-- array; the existing single code becomes the first entry.
ALTER TABLE company ADD COLUMN stock_codes TEXT NOT NULL DEFAULT '[]';
UPDATE company SET stock_codes = json_array(stock_code) WHERE stock_code <> '';

-- A retired site keeps its history: values up to and including its retirement year stay,
-- values for later years are refused. NULL: the site is in the boundary.
ALTER TABLE site ADD COLUMN retired_year INTEGER CHECK (retired_year IS NULL OR retired_year BETWEEN 1990 AND 2100);

-- How a metric's per-site values make the workspace total: extensive quantities sum; factors,
-- shares, rates and intensities never do (a per-site factor is applied to that site's
-- quantity, a share is recomputed from its parts).
ALTER TABLE metric ADD COLUMN aggregation TEXT NOT NULL DEFAULT 'sum' CHECK (aggregation IN ('sum', 'none'));
UPDATE metric SET aggregation = 'none' WHERE kind = 'factor' OR unit = '%' OR instr(unit, '/') > 0;
