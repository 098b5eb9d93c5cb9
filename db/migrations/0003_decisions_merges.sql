-- 0003: publication decisions (Quyết định công bố, domain.md §1.6 and §9.1) with their lists, the decision behind
-- each lifecycle event, unit merges (§9.2) and the record version a review started from.

-- One decision of a ministry or of the Chủ tịch UBND tỉnh, as recorded in a unit's database. `applied_at` is set
-- when its lists were applied to the unit's inventory (an applied decision is no longer edited).
CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  number TEXT NOT NULL, -- số ký hiệu: 2637/QĐ-UBND
  signed_date TEXT NOT NULL, -- ngày ký, YYYY-MM-DD
  effective_date TEXT NOT NULL, -- ngày có hiệu lực
  issuer TEXT NOT NULL DEFAULT '', -- Chủ tịch UBND tỉnh Vĩnh Long / Bộ Tư pháp
  signer TEXT NOT NULL DEFAULT '', -- KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Nguyễn Quỳnh Thiện
  title TEXT NOT NULL DEFAULT '', -- trích yếu
  source TEXT NOT NULL DEFAULT '', -- how it was entered: by hand, pasted, or the appendix file's name
  applied_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (unit_id, number)
) STRICT;

-- One row of the decision's Phần I: which list (mới / sửa đổi, bổ sung / thay thế / bãi bỏ), which level group
-- (cấp tỉnh / áp dụng chung tỉnh, xã / cấp xã) and lĩnh vực, and the columns of that list type.
CREATE TABLE decision_items (
  id INTEGER PRIMARY KEY,
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('NEW', 'AMENDED', 'REPLACED', 'ABOLISHED')),
  level TEXT NOT NULL CHECK (level IN ('TINH', 'CHUNG', 'XA')),
  field TEXT NOT NULL DEFAULT '', -- lĩnh vực
  code TEXT NOT NULL DEFAULT '', -- mã TTHC as printed (may carry a provincial suffix)
  name TEXT NOT NULL,
  replaces_code TEXT NOT NULL DEFAULT '', -- thay thế: the procedure replaced
  time_text TEXT NOT NULL DEFAULT '', -- thời hạn giải quyết
  place_text TEXT NOT NULL DEFAULT '', -- địa điểm thực hiện
  fee_text TEXT NOT NULL DEFAULT '', -- phí, lệ phí
  legal_text TEXT NOT NULL DEFAULT '', -- căn cứ pháp lý (mới), VBQPPL quy định việc sửa đổi / bãi bỏ
  agency TEXT NOT NULL DEFAULT '', -- cơ quan thực hiện
  note TEXT NOT NULL DEFAULT '',
  procedure_id INTEGER REFERENCES procedures (id) ON DELETE SET NULL -- the record it shaped, once applied
) STRICT;
CREATE INDEX decision_items_decision ON decision_items (decision_id, ord);

ALTER TABLE procedure_events ADD COLUMN decision_id INTEGER REFERENCES decisions (id) ON DELETE SET NULL;
ALTER TABLE procedure_events ADD COLUMN effective_date TEXT NOT NULL DEFAULT '';
CREATE INDEX procedure_events_procedure ON procedure_events (procedure_id, unit_id);

-- A merge of old communes into a new one (from 1 July 2025): what was merged and how conflicts were resolved.
CREATE TABLE unit_merges (
  id INTEGER PRIMARY KEY,
  new_unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  source_codes_json TEXT NOT NULL, -- JSON array of the old units' codes
  valid_from TEXT NOT NULL,
  resolutions_json TEXT NOT NULL DEFAULT '{}',
  backup_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

-- The record version a review item started from: when the record's version moves past it (a decision, a
-- national update), the item is flagged "rà soát trên phiên bản cũ" until the reviewer confirms or redoes it.
ALTER TABLE campaign_items ADD COLUMN base_version INTEGER;
UPDATE campaign_items SET base_version = (SELECT p.version FROM procedures p WHERE p.id = campaign_items.procedure_id);
