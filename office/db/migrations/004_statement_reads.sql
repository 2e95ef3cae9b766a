-- A unit's statement read without walking its lines. A year of 100 tills holds millions of lines,
-- and the statement page asks for a month's totals and one page of lines at a time:
--  * day_unit_totals gets the number of lines that count (sale lines of sales not voided, refund
--    lines), so the totals are a few thousand summary rows (`lines` keeps counting every sale line,
--    voided ones too);
--  * the lines carry their document's number, and the unit index is in the statement's order
--    (day, document number byte by byte, line), so a page is one range of each index, merged.

alter table day_unit_totals
  add column sale_lines int not null default 0,
  add column refund_lines int not null default 0;

-- Office databases made before this migration: the counts from the stored lines.
update day_unit_totals t set sale_lines = s.n
  from (select device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp, count(*)::int as n
          from sale_lines where not voided group by 1, 2, 3, 4, 5, 6) s
 where t.device = s.device and t.business_day = s.business_day and t.producer_code = s.producer_code
   and t.pnbp_bp = s.pnbp_bp and t.premi_bp = s.premi_bp and t.capital_bp = s.capital_bp;
update day_unit_totals t set refund_lines = r.n
  from (select device, business_day, producer_code, pnbp_bp, premi_bp, capital_bp, count(*)::int as n
          from refund_lines group by 1, 2, 3, 4, 5, 6) r
 where t.device = r.device and t.business_day = r.business_day and t.producer_code = r.producer_code
   and t.pnbp_bp = r.pnbp_bp and t.premi_bp = r.premi_bp and t.capital_bp = r.capital_bp;

-- One unit's period is one range of this index, and the totals are read from it alone.
create index day_unit_totals_unit_day on day_unit_totals (producer_code, business_day)
  include (device, pnbp_bp, premi_bp, capital_bp, sales_net, refunds, sale_lines, refund_lines);

alter table sale_lines add column receipt_no text;
update sale_lines l set receipt_no = s.receipt_no from sales s where s.id = l.sale_id;
alter table sale_lines alter column receipt_no set not null;

alter table refund_lines add column refund_no text;
update refund_lines l set refund_no = r.refund_no from refunds r where r.id = l.refund_id;
alter table refund_lines alter column refund_no set not null;

-- In place of the unit indexes made for summing lines (the totals now come from the summary).
drop index sale_lines_unit_day;
create index sale_lines_unit_doc on sale_lines (producer_code, business_day, receipt_no collate "C", line_no);
drop index refund_lines_unit_day;
create index refund_lines_unit_doc on refund_lines (producer_code, business_day, refund_no collate "C", line_no);
