-- The master catalogue the office keeps and publishes to the tills as signed packages
-- (shared/catalogPackage/format.ts, docs/office.md "Master catalogue and packages").
--
-- Every record the package carries has `changed_in`: the package version in which the office last
-- changed it, NULL while it has changed since the last publish. Publishing stamps every NULL with
-- the next version in one transaction. A product's barcodes, price steps and tier prices are part of
-- the product record: changing one of them sets the product's changed_in to NULL. Nothing is
-- deleted; a record is made inactive instead (categories and tiers have no such flag and are only
-- added or changed).

-- The till's units of sale (electron/core/db/migrations/003_catalogue.sql), the same codes: a
-- product names one, and a weighed product needs one with three decimals.
create table catalogue_sale_units (
  code text primary key,
  label text not null,
  decimals smallint not null check (decimals in (0, 3))
);
insert into catalogue_sale_units (code, label, decimals) values
  ('pcs', 'buah', 0), ('botol', 'botol', 0), ('toples', 'toples', 0), ('lembar', 'lembar', 0),
  ('rak', 'rak', 0), ('ikat', 'ikat', 0), ('pack', 'pak', 0), ('kg', 'kilogram', 3), ('liter', 'liter', 3);

-- Producing units (UPT) and how their proceeds are split, in basis points that make 10000; a unit
-- an import creates gets the till's default split (15% PNBP, 50% premi, 35% capital).
create table catalogue_units (
  code text primary key check (code ~ '^[A-Z0-9][A-Z0-9._-]{0,31}$'),
  name text not null check (name <> ''),
  pnbp_bp int not null default 1500 check (pnbp_bp between 0 and 10000),
  premi_bp int not null default 5000 check (premi_bp between 0 and 10000),
  capital_bp int not null default 3500 check (capital_bp between 0 and 10000),
  active boolean not null default true,
  changed_in int check (changed_in >= 1),
  check (pnbp_bp + premi_bp + capital_bp = 10000)
);

-- A unit's workshops, named once per unit whatever the case ("Dapur" and "dapur" are one).
create table catalogue_workshops (
  id bigint generated always as identity primary key,
  unit_code text not null references catalogue_units (code),
  name text not null check (name <> ''),
  active boolean not null default true,
  changed_in int check (changed_in >= 1)
);
create unique index catalogue_workshops_name on catalogue_workshops (unit_code, lower(name));

create table catalogue_categories (
  name text primary key check (name <> ''),
  sort_order int not null default 0,
  changed_in int check (changed_in >= 1)
);
create unique index catalogue_categories_lower on catalogue_categories (lower(name));

create table catalogue_tiers (
  code text primary key check (code ~ '^[A-Z0-9]{1,16}$'),
  name text not null check (name <> ''),
  changed_in int check (changed_in >= 1)
);

create table catalogue_products (
  id bigint generated always as identity primary key,
  sku text not null check (sku <> ''),
  name text not null check (name <> ''),
  category text not null references catalogue_categories (name),
  unit text not null references catalogue_sale_units (code),
  sold_by_weight boolean not null,
  unit_code text not null references catalogue_units (code),
  workshop_id bigint references catalogue_workshops (id),
  cost bigint check (cost >= 0),
  pirt_no text,
  halal_no text,
  active boolean not null default true,
  changed_in int check (changed_in >= 1),
  updated_at timestamptz not null,
  updated_by bigint references users (id)
);
-- One product per SKU whatever its case, as at the till.
create unique index catalogue_products_sku on catalogue_products (lower(sku));
create index catalogue_products_name on catalogue_products (lower(name));

-- A barcode belongs to one product of the whole catalogue.
create table catalogue_barcodes (
  code text primary key,
  product_id bigint not null references catalogue_products (id),
  position int not null
);
create index catalogue_barcodes_product on catalogue_barcodes (product_id, position);

-- A product's price steps: each price applies from its business day (the office's, WITA) on,
-- until the next step. A step for a later day is a price change announced ahead.
create table catalogue_prices (
  product_id bigint not null references catalogue_products (id),
  from_day date not null,
  price bigint not null check (price >= 0),
  set_at timestamptz not null,
  set_by bigint references users (id),
  primary key (product_id, from_day)
);

create table catalogue_tier_prices (
  product_id bigint not null references catalogue_products (id),
  tier_code text not null references catalogue_tiers (code),
  price bigint not null check (price >= 0),
  primary key (product_id, tier_code)
);

-- One row per publish. `package_zip` is that publish's package as it was signed (the changes since
-- `based_on`, or the whole catalogue for the first); `catalogue_json` is the whole catalogue at this
-- version with every price step, from which any later package `(B, version]` is built.
create table catalogue_packages (
  version int primary key check (version >= 1),
  based_on int not null check (based_on >= 0 and based_on < version),
  created_at timestamptz not null,
  created_by bigint references users (id),
  created_by_name text,
  key_id text not null,
  manifest_sha256 text not null,
  -- Records this publish stamped: {"units": 1, "workshops": 0, ...}.
  changes jsonb not null,
  package_zip bytea not null,
  catalogue_json bytea not null
);
