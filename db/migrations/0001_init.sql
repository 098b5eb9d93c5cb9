-- 0001: the whole domain model (domain.md §1.2–1.8, §2), so later features add logic, not churn.
-- Conventions: ids are INTEGER PRIMARY KEY; timestamps are ISO-8601 UTC text; dates are 'YYYY-MM-DD';
-- money is INTEGER in whole units of its currency (đồng for VND); hours are INTEGER thousandths of an hour
-- (exact arithmetic, never binary floats for money); text is NFC; `search_text` columns hold the
-- app-folded text (NFD → strip marks → đ→d → lower) because SQLite cannot fold đ (reliability-perf.md §3.1).

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL -- JSON
) STRICT;

CREATE TABLE profiles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('officer', 'manager')),
  pin_hash TEXT, -- scrypt, hex
  pin_salt TEXT, -- hex
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('TINH', 'XA', 'HUYEN_LEGACY', 'BO')),
  parent_id INTEGER REFERENCES units (id) ON DELETE SET NULL,
  valid_from TEXT,
  valid_to TEXT,
  replaced_by_json TEXT NOT NULL DEFAULT '[]', -- JSON array of unit codes
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- The shared national record: one row per mã TTHC, whatever the number of units using it.
CREATE TABLE procedures (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  field TEXT NOT NULL DEFAULT '', -- lĩnh vực
  field_code TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '', -- loại thủ tục (configurable lookup)
  levels_json TEXT NOT NULL DEFAULT '[]', -- cấp thực hiện, JSON array of labels
  subjects TEXT NOT NULL DEFAULT '', -- đối tượng thực hiện, one per line
  executing_agencies TEXT NOT NULL DEFAULT '', -- cơ quan thực hiện, one per line
  authority_agencies TEXT NOT NULL DEFAULT '', -- cơ quan có thẩm quyền
  coordinating_agencies TEXT NOT NULL DEFAULT '', -- cơ quan phối hợp
  authorized_agencies TEXT NOT NULL DEFAULT '', -- cơ quan được ủy quyền
  receiving_address TEXT NOT NULL DEFAULT '',
  issuing_agency TEXT NOT NULL DEFAULT '', -- cơ quan ban hành
  conditions TEXT NOT NULL DEFAULT '', -- yêu cầu, điều kiện
  decision_no TEXT NOT NULL DEFAULT '',
  decision_date TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'AMENDED', 'ABOLISHED', 'DRAFT')),
  legacy_code TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  search_text TEXT NOT NULL DEFAULT '', -- folded code, name, field, agencies, steps, components
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE channels (
  id INTEGER PRIMARY KEY,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN')),
  time_value REAL CHECK (time_value IS NULL OR time_value >= 0),
  time_unit TEXT NOT NULL DEFAULT 'UNSPECIFIED'
    CHECK (time_unit IN ('WORKING_DAY', 'CALENDAR_DAY', 'HOUR', 'MONTH', 'UNSPECIFIED')),
  time_text TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX channels_procedure ON channels (procedure_id, ord);

-- Fees per channel; unit_id NULL is the national/published fee, a unit row is that unit's local rate.
CREATE TABLE fees (
  id INTEGER PRIMARY KEY,
  channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  unit_id INTEGER REFERENCES units (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  kind TEXT NOT NULL DEFAULT 'LE_PHI' CHECK (kind IN ('PHI', 'LE_PHI', 'KHAC')),
  amount INTEGER CHECK (amount IS NULL OR amount >= 0),
  set_by TEXT CHECK (set_by IS NULL OR set_by IN ('HDND_TINH')),
  currency TEXT NOT NULL DEFAULT 'VND',
  per_unit TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX fees_channel ON fees (channel_id, ord);

CREATE TABLE steps (
  id INTEGER PRIMARY KEY,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL DEFAULT '',
  duration_value REAL CHECK (duration_value IS NULL OR duration_value >= 0),
  duration_unit TEXT NOT NULL DEFAULT 'UNSPECIFIED'
    CHECK (duration_unit IN ('WORKING_DAY', 'CALENDAR_DAY', 'HOUR', 'MONTH', 'UNSPECIFIED'))
) STRICT;
CREATE INDEX steps_procedure ON steps (procedure_id, ord);

CREATE TABLE component_groups (
  id INTEGER PRIMARY KEY,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  heading TEXT NOT NULL DEFAULT '' -- "Giấy tờ phải nộp" / "Giấy tờ phải xuất trình" / a case name
) STRICT;
CREATE INDEX component_groups_procedure ON component_groups (procedure_id, ord);

CREATE TABLE components (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES component_groups (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  code TEXT NOT NULL DEFAULT '',
  original_qty INTEGER NOT NULL DEFAULT 0 CHECK (original_qty >= 0),
  copy_qty INTEGER NOT NULL DEFAULT 0 CHECK (copy_qty >= 0),
  copy_requirement TEXT CHECK (copy_requirement IS NULL OR copy_requirement IN (
    'ORIGINAL', 'CERTIFIED_COPY', 'COPY_WITH_ORIGINAL_FOR_CHECK', 'PLAIN_COPY', 'PRESENT_ONLY',
    'ELECTRONIC', 'DATA_LOOKUP')),
  form_name TEXT NOT NULL DEFAULT '',
  is_note INTEGER NOT NULL DEFAULT 0 CHECK (is_note IN (0, 1)),
  required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1))
) STRICT;
CREATE INDEX components_group ON components (group_id, ord);

CREATE TABLE legal_bases (
  id INTEGER PRIMARY KEY,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  code TEXT NOT NULL DEFAULT '', -- số ký hiệu: 123/2015/NĐ-CP
  name TEXT NOT NULL DEFAULT '', -- trích yếu
  issuer TEXT NOT NULL DEFAULT '',
  issued_date TEXT NOT NULL DEFAULT '',
  effective_date TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX legal_bases_procedure ON legal_bases (procedure_id, ord);

CREATE TABLE procedure_results (
  id INTEGER PRIMARY KEY,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  code TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX procedure_results_procedure ON procedure_results (procedure_id, ord);

-- A unit's inventory row: what differs per unit (online level, dossiers/year, one-stop) lives here.
CREATE TABLE unit_procedures (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  online_level TEXT CHECK (online_level IS NULL OR online_level IN ('NONE', 'PARTIAL', 'FULL')),
  legacy_level INTEGER CHECK (legacy_level IS NULL OR legacy_level BETWEEN 1 AND 4),
  one_stop INTEGER NOT NULL DEFAULT 1 CHECK (one_stop IN (0, 1)),
  has_internal_process INTEGER NOT NULL DEFAULT 0 CHECK (has_internal_process IN (0, 1)),
  dossiers_per_year INTEGER CHECK (dossiers_per_year IS NULL OR dossiers_per_year >= 0),
  note TEXT NOT NULL DEFAULT '',
  valid_from TEXT,
  valid_to TEXT,
  deleted_at TEXT, -- in the trash when set
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, procedure_id)
) STRICT;
CREATE INDEX unit_procedures_unit ON unit_procedures (unit_id, deleted_at);

-- Lifecycle per unit: công bố mới / sửa đổi, bổ sung / thay thế / bãi bỏ, each with its decision.
CREATE TABLE procedure_events (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER REFERENCES units (id) ON DELETE CASCADE,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('PUBLISHED', 'AMENDED', 'REPLACED', 'ABOLISHED')),
  decision_no TEXT NOT NULL DEFAULT '',
  decision_date TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

-- Old versions of a record, kept when a simplification plan is implemented (new version = procedures row).
CREATE TABLE procedure_versions (
  id INTEGER PRIMARY KEY,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  snapshot_json TEXT NOT NULL, -- ProcedureRecord as it was
  decision_no TEXT NOT NULL DEFAULT '',
  decision_date TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (procedure_id, version)
) STRICT;

-- ---- Review (rà soát) ----
CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  deadline TEXT,
  status TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE campaign_items (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
  reviewer TEXT NOT NULL DEFAULT '',
  deadline TEXT,
  status TEXT NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN (
    'NOT_STARTED', 'IN_PROGRESS', 'PROPOSED', 'APPROVED', 'RETURNED', 'IMPLEMENTED')),
  population INTEGER CHECK (population IS NULL OR population >= 0), -- số đối tượng/năm; NULL = unit inventory
  frequency INTEGER NOT NULL DEFAULT 1 CHECK (frequency >= 1), -- tần suất/năm
  days_after REAL CHECK (days_after IS NULL OR days_after >= 0), -- proposed processing time
  return_comment TEXT NOT NULL DEFAULT '',
  approved_by TEXT,
  approved_at TEXT,
  implemented_decision_no TEXT,
  implemented_decision_date TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (campaign_id, procedure_id)
) STRICT;

-- Answers to the Biểu mẫu rà soát, đánh giá questions (domain.md §2.3), keyed per question.
CREATE TABLE review_answers (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES campaign_items (id) ON DELETE CASCADE,
  question_key TEXT NOT NULL,
  answer_bool INTEGER CHECK (answer_bool IS NULL OR answer_bool IN (0, 1)),
  answer_text TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  UNIQUE (item_id, question_key)
) STRICT;

-- Element-level proposals. They never alter the published record until the item is implemented.
CREATE TABLE review_marks (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES campaign_items (id) ON DELETE CASCADE,
  target_kind TEXT NOT NULL CHECK (target_kind IN (
    'PROCEDURE', 'STEP', 'COMPONENT', 'COMPONENT_COPY_REQ', 'COMPONENT_QTY', 'CHANNEL_TIME', 'FEE', 'CONDITION')),
  target_id INTEGER, -- id in steps/components/channels/fees; NULL for PROCEDURE/CONDITION
  action TEXT NOT NULL CHECK (action IN ('KEEP', 'REMOVE', 'SIMPLIFY', 'MERGE', 'REPLACE_BY_DATA')),
  proposed_value TEXT NOT NULL DEFAULT '',
  merge_into_id INTEGER,
  reason TEXT NOT NULL DEFAULT '', -- lý do
  legal_article TEXT NOT NULL DEFAULT '', -- kiến nghị thực thi: điều
  legal_clause TEXT NOT NULL DEFAULT '', -- khoản
  legal_document TEXT NOT NULL DEFAULT '', -- văn bản
  legal_authority TEXT NOT NULL DEFAULT '', -- thẩm quyền
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (item_id, target_kind, target_id)
) STRICT;

-- Dated hourly-income parameter (TT 02/2017: thu nhập bình quân / 22 ngày / 8 giờ, rounded to whole đồng).
CREATE TABLE cost_params (
  id INTEGER PRIMARY KEY,
  valid_from TEXT NOT NULL UNIQUE,
  monthly_income INTEGER CHECK (monthly_income IS NULL OR monthly_income > 0),
  working_days INTEGER NOT NULL DEFAULT 22 CHECK (working_days > 0),
  hours_per_day INTEGER NOT NULL DEFAULT 8 CHECK (hours_per_day > 0),
  hourly_income INTEGER NOT NULL CHECK (hourly_income > 0),
  note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE cost_activities (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES campaign_items (id) ON DELETE CASCADE,
  scenario TEXT NOT NULL CHECK (scenario IN ('BEFORE', 'AFTER')),
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  hours_milli INTEGER NOT NULL DEFAULT 0 CHECK (hours_milli >= 0), -- thousandths of an hour
  service_cost INTEGER NOT NULL DEFAULT 0 CHECK (service_cost >= 0),
  other_cost INTEGER NOT NULL DEFAULT 0 CHECK (other_cost >= 0),
  fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
  linked_kind TEXT, -- 'STEP' | 'COMPONENT' | NULL: what a mark on that element removes
  linked_id INTEGER,
  is_override INTEGER NOT NULL DEFAULT 0 CHECK (is_override IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX cost_activities_item ON cost_activities (item_id, scenario, ord);

-- ---- Audit, views, import mappings ----
-- Append-only: the triggers below refuse UPDATE and DELETE.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL, -- create / update / delete / restore / purge / import / transition / ...
  entity TEXT NOT NULL, -- procedure / unit_procedure / step / component / campaign_item / ...
  entity_id INTEGER,
  procedure_id INTEGER, -- for the per-procedure history tab
  unit_id INTEGER,
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  batch_id TEXT -- one user operation (a paste block, an import) shares a batch id
) STRICT;
CREATE INDEX audit_log_procedure ON audit_log (procedure_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE grid_views (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER REFERENCES units (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  state_json TEXT NOT NULL, -- AG Grid GridState plus app filters
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, name)
) STRICT;

CREATE TABLE import_mappings (
  layout_key TEXT PRIMARY KEY, -- fingerprint of a workbook layout (sheet + header cells)
  mapping_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
