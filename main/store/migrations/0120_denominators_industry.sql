-- Any listed company's data (issue 18, items 3 and 8): the denominators a company chooses for
-- its intensities besides "per person", its SASB industry, and units as a report prints them
-- for metrics whose unit names its denominator.

-- Metric codes of the chosen denominators (e.g. ["denominator.production"]), a JSON array;
-- per person (workforce.total) is always there and never listed.
ALTER TABLE company ADD COLUMN intensity_denominators TEXT NOT NULL DEFAULT '[]';

-- The company's SASB industry code (e.g. RT-CP); NULL: not chosen, the catalogue's own
-- industries (those of the sample's internet platform) apply as before.
ALTER TABLE company ADD COLUMN sasb_industry TEXT;

-- The unit as the report prints it, when the canonical unit does not say enough: an intensity
-- per million HKD revenue reads "tCO2e per million HKD revenue", not "tCO2e/HKD million".
ALTER TABLE metric ADD COLUMN unit_label_zh TEXT;
ALTER TABLE metric ADD COLUMN unit_label_en TEXT;
