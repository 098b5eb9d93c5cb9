-- 0003: the proposals in words are no longer kept beside each item. The side-by-side of Đề xuất trùng words them
-- from the item's own marks (`result -> 'marks'`), as the province's reports always have: one wording, and a
-- package's rows go in with one statement instead of a second pass over its items.
ALTER TABLE submission_items DROP COLUMN proposals, DROP COLUMN proposal_texts;
