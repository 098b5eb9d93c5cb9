-- 0002: the step-level process model (domain.md §8): quy trình nội bộ per unit and procedure, the dated default
-- hours of the cost activities a record implies, the figures an approval freezes, and marks on internal steps and
-- on the trips a channel needs.

-- Quy trình nội bộ giải quyết TTHC of one unit for one procedure; several variants (per channel or sub-case).
CREATE TABLE internal_processes (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '', -- "Quy trình 01", "Trường hợp …", '' for the only one
  channel_method TEXT CHECK (channel_method IS NULL OR channel_method IN ('TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN')),
  source TEXT NOT NULL DEFAULT '', -- the decision that approved it (QĐ số …)
  stated_total TEXT NOT NULL DEFAULT '' -- the table's total row as published ("168 giờ (tương đương 21 ngày)")
) STRICT;
CREATE INDEX internal_processes_unit_procedure ON internal_processes (unit_id, procedure_id, ord);

-- One step: its work, who does it, its time as entered (giờ or ngày làm việc, thousandths; "Không tính thời gian").
CREATE TABLE internal_steps (
  id INTEGER PRIMARY KEY,
  process_id INTEGER NOT NULL REFERENCES internal_processes (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  work TEXT NOT NULL DEFAULT '', -- nội dung công việc
  responsible TEXT NOT NULL DEFAULT '', -- bộ phận / chức danh thực hiện
  time_unit TEXT NOT NULL CHECK (time_unit IN ('HOUR', 'WORKING_DAY', 'NOT_COUNTED')),
  time_milli INTEGER CHECK ((time_unit = 'NOT_COUNTED' AND time_milli IS NULL) OR time_milli > 0),
  time_text TEXT NOT NULL DEFAULT '', -- as published ("04 giờ", "0,25 ngày làm việc")
  result TEXT NOT NULL DEFAULT '' -- biểu mẫu / kết quả / sản phẩm
) STRICT;
CREATE INDEX internal_steps_process ON internal_steps (process_id, ord);

-- Dated default hours and costs of the activities a record implies (domain.md §8.4), per unit. Hours in
-- thousandths, money in whole đồng. The row in force on a date is the latest valid_from on or before it.
CREATE TABLE cost_defaults (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  valid_from TEXT NOT NULL,
  info_hours_milli INTEGER NOT NULL CHECK (info_hours_milli >= 0), -- tìm hiểu thông tin
  form_hours_milli INTEGER NOT NULL CHECK (form_hours_milli >= 0), -- điền đơn, tờ khai
  original_hours_milli INTEGER NOT NULL CHECK (original_hours_milli >= 0), -- chuẩn bị bản chính / xuất trình
  copy_hours_milli INTEGER NOT NULL CHECK (copy_hours_milli >= 0), -- bản sao, bản chụp
  copy_cost INTEGER NOT NULL CHECK (copy_cost >= 0), -- per copy
  certified_hours_milli INTEGER NOT NULL CHECK (certified_hours_milli >= 0), -- bản sao có chứng thực (incl. going)
  certified_fee INTEGER NOT NULL CHECK (certified_fee >= 0), -- lệ phí chứng thực per copy
  agency_hours_milli INTEGER NOT NULL CHECK (agency_hours_milli >= 0), -- giấy tờ do cơ quan khác cấp
  agency_cost INTEGER NOT NULL CHECK (agency_cost >= 0),
  trip_hours_milli INTEGER NOT NULL CHECK (trip_hours_milli >= 0), -- đi lại + chờ đợi per direct trip
  trip_cost INTEGER NOT NULL CHECK (trip_cost >= 0),
  post_hours_milli INTEGER NOT NULL CHECK (post_hours_milli >= 0), -- gửi / nhận qua bưu chính
  post_cost INTEGER NOT NULL CHECK (post_cost >= 0),
  online_submit_hours_milli INTEGER NOT NULL CHECK (online_submit_hours_milli >= 0),
  online_result_hours_milli INTEGER NOT NULL CHECK (online_result_hours_milli >= 0),
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (unit_id, valid_from)
) STRICT;

-- What an approval froze: the parameters used and the computed figures, so every report of the plan
-- reproduces them to the đồng whatever parameter or record edit comes later.
CREATE TABLE frozen_costs (
  item_id INTEGER PRIMARY KEY REFERENCES campaign_items (id) ON DELETE CASCADE,
  frozen_at TEXT NOT NULL,
  frozen_by TEXT NOT NULL,
  params_json TEXT NOT NULL, -- hourly income row, default hours row, population, frequency
  figures_json TEXT NOT NULL -- activities per scenario, totals, days per channel
) STRICT;

-- An officer override of a derived activity names the activity it replaces by its key ("COMPONENT:12").
ALTER TABLE cost_activities ADD COLUMN derived_key TEXT;

-- Marks may now target an internal step and the trips a channel needs (nộp, nhận kết quả): rebuild the CHECK.
CREATE TABLE review_marks_0002 (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES campaign_items (id) ON DELETE CASCADE,
  target_kind TEXT NOT NULL CHECK (target_kind IN (
    'PROCEDURE', 'STEP', 'COMPONENT', 'COMPONENT_COPY_REQ', 'COMPONENT_QTY', 'CHANNEL_TIME', 'FEE', 'CONDITION',
    'INTERNAL_STEP', 'SUBMIT_TRIP', 'RESULT_TRIP')),
  target_id INTEGER,
  action TEXT NOT NULL CHECK (action IN ('KEEP', 'REMOVE', 'SIMPLIFY', 'MERGE', 'REPLACE_BY_DATA')),
  proposed_value TEXT NOT NULL DEFAULT '',
  merge_into_id INTEGER,
  reason TEXT NOT NULL DEFAULT '',
  legal_article TEXT NOT NULL DEFAULT '',
  legal_clause TEXT NOT NULL DEFAULT '',
  legal_document TEXT NOT NULL DEFAULT '',
  legal_authority TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (item_id, target_kind, target_id)
) STRICT;
INSERT INTO review_marks_0002 SELECT * FROM review_marks;
DROP TABLE review_marks;
ALTER TABLE review_marks_0002 RENAME TO review_marks;
