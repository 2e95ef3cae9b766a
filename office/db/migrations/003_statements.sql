-- Settlement statements: each issue of a unit's statement for a period, numbered, with the SHA-256
-- of its inputs and of its two files. A new revision only when the inputs changed; an issued
-- statement is never rewritten. The files are kept here, so a statement downloads the same bytes
-- years later whatever the fonts or the code do by then.

create table statements (
  number text primary key,                      -- 'HP/LPS-PALU/2026-11/1'
  producer_code text not null,
  period_from date not null,
  period_to date not null,
  revision int not null check (revision >= 1),
  issued_at timestamptz not null,
  issued_by bigint not null references users (id),
  issued_by_name text not null,                 -- as printed on it, even if the person is renamed later
  inputs_sha256 text not null,                  -- over the sorted (batch id, manifest SHA-256) it covers
  totals jsonb not null,
  pdf_sha256 text not null,
  xlsx_sha256 text not null,
  unique (producer_code, period_from, period_to, revision),
  check (period_from <= period_to)
);
create index statements_issued on statements (issued_at desc);

create table statement_files (
  sha256 text primary key,
  kind text not null check (kind in ('pdf', 'xlsx')),
  bytes bytea not null
);
