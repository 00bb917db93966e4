-- Fuels as data (issue 18 item 1) and totals entered as published (item 2), for workspaces
-- made before them; a new workspace gets the same from templates/catalogue.
--
-- * `alias_of`: a code that names a value of another metric for some dimension values.
--   energy.natural_gas and energy.diesel (and their factors) keep their values and stay what
--   they were; they are also energy.fuel for fuel=natural_gas / fuel=diesel, so direct energy
--   and Scope 1 sum every fuel entered, these two included.
-- * `as_published`: a derived total that may also be entered as published when its inputs are
--   not kept (the engine computes it where it can, else takes the figure entered).
-- * The fuel metrics and the `fuel` dimension are added; the formulas of direct energy and
--   Scope 1 become sums over fuels only where they are still the catalogue's own (a formula a
--   user changed is left alone).
ALTER TABLE metric ADD COLUMN alias_of TEXT CHECK (alias_of IS NULL OR json_valid(alias_of));
ALTER TABLE metric ADD COLUMN as_published INTEGER NOT NULL DEFAULT 0 CHECK (as_published IN (0, 1));

INSERT INTO metric (code, name_zh, name_en, unit, kind, aggregation, area, owner, dimensions, formula, hkex, sasb, partd, decimals, note_en, note_zh, sort)
  VALUES ('energy.fuel', '燃料耗用量', 'Fuel consumed', '{fuel}', 'entered', 'sum', 'environment', 'facilities', '["fuel"]', NULL, '["A2.1"]', '[]', '[]', 2, 'One row per fuel (dimension fuel), in that fuel''s unit: natural gas in m³, diesel in t, petrol in L (see the fuel list). Natural gas and diesel are kept as energy.natural_gas and energy.diesel.', '每種燃料一行（維度 fuel），以該燃料的單位填報：天然氣為立方米、柴油為噸、汽油為升（見燃料清單）。天然氣及柴油分別記於 energy.natural_gas 及 energy.diesel。', 44)
  ON CONFLICT (code) DO NOTHING;
INSERT INTO metric (code, name_zh, name_en, unit, kind, aggregation, area, owner, dimensions, formula, hkex, sasb, partd, decimals, note_en, note_zh, sort)
  VALUES ('factor.fuel_ncv', '燃料低位發熱量', 'Fuel net calorific value', 'GJ/{fuel}', 'factor', 'none', 'environment', 'esg_office', '["fuel"]', NULL, '[]', '[]', '[]', 6, NULL, NULL, 71)
  ON CONFLICT (code) DO NOTHING;
INSERT INTO metric (code, name_zh, name_en, unit, kind, aggregation, area, owner, dimensions, formula, hkex, sasb, partd, decimals, note_en, note_zh, sort)
  VALUES ('factor.fuel_ef', '燃料燃燒排放因子', 'Fuel combustion emission factor', 'tCO2e/{fuel}', 'factor', 'none', 'environment', 'esg_office', '["fuel"]', NULL, '[]', '[]', '[]', 6, 'Scope 1 emissions per unit of fuel. For a biomass fuel: its CH4 and N2O only, as CO2e; its CO2 is biogenic and goes to factor.fuel_biogenic_co2 (GHG Protocol).', '每單位燃料的範圍一排放量。生物質燃料只計其甲烷及氧化亞氮（以二氧化碳當量計）；其二氧化碳屬生物源，記於 factor.fuel_biogenic_co2（溫室氣體核算體系）。', 72)
  ON CONFLICT (code) DO NOTHING;
INSERT INTO metric (code, name_zh, name_en, unit, kind, aggregation, area, owner, dimensions, formula, hkex, sasb, partd, decimals, note_en, note_zh, sort)
  VALUES ('factor.fuel_biogenic_co2', '生物質燃料生物源二氧化碳排放因子', 'Biogenic CO2 factor of a biomass fuel', 'tCO2/{fuel}', 'factor', 'none', 'environment', 'esg_office', '["fuel"]', NULL, '[]', '[]', '[]', 6, NULL, NULL, 73)
  ON CONFLICT (code) DO NOTHING;
INSERT INTO metric (code, name_zh, name_en, unit, kind, aggregation, area, owner, dimensions, formula, hkex, sasb, partd, decimals, note_en, note_zh, sort)
  VALUES ('ghg.biogenic_co2', '生物源二氧化碳排放量（不計入範圍一）', 'Biogenic CO2 emissions (outside Scope 1)', 'tCO2', 'derived', 'sum', 'environment', 'esg_office', '[]', 'sumby(energy.fuel * factor.fuel_biogenic_co2, "fuel", "biogenic")', '[]', '[]', '[]', 2, 'CO2 from burning biomass fuels, reported apart from the scopes as the GHG Protocol asks; 0 when no fuel burnt is biomass.', '燃燒生物質燃料產生的二氧化碳，按溫室氣體核算體系於範圍以外另行報告；所用燃料均非生物質時為 0。', 83)
  ON CONFLICT (code) DO NOTHING;
UPDATE metric SET alias_of = '{"code":"energy.fuel","dims":{"fuel":"natural_gas"}}' WHERE code = 'energy.natural_gas' AND custom = 0;
UPDATE metric SET alias_of = '{"code":"energy.fuel","dims":{"fuel":"diesel"}}' WHERE code = 'energy.diesel' AND custom = 0;
UPDATE metric SET alias_of = '{"code":"factor.fuel_ncv","dims":{"fuel":"natural_gas"}}' WHERE code = 'factor.natural_gas_ncv' AND custom = 0;
UPDATE metric SET alias_of = '{"code":"factor.fuel_ef","dims":{"fuel":"natural_gas"}}' WHERE code = 'factor.natural_gas_ef' AND custom = 0;
UPDATE metric SET alias_of = '{"code":"factor.fuel_ncv","dims":{"fuel":"diesel"}}' WHERE code = 'factor.diesel_ncv' AND custom = 0;
UPDATE metric SET alias_of = '{"code":"factor.fuel_ef","dims":{"fuel":"diesel"}}' WHERE code = 'factor.diesel_ef' AND custom = 0;
UPDATE metric SET formula = 'sumby(energy.fuel * factor.fuel_ncv, "fuel") / 3.6' WHERE code = 'energy.direct' AND formula = '(energy.natural_gas * factor.natural_gas_ncv + energy.diesel * factor.diesel_ncv) / 3.6';
UPDATE metric SET formula = 'sumby(energy.fuel * factor.fuel_ef, "fuel") + ghg.scope1_other' WHERE code = 'ghg.scope1' AND formula = 'energy.natural_gas * factor.natural_gas_ef + energy.diesel * factor.diesel_ef + ghg.scope1_other';
UPDATE metric SET as_published = 1 WHERE kind = 'derived' AND custom = 0 AND code IN ('energy.direct', 'energy.indirect', 'energy.total', 'ghg.scope1', 'ghg.scope2_location', 'ghg.scope2_market', 'ghg.scope12', 'ghg.scope3_total');
UPDATE catalogue_doc SET json = json_insert(json, '$.dimensions[#]', json('{"key":"fuel","name_zh":"燃料","name_en":"Fuel","values":[{"code":"natural_gas","name_zh":"天然氣","name_en":"Natural gas","unit":"m³"},{"code":"town_gas","name_zh":"煤氣","name_en":"Town gas","unit":"m³"},{"code":"lpg","name_zh":"液化石油氣","name_en":"LPG","unit":"kg"},{"code":"diesel","name_zh":"柴油","name_en":"Diesel","unit":"t"},{"code":"petrol","name_zh":"汽油","name_en":"Petrol","unit":"L"},{"code":"fuel_oil","name_zh":"燃料油","name_en":"Fuel oil","unit":"t"},{"code":"coal","name_zh":"煤","name_en":"Coal","unit":"t"},{"code":"biomass_pellets","name_zh":"生物質顆粒燃料","name_en":"Biomass pellets","unit":"t","biogenic":true}]}'))
  WHERE name = 'dimensions' AND NOT EXISTS (SELECT 1 FROM json_each(catalogue_doc.json, '$.dimensions') WHERE json_extract(value, '$.key') = 'fuel');
