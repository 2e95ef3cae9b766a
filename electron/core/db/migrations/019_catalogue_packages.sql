-- Catalogue packages from the office (docs/catalogue-packages.md): which packages this till applied,
-- which office version each catalogue record holds, and prices the office set for a later day.

-- The package version in which the office last changed the record this row holds; NULL for a record
-- the booth made itself (a local product, unit, workshop, category or tier), which a package never
-- removes. A package's record is taken only when its version is newer than the one held here.
ALTER TABLE producers ADD COLUMN office_version INTEGER CHECK (office_version IS NULL OR office_version > 0);
ALTER TABLE workshops ADD COLUMN office_version INTEGER CHECK (office_version IS NULL OR office_version > 0);
ALTER TABLE categories ADD COLUMN office_version INTEGER CHECK (office_version IS NULL OR office_version > 0);
ALTER TABLE price_tiers ADD COLUMN office_version INTEGER CHECK (office_version IS NULL OR office_version > 0);
ALTER TABLE products ADD COLUMN office_version INTEGER CHECK (office_version IS NULL OR office_version > 0);

-- Every package applied here, once each. It covers the office versions (based_on, version]: the
-- catalogue this till holds is "version V" when (0, V] is covered by the rows together.
CREATE TABLE catalogue_packages (
  manifest_sha256 TEXT PRIMARY KEY CHECK (length(manifest_sha256) = 64),
  version         INTEGER NOT NULL CHECK (version > 0),
  based_on        INTEGER NOT NULL CHECK (based_on >= 0 AND based_on < version),
  office_name     TEXT NOT NULL,
  key_id          TEXT NOT NULL,
  created_at      TEXT NOT NULL,                    -- when the office made it (ISO instant)
  office_day      TEXT NOT NULL,                    -- the office's business day then
  source          TEXT NOT NULL CHECK (source IN ('usb', 'office')),
  counts          TEXT NOT NULL CHECK (json_valid(counts)),   -- records in the package
  changes         TEXT NOT NULL CHECK (json_valid(changes)),  -- what applying it changed here
  applied_at      TEXT NOT NULL,
  applied_by_id   INTEGER REFERENCES users (id),
  applied_by_name TEXT NOT NULL,
  UNIQUE (based_on, version)
) STRICT;
CREATE TRIGGER catalogue_packages_immutable_update BEFORE UPDATE ON catalogue_packages
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: paket katalog yang diterapkan tidak dapat diubah'); END;
CREATE TRIGGER catalogue_packages_immutable_delete BEFORE DELETE ON catalogue_packages
BEGIN SELECT RAISE(ABORT, 'IMMUTABLE: paket katalog yang diterapkan tidak dapat dihapus'); END;

-- A price the office set from a business day after the one the till was on when the package was
-- applied. It becomes the product's price (with its row in price_history) on that business day,
-- before anything is priced that day; a newer package's record of the product replaces them.
CREATE TABLE scheduled_prices (
  product_id      INTEGER NOT NULL REFERENCES products (id),
  from_day        TEXT NOT NULL CHECK (date(from_day) IS from_day),
  price           INTEGER NOT NULL CHECK (price >= 0),
  package_version INTEGER NOT NULL CHECK (package_version > 0),
  PRIMARY KEY (product_id, from_day)
) STRICT, WITHOUT ROWID;
CREATE INDEX scheduled_prices_due ON scheduled_prices (from_day);
