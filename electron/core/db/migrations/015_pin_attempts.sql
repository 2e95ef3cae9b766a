-- Wrong PINs per user and per door (the desktop window, the loopback browser door, the command
-- line): each door makes its own guesser wait longer and longer, so a stranger on one door can
-- neither guess quickly nor keep a user out of another door. Replaces the hard 5-minute lock kept
-- in users.failed_attempts and users.locked_until, which are no longer used.
CREATE TABLE pin_attempts (
  user_id        INTEGER NOT NULL REFERENCES users (id),
  door           TEXT NOT NULL CHECK (length(door) BETWEEN 1 AND 16),
  failures       INTEGER NOT NULL CHECK (failures > 0),
  last_failed_at TEXT NOT NULL,
  PRIMARY KEY (user_id, door)
) STRICT;

UPDATE users SET failed_attempts = 0, locked_until = NULL;
