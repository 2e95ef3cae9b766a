// The totals of a batch, summed from its documents. The device computes the manifest's totals with
// this while it writes the files, and the office recomputes them with the same code from the files
// it received, so a changed amount anywhere shows as a difference. The figures are those of the
// device's X/Z report for the same days (electron/core/reports/dayReport.ts): voids on the sale's
// own day, refunds on the day the money went back, units net of both, rounding belonging to no unit.
import { allocate } from '../allocate';
import type { BatchTotals, RefundDoc, SaleDoc, ShiftDoc, UnitSplit } from './format';

/** Splits a unit's amount by its basis points so the parts add up exactly, negative amounts too. */
export function splitProceeds(amount: number, unit: Pick<UnitSplit, 'pnbpBp' | 'premiBp' | 'capitalBp'>) {
  const parts = allocate(Math.abs(amount), [unit.pnbpBp, unit.premiBp, unit.capitalBp]);
  const sign = amount < 0 ? -1 : 1;
  // `|| 0` keeps -0 out of the JSON (it would print as 0 but compare unequal in some tools).
  return {
    pnbp: sign * (parts[0] ?? 0) || 0,
    premi: sign * (parts[1] ?? 0) || 0,
    capital: sign * (parts[2] ?? 0) || 0,
  };
}

/** A unit the device did not describe keeps everything as working capital (as the day report does). */
export const UNKNOWN_UNIT_SPLIT = { pnbpBp: 0, premiBp: 0, capitalBp: 10_000 };

interface MethodRow {
  sales: number;
  voids: number;
  refunds: number;
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export class BatchTotalsBuilder {
  private salesCount = 0;
  private gross = 0;
  private discounts = 0;
  private ppnAdded = 0;
  private rounding = 0;
  private salesTotal = 0;
  private voidCount = 0;
  private voidAmount = 0;
  private refundCount = 0;
  private refundAmount = 0;
  private dpp = 0;
  private ppn = 0;
  private roundingKept = 0;
  private readonly methods = new Map<string, MethodRow>();
  private readonly units = new Map<string, { amount: number; name: string }>();
  private readonly cash = { openingFloat: 0, cashIn: 0, cashOut: 0, counted: 0, variance: 0 };

  private method(name: string): MethodRow {
    let row = this.methods.get(name);
    if (!row) {
      row = { sales: 0, voids: 0, refunds: 0 };
      this.methods.set(name, row);
    }
    return row;
  }

  private unit(code: string, name: string, amount: number): void {
    const row = this.units.get(code);
    if (row) row.amount += amount;
    else this.units.set(code, { amount, name });
  }

  addSale(sale: SaleDoc): void {
    const voided = sale.void !== null;
    this.salesCount++;
    this.gross += sale.subtotal;
    this.discounts += sale.lineDiscounts + sale.orderDiscount;
    if (sale.taxMode === 'exclusive') this.ppnAdded += sale.ppn;
    this.rounding += sale.rounding;
    this.salesTotal += sale.total;
    for (const payment of sale.payments) {
      const row = this.method(payment.method);
      row.sales += payment.amount;
      if (voided) row.voids += payment.amount;
    }
    if (sale.void) {
      this.voidCount++;
      this.voidAmount += sale.void.amount;
      return;
    }
    this.dpp += sale.dpp;
    this.ppn += sale.ppn;
    this.roundingKept += sale.rounding;
    for (const line of sale.lines) this.unit(line.producerCode, line.producerName, line.netTotal);
  }

  addRefund(refund: RefundDoc): void {
    this.refundCount++;
    this.refundAmount += refund.amount;
    this.method(refund.method).refunds += refund.amount;
    for (const line of refund.lines) this.unit(line.producerCode, line.producerCode, -line.amount);
  }

  addShift(shift: ShiftDoc): void {
    this.cash.openingFloat += shift.openingFloat;
    this.cash.counted += shift.countedCash ?? 0;
    this.cash.variance += shift.variance ?? 0;
    for (const move of shift.movements) {
      if (move.kind === 'in') this.cash.cashIn += move.amount;
      else this.cash.cashOut += move.amount;
    }
  }

  /** The producing units met so far, for the manifest's `units` list. */
  unitCodes(): string[] {
    return [...this.units.keys()].sort();
  }

  finish(units: readonly UnitSplit[]): BatchTotals {
    const splits = new Map(units.map((u) => [u.code, u]));
    return {
      salesCount: this.salesCount,
      gross: this.gross,
      discounts: this.discounts,
      ppnAdded: this.ppnAdded,
      rounding: this.rounding,
      salesTotal: this.salesTotal,
      voids: { count: this.voidCount, amount: this.voidAmount },
      refunds: { count: this.refundCount, amount: this.refundAmount },
      net: this.salesTotal - this.voidAmount - this.refundAmount,
      tax: { dpp: this.dpp, ppn: this.ppn },
      roundingKept: this.roundingKept,
      byMethod: [...this.methods.entries()].sort(byKey).map(([method, row]) => ({
        method: method as BatchTotals['byMethod'][number]['method'],
        ...row,
        net: row.sales - row.voids - row.refunds,
      })),
      byUnit: [...this.units.entries()].sort(byKey).map(([code, row]) => {
        const unit = splits.get(code);
        return {
          code,
          name: unit?.name ?? row.name,
          amount: row.amount,
          ...splitProceeds(row.amount, unit ?? UNKNOWN_UNIT_SPLIT),
        };
      }),
      cash: { ...this.cash },
    };
  }
}
