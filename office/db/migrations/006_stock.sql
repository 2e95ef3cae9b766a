-- Stock from the tills (batch format version 4): every move of each till's stock ledger, stored
-- once by its id however often it arrives, and a summary per device, location, product, business
-- day and kind of move that the stock pages and the consignment statement read.

create table stock_moves (
  id             text primary key check (id ~ '^[A-Z0-9]{2,8}-S[1-9][0-9]*$'),   -- <device>-S<move no>
  device         text not null references devices (code),
  move_no        bigint not null,
  op_id          text not null,
  kind           text not null check (kind in ('receive', 'adjust', 'transfer_out', 'transfer_in', 'event_out',
                                               'event_return', 'sale', 'refund', 'count')),
  business_day   date not null,                 -- the day of the Z that carried it
  z_no           int not null,
  created_at     timestamptz not null,
  user_name      text,
  location_id    int not null,                  -- the till's own location id
  location_code  text not null,
  location_name  text not null,
  location_kind  text not null,
  qty_milli      bigint not null,               -- signed at the location: + in, - out
  product_id     int not null,                  -- the till's own product id
  sku            text not null,
  name           text not null,
  unit           text not null,
  sold_by_weight boolean not null,
  producer_code  text not null,
  producer_name  text not null,
  workshop_id    int,
  workshop_name  text,
  unit_cost      bigint,                        -- rupiah per unit, null when the till had none
  unit_price     bigint,
  reference      text,
  reason         text,
  received_from  text,
  batch_code     text,
  expires_on     date,
  sale_id        text,
  sale_line_no   int,
  batch_id       text not null references batches (id),   -- the batch that brought it first
  doc_sha256     text not null,
  unique (device, move_no)
);
create index stock_moves_product on stock_moves (producer_code, sku, business_day);

-- Per device, location, product (unit and SKU), business day and kind: the quantity and its value
-- at cost and at price, each move valued at its own cost and price (rounded to whole rupiah per
-- move), so a price changed within a period values each move at the price it had. A move without
-- a cost counts in `uncosted` and adds nothing to cost_value.
create table stock_day_totals (
  device        text not null,
  location_code text not null,
  producer_code text not null,
  sku           text not null,
  business_day  date not null,
  kind          text not null,
  location_name text not null,                  -- as the latest move stored named them
  name          text not null,
  unit          text not null,
  qty_milli     bigint not null,
  cost_value    bigint not null,
  price_value   bigint not null,
  uncosted      int not null,
  moves         int not null,
  primary key (producer_code, sku, device, location_code, business_day, kind)
);
create index stock_day_totals_location on stock_day_totals (device, location_code, business_day);
