// The office's merge (`karya batch merge DIR... --out FILE.xlsx`): batches of many devices into one
// workbook, by producing unit with the proceeds split, by product, by day and by device. It reads
// the documents while checking them (one pass), counts a sale or refund that arrives twice (a
// re-export) once by its id, and writes nothing unless every batch passed the check.
import { renameSync, rmSync } from 'node:fs';
import type { BatchManifest, UnitSplit } from '../../shared/batch/format';
import { splitProceeds, UNKNOWN_UNIT_SPLIT } from '../../shared/batch/totals';
import type { XlsxCell } from '../../shared/xlsx';
import { FileSink } from '../core/batches/fileSink';
import { XlsxStreamWriter } from '../core/batches/xlsxStream';
import { type CheckedBatch, type VerifyReport, verifyBatches } from './verifyBatches';

interface Money {
  salesCount: number;
  salesTotal: number;
  voids: { count: number; amount: number };
  refunds: { count: number; amount: number };
  net: number;
}

export interface MergedTotals extends Money {
  roundingKept: number;
  byMethod: { method: string; sales: number; voids: number; refunds: number; net: number }[];
  /** One row per unit and split; a unit whose split differed between devices has a row per split. */
  byUnit: (UnitSplit & { amount: number; pnbp: number; premi: number; capital: number })[];
  /** Keyed by SKU and unit (product ids are each device's own). */
  byProduct: {
    sku: string;
    name: string;
    unit: string;
    producerCode: string;
    qtyMilli: number;
    amount: number;
  }[];
  /** A day with two Z reports (sold on after the first) lists both numbers. */
  byDay: (Money & { device: string; day: string; zNos: number[] })[];
  byDevice: (Money & { device: string; batches: number[]; days: number })[];
  batches: {
    device: string;
    seq: number;
    from: string;
    to: string;
    reexport: boolean;
    salesCount: number;
    net: number;
    manifestSha256: string;
    folder: string;
  }[];
}

export interface MergeResult {
  report: VerifyReport;
  totals: MergedTotals;
  /** Documents met again in a later batch (re-exports) and counted once. */
  duplicates: { sales: number; refunds: number };
  /** False when the check found problems: then no file is written. */
  written: boolean;
}

/** The map's value for `key`, made and stored on first use. */
function entry<V>(map: Map<string, V>, key: string, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const money = (): Money => ({
  salesCount: 0,
  salesTotal: 0,
  voids: { count: 0, amount: 0 },
  refunds: { count: 0, amount: 0 },
  net: 0,
});

function splitOf(
  manifest: BatchManifest,
  code: string,
): Pick<UnitSplit, 'pnbpBp' | 'premiBp' | 'capitalBp'> & { name: string } {
  const unit = manifest.units.find((u) => u.code === code);
  return unit ?? { ...UNKNOWN_UNIT_SPLIT, name: code };
}

/** Reads, checks and adds up the batches; writes `out` (an .xlsx) when given and all is well. */
export function mergeBatches(folders: readonly string[], out: string | null): MergeResult {
  const seenSales = new Set<string>();
  const seenRefunds = new Set<string>();
  const seenDays = new Set<string>();
  const duplicates = { sales: 0, refunds: 0 };
  const total = money();
  let roundingKept = 0;
  const methods = new Map<string, { sales: number; voids: number; refunds: number }>();
  const units = new Map<string, MergedTotals['byUnit'][number]>();
  const products = new Map<string, MergedTotals['byProduct'][number]>();
  const days = new Map<string, MergedTotals['byDay'][number]>();

  const method = (name: string) => {
    return entry(methods, name, () => ({ sales: 0, voids: 0, refunds: 0 }));
  };
  const unit = (batch: CheckedBatch, code: string, amount: number) => {
    const split = splitOf(batch.manifest as BatchManifest, code);
    const key = `${code}|${split.pnbpBp}|${split.premiBp}|${split.capitalBp}`;
    entry(units, key, () => ({ code, ...split, amount: 0, pnbp: 0, premi: 0, capital: 0 })).amount += amount;
  };
  const product = (
    sku: string,
    name: string,
    unitName: string,
    producerCode: string,
    qty: number,
    amount: number,
  ) => {
    const key = `${sku}|${unitName}|${producerCode}`;
    const row = entry(products, key, () => ({
      sku,
      name,
      unit: unitName,
      producerCode,
      qtyMilli: 0,
      amount: 0,
    }));
    row.qtyMilli += qty;
    row.amount += amount;
  };
  const day = (device: string, businessDay: string) => {
    return entry(days, `${device}|${businessDay}`, () => ({
      device,
      day: businessDay,
      zNos: [],
      ...money(),
    }));
  };
  const add = (target: Money, f: (m: Money) => void) => {
    f(target);
    f(total);
  };

  const report = verifyBatches(folders, {
    sale(sale, batch) {
      if (seenSales.has(sale.id)) {
        duplicates.sales++;
        return;
      }
      seenSales.add(sale.id);
      const row = day(sale.device, sale.businessDay);
      add(row, (m) => {
        m.salesCount++;
        m.salesTotal += sale.total;
        m.net += sale.total;
      });
      for (const p of sale.payments) {
        method(p.method).sales += p.amount;
        if (sale.void) method(p.method).voids += p.amount;
      }
      if (sale.void) {
        const amount = sale.void.amount;
        add(row, (m) => {
          m.voids.count++;
          m.voids.amount += amount;
          m.net -= amount;
        });
        return;
      }
      roundingKept += sale.rounding;
      for (const line of sale.lines) {
        unit(batch, line.producerCode, line.netTotal);
        product(line.sku, line.name, line.unit, line.producerCode, line.qtyMilli, line.netTotal);
      }
    },
    refund(refund, batch) {
      if (seenRefunds.has(refund.id)) {
        duplicates.refunds++;
        return;
      }
      seenRefunds.add(refund.id);
      add(day(refund.device, refund.businessDay), (m) => {
        m.refunds.count++;
        m.refunds.amount += refund.amount;
        m.net -= refund.amount;
      });
      method(refund.method).refunds += refund.amount;
      for (const line of refund.lines) {
        unit(batch, line.producerCode, -line.amount);
        product(line.sku, line.name, line.unit, line.producerCode, -line.qtyMilli, -line.amount);
      }
    },
    zReport(z) {
      const key = `${z.device}|${z.zNo}`;
      if (seenDays.has(key)) return;
      seenDays.add(key);
      const row = day(z.device, z.businessDay);
      row.zNos = [...row.zNos, z.zNo].sort((a, b) => a - b);
    },
  });

  for (const row of units.values()) Object.assign(row, splitProceeds(row.amount, row));
  const byDay = [...days.values()].sort(
    (a, b) => a.device.localeCompare(b.device) || a.day.localeCompare(b.day),
  );
  const devices = new Map<string, MergedTotals['byDevice'][number]>();
  for (const row of byDay) {
    const device = entry(devices, row.device, () => ({
      device: row.device,
      batches: [] as number[],
      days: 0,
      ...money(),
    }));
    device.days++;
    device.salesCount += row.salesCount;
    device.salesTotal += row.salesTotal;
    device.voids.count += row.voids.count;
    device.voids.amount += row.voids.amount;
    device.refunds.count += row.refunds.count;
    device.refunds.amount += row.refunds.amount;
    device.net += row.net;
  }
  const batches = report.batches
    .filter((b) => b.manifest)
    .map((b) => {
      const m = b.manifest as BatchManifest;
      devices.get(m.device)?.batches.push(m.seq);
      return {
        device: m.device,
        seq: m.seq,
        from: m.period.from,
        to: m.period.to,
        reexport: m.reexport,
        salesCount: m.counts.sales,
        net: m.totals.net,
        manifestSha256: b.manifestSha256 ?? '',
        folder: b.folder,
      };
    });
  const totals: MergedTotals = {
    ...total,
    roundingKept,
    byMethod: [...methods.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([m, row]) => ({ method: m, ...row, net: row.sales - row.voids - row.refunds })),
    byUnit: [...units.values()].sort((a, b) => a.code.localeCompare(b.code) || a.pnbpBp - b.pnbpBp),
    byProduct: [...products.values()].sort((a, b) => b.amount - a.amount || a.sku.localeCompare(b.sku)),
    byDay,
    byDevice: [...devices.values()],
    batches,
  };
  if (!report.ok || out === null) return { report, totals, duplicates, written: false };
  writeWorkbook(out, totals);
  return { report, totals, duplicates, written: true };
}

const pct = (bp: number) => bp / 100;
const moneyCells = (m: Money): XlsxCell[] => [
  m.salesCount,
  m.salesTotal,
  m.voids.amount,
  m.refunds.amount,
  m.net,
];

/** The merged workbook, written beside `out` and renamed into place when whole. */
function writeWorkbook(out: string, totals: MergedTotals): void {
  const partial = `${out}.partial`;
  const sink = new FileSink(partial);
  try {
    const book = new XlsxStreamWriter(
      [
        { name: 'Per unit', widths: [12, 36, 16, 14, 14, 14, 10, 10, 14] },
        { name: 'Per produk', widths: [14, 36, 8, 12, 10, 16] },
        { name: 'Per hari', widths: [12, 10, 8, 11, 16, 14, 14, 16] },
        { name: 'Per perangkat', widths: [10, 16, 8, 11, 16, 14, 14, 16] },
        { name: 'Batch', widths: [10, 8, 12, 12, 12, 11, 16, 66, 50] },
      ],
      (chunk) => sink.write(chunk),
    );
    book.startSheet();
    book.row([
      'Kode unit',
      'Unit produksi',
      'Penjualan bersih',
      'PNBP',
      'Premi',
      'Modal kerja',
      'PNBP (%)',
      'Premi (%)',
      'Modal kerja (%)',
    ]);
    for (const u of totals.byUnit) {
      book.row([
        u.code,
        u.name,
        u.amount,
        u.pnbp,
        u.premi,
        u.capital,
        pct(u.pnbpBp),
        pct(u.premiBp),
        pct(u.capitalBp),
      ]);
    }
    book.row(['', 'Pembulatan tunai (bukan milik unit)', totals.roundingKept]);
    book.row(['', 'TOTAL BERSIH', totals.net]);
    book.startSheet();
    book.row(['SKU', 'Produk', 'Satuan', 'Kode unit', 'Jumlah', 'Penjualan bersih']);
    for (const p of totals.byProduct)
      book.row([p.sku, p.name, p.unit, p.producerCode, p.qtyMilli / 1000, p.amount]);
    book.startSheet();
    const moneyHeader = ['Transaksi', 'Penjualan', 'Batal', 'Retur', 'Bersih'];
    book.row(['Hari usaha', 'Perangkat', 'No Z', ...moneyHeader]);
    for (const d of totals.byDay) book.row([d.day, d.device, d.zNos.join(', '), ...moneyCells(d)]);
    book.startSheet();
    book.row(['Perangkat', 'Batch', 'Hari', ...moneyHeader]);
    for (const d of totals.byDevice) book.row([d.device, d.batches.join(', '), d.days, ...moneyCells(d)]);
    book.startSheet();
    book.row([
      'Perangkat',
      'No batch',
      'Dari',
      'Sampai',
      'Ekspor ulang',
      'Transaksi',
      'Bersih',
      'SHA-256 manifest',
      'Folder',
    ]);
    for (const b of totals.batches) {
      book.row([
        b.device,
        b.seq,
        b.from,
        b.to,
        b.reexport ? 'ya' : 'tidak',
        b.salesCount,
        b.net,
        b.manifestSha256,
        b.folder,
      ]);
    }
    book.finish();
    sink.close();
    renameSync(partial, out);
  } catch (error) {
    sink.abandon();
    rmSync(partial, { force: true });
    throw error;
  }
}
