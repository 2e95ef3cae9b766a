-- People who use the till. PINs are stored only as scrypt hashes; repeated wrong PINs lock the user.
CREATE TABLE users (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 60),
  role            TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'admin')),
  pin_hash        TEXT NOT NULL,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until    TEXT,
  created_at      TEXT NOT NULL
) STRICT;

-- Every sale records who rang it up (name kept as it was, for receipts and reports).
ALTER TABLE sales ADD COLUMN cashier_id INTEGER REFERENCES users (id);
ALTER TABLE sales ADD COLUMN cashier_name TEXT;
