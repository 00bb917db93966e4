-- HKEX Appendix C2 per edition and the issuer's category (issue 17).
--
-- Each edition records the version of Appendix C2 it follows: the ESG Reporting Guide, or
-- the ESG Reporting Code with Part D (financial years commencing on or after 1 January 2025,
-- templates/catalogue/frameworks/hkex-versions.json). The app chooses it by financial year when
-- an edition is created or rolled forward; a user may change it, with a reason (kept here and
-- in the audit log).
ALTER TABLE report_edition ADD COLUMN framework TEXT NOT NULL DEFAULT 'guide' CHECK (framework IN ('guide', 'code'));
ALTER TABLE report_edition ADD COLUMN framework_reason TEXT;

-- Existing editions get the version of their year, as chooseFrameworkVersion would pick it:
-- with a 31 December year end FY Y commences on 1 January Y (Code from FY2025); with any other
-- year end it commences in Y-1 (Code from FY2026). This mirrors hkex-versions.json at the time
-- of writing; later editions are chosen from the data file itself.
UPDATE report_edition SET framework = 'code'
  WHERE year >= 2025 + CASE WHEN coalesce((SELECT fiscal_year_end FROM company WHERE id = 1), '12-31') = '12-31' THEN 0 ELSE 1 END;

-- The issuer's category decides the basis of Part D items: main_board (Main Board issuer),
-- largecap (Hang Seng Composite LargeCap Index constituent), gem (GEM issuer).
ALTER TABLE company ADD COLUMN issuer_category TEXT NOT NULL DEFAULT 'main_board' CHECK (issuer_category IN ('main_board', 'largecap', 'gem'));
