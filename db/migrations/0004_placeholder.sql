-- 0004: placeholder for the migration another branch adds under this number; replaced when both are merged.
SELECT 1;
