-- The audit log grows by one row per value written; its (entity, entity_key) index, a long
-- text key, cost about 40% of an import's write time at scale. A value's history is found
-- through audit_by_metric (metric, year: short, and every value entry has both); the
-- (entity, entity_key) index is kept for everything else (report sections, blocks,
-- disclosures, images, targets), which is a small part of the log.
DROP INDEX audit_by_entity;
CREATE INDEX audit_by_entity ON audit_log (entity, entity_key) WHERE entity <> 'value';
