// The Z report a till stores when it closes a day, worked out from the day's documents instead of
// its database: the same figures and orderings as electron/core/reports/dayReport.ts (voids on
// the sale's day, refunds on the day the money went back, units net of both, cash rounding in no
// unit, the drawers' expected cash per shift). The office checks the headline figures against the
// documents (`karya batch verify`); the breakdowns are there because a real Z carries them.
import type { RefundDoc, SaleDoc, ShiftDoc, UnitSplit, ZReportDoc } from '../../../shared/batch/format';
import { splitProceeds, UNKNOWN_UNIT_SPLIT } from '../../../shared/batch/totals';
import type { DemoProduct } from './catalogue';

export interface ZInput {
  device: string;
  day: string;
  zNo: number;
  closedAt: string;
  closedBy: string;
  /** Minutes east of UTC of the device's zone (Indonesia keeps no summer time). */
  offsetMinutes: number;
  sales: readonly SaleDoc[];
  refunds: readonly RefundDoc[];
  shifts: readonly ShiftDoc[];
  products: ReadonlyMap<number, DemoProduct>;
  units: ReadonlyMap<string, UnitSplit>;
}

function bump<K>(map: Map<K, number>, key: K, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

export function zReportFor(input: ZInput): ZReportDoc {
  const { sales, refunds, shifts } = input;
  let gross = 0;
  let discounts = 0;
  let ppnAdded = 0;
  let rounding = 0;
  let salesTotal = 0;
  let voidCount = 0;
  let voidAmount = 0;
  let dpp = 0;
  let ppn = 0;
  let roundingKept = 0;
  const methodSales = new Map<string, { sales: number; voids: number }>();
  const cashiers = new Map<string, { salesCount: number; amount: number }>();
  const products = new Map<
    number,
    { productId: number; sku: string; name: string; unit: string; qtyMilli: number; amount: number }
  >();
  const producers = new Map<string, number>();
  const categories = new Map<string, number>();
  const hours = new Map<number, { count: number; amount: number }>();
  const drawer = new Map<number, number>();
  const addProduct = (
    productId: number,
    sku: string,
    name: string,
    unit: string,
    producer: string,
    qty: number,
    amount: number,
  ) => {
    const row = products.get(productId);
    if (row) {
      row.qtyMilli += qty;
      row.amount += amount;
    } else products.set(productId, { productId, sku, name, unit, qtyMilli: qty, amount });
    bump(producers, producer, amount);
    bump(categories, input.products.get(productId)?.category ?? '-', amount);
  };

  for (const sale of sales) {
    gross += sale.subtotal;
    discounts += sale.lineDiscounts + sale.orderDiscount;
    if (sale.taxMode === 'exclusive') ppnAdded += sale.ppn;
    rounding += sale.rounding;
    salesTotal += sale.total;
    for (const p of sale.payments) {
      const row = methodSales.get(p.method) ?? { sales: 0, voids: 0 };
      row.sales += p.amount;
      if (sale.void) row.voids += p.amount;
      methodSales.set(p.method, row);
      if (p.method === 'cash' && sale.shiftId !== null) bump(drawer, sale.shiftId, p.amount);
      if (p.method === 'cash' && sale.void?.shiftId != null) bump(drawer, sale.void.shiftId, -p.amount);
    }
    if (sale.void) {
      voidCount++;
      voidAmount += sale.void.amount;
      continue;
    }
    dpp += sale.dpp;
    ppn += sale.ppn;
    roundingKept += sale.rounding;
    const cashier = cashiers.get(sale.cashierName ?? 'Sistem') ?? { salesCount: 0, amount: 0 };
    cashier.salesCount++;
    cashier.amount += sale.total;
    cashiers.set(sale.cashierName ?? 'Sistem', cashier);
    const hour = new Date(Date.parse(sale.createdAt) + input.offsetMinutes * 60_000).getUTCHours();
    const slot = hours.get(hour) ?? { count: 0, amount: 0 };
    slot.count++;
    slot.amount += sale.total;
    hours.set(hour, slot);
    for (const l of sale.lines) {
      addProduct(l.productId, l.sku, l.name, l.unit, l.producerCode, l.qtyMilli, l.netTotal);
    }
  }

  // The report's SQL groups payments by method (alphabetical), then adds refunds.
  const methods = new Map<string, { sales: number; voids: number; refunds: number }>();
  for (const name of [...methodSales.keys()].sort()) {
    const row = methodSales.get(name) ?? { sales: 0, voids: 0 };
    methods.set(name, { ...row, refunds: 0 });
  }
  let refundAmount = 0;
  for (const r of refunds) {
    refundAmount += r.amount;
    const row = methods.get(r.method) ?? { sales: 0, voids: 0, refunds: 0 };
    row.refunds += r.amount;
    methods.set(r.method, row);
    if (r.method === 'cash' && r.shiftId !== null) bump(drawer, r.shiftId, -r.amount);
    for (const l of r.lines)
      addProduct(l.productId, l.sku, l.name, l.unit, l.producerCode, -l.qtyMilli, -l.amount);
  }

  let cashIn = 0;
  let cashOut = 0;
  let expected = 0;
  for (const shift of shifts) {
    let moves = 0;
    for (const m of shift.movements) {
      if (m.kind === 'in') cashIn += m.amount;
      else cashOut += m.amount;
      moves += m.kind === 'in' ? m.amount : -m.amount;
    }
    expected += shift.openingFloat + (drawer.get(shift.id) ?? 0) + moves;
  }
  const cashRow = methods.get('cash') ?? { sales: 0, voids: 0, refunds: 0 };
  const openingFloat = shifts.reduce((sum, s) => sum + s.openingFloat, 0);

  const report = {
    device: input.device,
    from: input.day,
    to: input.day,
    generatedAt: input.closedAt,
    zNo: input.zNo,
    salesCount: sales.length,
    gross,
    discounts,
    ppnAdded,
    rounding,
    salesTotal,
    voids: { count: voidCount, amount: voidAmount },
    refunds: { count: refunds.length, amount: refundAmount },
    net: salesTotal - voidAmount - refundAmount,
    tax: { dpp, ppn },
    byMethod: [...methods.entries()]
      .map(([method, row]) => ({ method, ...row, net: row.sales - row.voids - row.refunds }))
      .sort((a, b) => b.net - a.net),
    byCashier: [...cashiers.entries()]
      .map(([name, row]) => ({ name, ...row }))
      .sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name)),
    byProduct: [...products.values()].sort((a, b) => b.amount - a.amount || a.sku.localeCompare(b.sku)),
    byCategory: [...categories.entries()]
      .map(([category, amount]) => ({ category, amount }))
      .sort((a, b) => b.amount - a.amount),
    byProducer: [...producers.entries()]
      .map(([code, amount]) => {
        const unit = input.units.get(code);
        return {
          code,
          name: unit?.name ?? code,
          amount,
          ...splitProceeds(amount, unit ?? UNKNOWN_UNIT_SPLIT),
        };
      })
      .sort((a, b) => b.amount - a.amount || a.code.localeCompare(b.code)),
    roundingKept,
    byHour: [...hours.entries()].sort((a, b) => a[0] - b[0]).map(([hour, row]) => ({ hour, ...row })),
    cash: {
      openingFloat,
      cashSales: cashRow.sales,
      cashVoided: cashRow.voids,
      cashRefunds: cashRow.refunds,
      cashIn,
      cashOut,
      outsideShifts:
        openingFloat + cashRow.sales - cashRow.voids - cashRow.refunds + cashIn - cashOut - expected,
      expected,
      counted: shifts.reduce((sum, s) => sum + (s.countedCash ?? 0), 0),
      variance: shifts.reduce((sum, s) => sum + (s.variance ?? 0), 0),
    },
    shifts: shifts.map((s) => ({
      id: s.id,
      userName: s.userName,
      openedAt: s.openedAt,
      closedAt: s.closedAt,
      expectedCash: s.expectedCash,
      countedCash: s.countedCash,
      variance: s.variance,
    })),
  };
  return {
    device: input.device,
    businessDay: input.day,
    zNo: input.zNo,
    closedAt: input.closedAt,
    closedBy: input.closedBy,
    report,
  };
}
