-- Goods a till sent back to the producing unit (UPT): the move kind `unit_return` of batch format
-- version 4 (docs/batch-format.md), counted as "returned" in the consignment statement.
alter table stock_moves drop constraint stock_moves_kind_check;
alter table stock_moves add constraint stock_moves_kind_check
  check (kind in ('receive', 'adjust', 'transfer_out', 'transfer_in', 'event_out', 'event_return', 'sale',
                  'refund', 'count', 'unit_return'));
