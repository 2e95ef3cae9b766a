// What the next batch would hold, before anything is written: the same documents the export reads,
// summed the same way, so the screen shows exactly the counts and totals the manifest will carry.

import type { BatchCounts } from '../../../shared/batch/format';
import { BatchTotalsBuilder } from '../../../shared/batch/totals';
import type { CommandOutput, ParsedInput } from '../../../shared/contract';
import type { EngineContext } from '../context';
import { EngineError } from '../errors';
import { refundDocs, saleDocPages, shiftDocs } from './batchDocs';
import { closedDays, planBatch } from './batchPlan';
import { stockRanges } from './stockDocs';
import { unitSplits } from './writeBatchFiles';

const pause = () => new Promise((resolve) => setImmediate(resolve));

export async function previewBatch(
  ctx: EngineContext,
  input: ParsedInput<'batches.preview'>,
): Promise<CommandOutput<'batches.preview'>> {
  const { db } = ctx;
  const device = ctx.device.device;
  const days = closedDays(db, device);
  const last = db.prepare('SELECT max(seq) AS seq FROM batches WHERE device = ?').get(device) as {
    seq: number | null;
  };
  const base = { device, nextSeq: (last.seq ?? 0) + 1, closedDays: days };
  let plan: ReturnType<typeof planBatch>;
  try {
    plan = planBatch(db, device, input);
  } catch (error) {
    if (error instanceof EngineError && (error.code === 'CONFLICT' || error.code === 'INVALID_INPUT'))
      return { ...base, batch: null, reason: error.ref };
    throw error;
  }
  const counts: BatchCounts = {
    sales: 0,
    lines: 0,
    payments: 0,
    voids: 0,
    refunds: 0,
    refundLines: 0,
    shifts: 0,
    cashMovements: 0,
    zReports: 0,
    stockMoves: 0,
  };
  // The stock moves each Z carries: a count, read off the Z's range of move numbers.
  const ranges = stockRanges(db, device);
  const totals = new BatchTotalsBuilder();
  let first: string | null = null;
  let lastReceipt: string | null = null;
  for (const day of plan.days) {
    for (const page of saleDocPages(db, device, [day])) {
      for (const sale of page) {
        totals.addSale(sale);
        counts.sales++;
        counts.lines += sale.lines.length;
        counts.payments += sale.payments.length;
        if (sale.void) counts.voids++;
        first ??= sale.receiptNo;
        lastReceipt = sale.receiptNo;
      }
      await pause();
    }
    for (const refund of refundDocs(db, device, day)) {
      totals.addRefund(refund);
      counts.refunds++;
      counts.refundLines += refund.lines.length;
    }
    for (const shift of shiftDocs(db, device, day)) {
      totals.addShift(shift);
      counts.shifts++;
      counts.cashMovements += shift.movements.length;
    }
    counts.zReports++;
    const range = ranges.get(day.zNo);
    if (range) counts.stockMoves = (counts.stockMoves ?? 0) + range.stockUpto - range.stockAfter;
  }
  return {
    ...base,
    batch: {
      seq: plan.seq,
      name: plan.name,
      reexport: plan.reexport,
      days: [...new Set(plan.days.map((d) => d.day))],
      from: plan.from,
      to: plan.to,
      receipts: { first, last: lastReceipt },
      counts,
      totals: totals.finish(unitSplits(db, totals.unitCodes())),
    },
    reason: null,
  };
}
