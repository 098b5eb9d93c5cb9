-- 0005: Phần II of a publication decision per procedure (steps, dossier components, time, fee, legal bases,
-- result) as JSON, so applying an amended decision writes the published content into the record. '' = none given.
ALTER TABLE decision_items ADD COLUMN content_json TEXT NOT NULL DEFAULT '';
