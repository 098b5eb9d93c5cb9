-- 0002: the sums the province's dashboard reads, kept per received package and lĩnh vực (issue 19's dashboard
-- measure). Written from the package's items in the package's own transaction (db/pg/queries/submissions.ts):
-- a package never changes once stored, so these rows never go stale, and Σ by unit, by lĩnh vực and for the
-- province read a few rows per unit instead of every item. Money stays exact (numeric milli-đồng); the rate is
-- still Σ saving / Σ before, taken by the caller from these sums.
CREATE TABLE submission_field_totals (
  submission_id bigint NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  field text NOT NULL,
  items integer NOT NULL,
  reviewed integer NOT NULL,
  proposed integer NOT NULL,
  approved integer NOT NULL,
  with_cost integer NOT NULL, -- items whose cost the unit could compute
  before_milli numeric NOT NULL, -- Σ over those items
  after_milli numeric NOT NULL,
  PRIMARY KEY (submission_id, field)
);

INSERT INTO submission_field_totals
SELECT submission_id, field, count(*),
  count(*) FILTER (WHERE status IN ('PROPOSED', 'APPROVED', 'RETURNED', 'IMPLEMENTED')),
  count(*) FILTER (WHERE kind IS NOT NULL),
  count(*) FILTER (WHERE status IN ('APPROVED', 'IMPLEMENTED')),
  count(before_milli), coalesce(sum(before_milli), 0), coalesce(sum(after_milli), 0)
FROM submission_items GROUP BY submission_id, field;
