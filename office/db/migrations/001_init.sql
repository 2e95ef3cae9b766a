-- The office's data: tills' batches and the documents in them, stored once, with the summaries the
-- pages read. Written for PostgreSQL 15 (Debian's), and run on PGlite (PostgreSQL 18) too: no
-- virtual generated columns, no any_value, no JSON_TABLE, no uuidv7. Money is whole rupiah
-- (bigint), quantities milli-units (bigint), days the till's business day (date), instants
-- timestamptz. People (users, sessions, audit, settings, upload tokens) come in the next migration,
-- so a column naming a person here is a plain bigint.

-- Marks the database as the office's: a database without it (and not empty) is refused.
create table karya_office (format text primary key check (format = 'karya-office'));
insert into karya_office (format) values ('karya-office');

create table devices (
  code text primary key check (code ~ '^[A-Z0-9]{2,8}$'),
  time_zone text,
  first_seen timestamptz not null default now()
);

-- Every install id a device code arrived with. More than one row per code means two tills share a
-- code: the batch of the second is refused (refused = true), and the roster shows it.
create table device_installs (
  device text not null references devices (code),
  install_id text not null,
  first_seen timestamptz not null default now(),
  first_batch_seq int not null,
  refused boolean not null default false,
  primary key (device, install_id)
);

create table batches (
  id text primary key,                          -- manifest.batchId (ULID)
  device text not null references devices (code),
  seq int not null,
  manifest_sha256 text not null unique,
  prev_hash text,
  format_version smallint not null,
  install_id text,
  reexport boolean not null,
  period_from date not null,
  period_to date not null,
  sales int not null,
  refunds int not null,
  net bigint not null,
  manifest jsonb not null,                      -- as received: the units' rates, totals, days
  folder text not null,                         -- the batch folder's name under batches/<DEVICE>/
  receipt text not null,                        -- what the till was told: DEVICE-SEQ-sha12
  source text not null check (source in ('upload', 'folder', 'watch', 'archive')),
  received_at timestamptz not null default now(),
  received_by bigint,                           -- the office user who named or dropped the folder
  unique (device, seq)
);

-- The Idempotency-Key(s) a batch came under: the same batch under a second key is stored once.
create table upload_keys (
  key text primary key,
  batch_id text not null references batches (id),
  first_at timestamptz not null default now()
);

-- Every Z (day) each batch carries, from its manifest: "a day sent twice" and the re-exports.
create table batch_days (
  batch_id text not null references batches (id),
  device text not null,
  z_no int not null,
  business_day date not null,
  sales int not null,
  refunds int not null,
  primary key (batch_id, z_no)
);
create index batch_days_device_z on batch_days (device, z_no);

-- One row per Z report, from the batch that first carried it.
create table z_reports (
  device text not null,
  z_no int not null,
  business_day date not null,
  closed_at timestamptz not null,
  closed_by text not null,
  sales_count int not null,
  net bigint not null,
  report jsonb not null,
  batch_id text not null references batches (id),
  doc_sha256 text not null,
  primary key (device, z_no)
);

create table sales (
  id text primary key,                          -- the till's ULID: stored once however often it comes
  receipt_no text not null unique,
  device text not null,
  business_day date not null,
  seq int not null,
  created_at timestamptz not null,
  cashier_name text,
  buyer_name text,
  subtotal bigint not null,
  discounts bigint not null,
  ppn bigint not null,
  tax_mode text not null,
  rounding bigint not null,
  total bigint not null,
  voided boolean not null,
  void_amount bigint not null default 0,
  void_reason text,
  batch_id text not null references batches (id),
  doc_sha256 text not null                      -- SHA-256 of its sales.jsonl line: copies compared by it
);
create index sales_device_day on sales (device, business_day);

-- No foreign key to sales: lines, payments and their sale come from one parsed document, in one
-- transaction, and the key checks would only cost time at ingest.
create table sale_lines (
  sale_id text not null,
  line_no int not null,
  device text not null,
  business_day date not null,
  voided boolean not null,
  product_id int not null,
  sku text not null,
  name text not null,
  unit text not null,
  producer_code text not null,
  producer_name text not null,
  workshop_name text,
  qty_milli bigint not null,
  unit_price bigint not null,
  line_total bigint not null,
  discount bigint not null,
  ppn bigint not null,
  net_total bigint not null,
  pnbp_bp int not null,                         -- the rates of the batch that first brought the line
  premi_bp int not null,
  capital_bp int not null,
  primary key (sale_id, line_no)
);
create index sale_lines_unit_day on sale_lines (producer_code, business_day)
  include (net_total, pnbp_bp, premi_bp, capital_bp, voided);

create table payments (
  sale_id text not null,
  seq int not null,
  method text not null,
  amount bigint not null,
  tendered bigint not null,
  change bigint not null,
  reference text,
  primary key (sale_id, seq)
);

create table refunds (
  id text primary key,
  refund_no text not null unique,
  device text not null,
  business_day date not null,                   -- the day the money went back
  seq int not null,
  created_at timestamptz not null,
  sale_id text not null,
  sale_receipt_no text not null,
  sale_business_day date not null,
  method text not null,
  amount bigint not null,
  reason text not null,
  approved_by text not null,
  batch_id text not null references batches (id),
  doc_sha256 text not null
);
create index refunds_sale on refunds (sale_id);

create table refund_lines (
  refund_id text not null,
  line_no int not null,                         -- its place in the refund document, from 1
  device text not null,
  business_day date not null,
  sale_line_no int not null,
  sku text not null,
  name text not null,
  unit text not null,
  producer_code text not null,
  qty_milli bigint not null,
  amount bigint not null,
  pnbp_bp int not null,
  premi_bp int not null,
  capital_bp int not null,
  primary key (refund_id, line_no)
);
create index refund_lines_unit_day on refund_lines (producer_code, business_day)
  include (amount, pnbp_bp, premi_bp, capital_bp);

create table shifts (
  device text not null,
  id int not null,
  business_day date not null,
  doc jsonb not null,
  batch_id text not null references batches (id),
  doc_sha256 text not null,
  primary key (device, id)
);

-- A document that arrived again with other bytes (a re-export that differs from its first copy),
-- or a receipt/refund number that came under another id: flagged, never merged. The first copy
-- stays what counts.
create table copy_differences (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('sale', 'refund', 'z_report', 'shift', 'receipt_no', 'refund_no')),
  doc_id text not null,                         -- the sale/refund id, 'DEVICE/Z<n>', 'DEVICE/shift <n>'
  device text not null,
  business_day date,
  first_batch_id text not null references batches (id),
  other_batch_id text not null references batches (id),
  first_sha256 text not null,
  other_sha256 text not null,
  found_at timestamptz not null default now(),
  unique (kind, doc_id, other_batch_id)
);

-- Kept up to date in the ingest transaction from the rows it actually inserted.
create table day_unit_totals (
  device text not null,
  business_day date not null,
  producer_code text not null,
  pnbp_bp int not null,
  premi_bp int not null,
  capital_bp int not null,
  sales_net bigint not null,                    -- net of the lines of sales not voided
  refunds bigint not null,                      -- refunded on this day (the day the money went back)
  lines int not null,
  primary key (business_day, producer_code, device, pnbp_bp, premi_bp, capital_bp)
);

create table month_product_totals (
  month date not null,                          -- the first day of the month
  producer_code text not null,
  sku text not null,
  name text not null,
  unit text not null,
  qty_milli bigint not null,                    -- sold less refunded
  net bigint not null,
  primary key (month, producer_code, sku, name, unit)
);
