-- The office's people: users with a role, their sessions, the audit trail and the settings.
-- Written for PostgreSQL 15; runs on PGlite (PostgreSQL 18) too. Instants are given by the server's
-- clock (tests pass a fixed one), so no column here defaults to now().

create table users (
  id bigint generated always as identity primary key,
  name text not null check (name <> ''),
  role text not null check (role in ('viewer', 'finance', 'admin')),
  -- scrypt$N$r$p$salt$hash, the till's PIN format (electron/core/auth/pin.ts).
  password_hash text not null,
  active boolean not null default true,
  created_at timestamptz not null,
  last_sign_in_at timestamptz,
  -- Wrong passwords in a row; at the limit the name is locked until locked_until.
  failed_sign_ins int not null default 0,
  locked_until timestamptz
);
-- One person per name, whatever its case: "Sari" and "sari" sign in as the same person.
create unique index users_name_lower on users (lower(name));

create table sessions (
  -- The cookie holds a random token; only its SHA-256 is kept, so a copy of the database signs no one in.
  token_sha256 text primary key,
  user_id bigint not null references users (id),
  created_at timestamptz not null,
  last_seen timestamptz not null,
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

create table audit (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  -- Who did it; null for the server itself (ingest, the watched folder).
  user_id bigint references users (id),
  -- 'user.create', 'user.role', 'user.password', 'user.active', 'settings.change', 'statement.issue', ...
  action text not null,
  target text,
  detail jsonb not null default '{}'
);
create index audit_action_at on audit (action, at);

create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null,
  updated_by bigint references users (id)
);

-- Tokens a till sends (Authorization: Bearer) when it uploads batches; only their hash is kept.
create table upload_tokens (
  id bigint generated always as identity primary key,
  label text not null,
  token_sha256 text not null unique,
  created_at timestamptz not null,
  created_by bigint references users (id),
  revoked_at timestamptz
);
