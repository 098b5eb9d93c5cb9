-- 0004: what a citizen step costs, and the channels a quy trình nội bộ variant applies to (issue 14).

-- The officer's classification of a step of the trình tự thực hiện: what it costs the applicant or the office
-- (PREPARE chuẩn bị hồ sơ, SUBMIT nộp hồ sơ, PAY nộp phí/lệ phí, VISIT đến cơ quan theo yêu cầu, OFFICE cơ quan xử lý,
-- RESULT nhận kết quả, NOTE quy định/ghi chú). NULL: guessed from the step's text (electron/shared/cost/step-class.ts).
ALTER TABLE steps ADD COLUMN cost_kind TEXT
  CHECK (cost_kind IS NULL OR cost_kind IN ('PREPARE', 'SUBMIT', 'PAY', 'VISIT', 'OFFICE', 'RESULT', 'NOTE'));
-- With cost_kind: the channels the step belongs to, comma-separated ('' = every channel).
ALTER TABLE steps ADD COLUMN cost_channels TEXT CHECK (cost_channels IS NULL OR cost_channels NOT GLOB '*[^A-Z_,]*');

-- A variant may apply to several channels ("Trực tiếp, Bưu chính" vs "Trực tuyến"): the single channel_method of
-- 0002 becomes a comma-separated list ('' = every channel without a variant of its own).
ALTER TABLE internal_processes ADD COLUMN channels TEXT NOT NULL DEFAULT ''
  CHECK (channels NOT GLOB '*[^A-Z_,]*');
UPDATE internal_processes SET channels = COALESCE(channel_method, '');
ALTER TABLE internal_processes DROP COLUMN channel_method;
