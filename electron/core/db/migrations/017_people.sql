-- People managed from the People screen (docs/security.md, "Who manages whom").
-- last_login_at: the last successful sign-in (PIN, first-run setup, or a new PIN after a reset).
-- pin_reset_at: set when a manager or admin resets the PIN; the person chooses a new one at her next
-- sign-in, and until then no PIN opens her account (pin_hash is emptied).
-- session_epoch: raised when the PIN is reset or set by someone else and when the person is
-- deactivated; sessions opened before it stop working at once, on every door.
ALTER TABLE users ADD COLUMN last_login_at TEXT;
ALTER TABLE users ADD COLUMN pin_reset_at TEXT;
ALTER TABLE users ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0 CHECK (session_epoch >= 0);
