-- 0001: the province's consolidation (issue 19). Ownership, not merging: units own their inventories and review
-- results (received as packages, one row per version, kept in history); the province owns its plans, catalog
-- and accounts. Money is exact milli-đồng (bigint), as in the unit's engine; text is NFC.

CREATE TABLE units (
  code text PRIMARY KEY,
  name text NOT NULL,
  level text NOT NULL CHECK (level IN ('TINH', 'XA', 'HUYEN_LEGACY', 'BO')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Province officers (admin, officer) and one submitting account per unit (role unit, unit_code set).
CREATE TABLE accounts (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('admin', 'officer', 'unit')),
  unit_code text REFERENCES units (code),
  password_salt bytea NOT NULL,
  password_hash bytea NOT NULL, -- scrypt (N=16384, r=8, p=1), 64 bytes
  disabled boolean NOT NULL DEFAULT false,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'unit') = (unit_code IS NOT NULL))
);

-- Only the SHA-256 of a session token is stored: a copy of this table opens no session.
CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Every action, append-only (the trigger refuses UPDATE and DELETE).
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  entity text NOT NULL,
  entity_key text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  remote text
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- The provincial catalog: one published record per mã TTHC (InventoryEntry JSON).
CREATE TABLE catalog (
  code text PRIMARY KEY,
  name text NOT NULL,
  field text NOT NULL DEFAULT '',
  search_text text NOT NULL DEFAULT '', -- folded code, name, lĩnh vực (đ = d), as the unit's inventory search
  record jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Kế hoạch rà soát of the province: procedures × units × deadlines, re-published as new versions.
CREATE TABLE plans (
  id serial PRIMARY KEY,
  key text NOT NULL UNIQUE,
  year integer NOT NULL,
  title text NOT NULL,
  deadline date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE plan_items (
  plan_id integer NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  unit_code text NOT NULL REFERENCES units (code),
  procedure_code text NOT NULL,
  deadline date,
  PRIMARY KEY (plan_id, unit_code, procedure_code)
);

-- One row per package received. The newest (by the unit's created_at) is current; older ones stay.
CREATE TABLE submissions (
  id bigserial PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plans (id),
  unit_code text NOT NULL REFERENCES units (code),
  version integer NOT NULL, -- arrival order per unit and plan: 1, 2, 3…
  content_hash text NOT NULL,
  data_hash text NOT NULL,
  manifest jsonb NOT NULL,
  package bytea NOT NULL, -- the file as received (history; the server never opens it in place)
  created_at timestamptz NOT NULL, -- when the unit built it
  received_at timestamptz NOT NULL DEFAULT now(),
  received_by text NOT NULL,
  is_current boolean NOT NULL,
  superseded_by bigint REFERENCES submissions (id),
  UNIQUE (plan_id, unit_code, content_hash),
  UNIQUE (plan_id, unit_code, version)
);
CREATE UNIQUE INDEX submissions_one_current ON submissions (plan_id, unit_code) WHERE is_current;

-- The unit's inventory state in that package (what the province's statistics count).
CREATE TABLE submission_procedures (
  submission_id bigint NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  code text NOT NULL,
  name text NOT NULL,
  field text NOT NULL,
  levels jsonb NOT NULL,
  online_level text,
  one_stop boolean NOT NULL,
  has_internal_process boolean NOT NULL,
  dossiers_per_year integer,
  PRIMARY KEY (submission_id, code)
);

-- One campaign item's result, with its figures as the unit computed them (never recomputed here).
CREATE TABLE submission_items (
  submission_id bigint NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  code text NOT NULL,
  name text NOT NULL,
  field text NOT NULL,
  status text NOT NULL,
  kind text, -- ABOLISH / REPLACE / AMEND / null (no proposal)
  proposals integer NOT NULL,
  proposal_texts jsonb NOT NULL, -- the proposals in words (the dashboard reads these, not the large result)
  before_milli bigint, -- null when the unit could not compute the cost
  after_milli bigint,
  days_before numeric,
  days_after numeric,
  result jsonb NOT NULL, -- the package's ItemResult (marks, activities, answers, figures)
  PRIMARY KEY (submission_id, code)
);
CREATE INDEX submission_items_code ON submission_items (code);

-- The province's own settings (its name as printed on reports, …), one JSON value per key.
CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);
