// The office's scale data without a till: devices x days of business written straight as batch
// folders, through the till's own batch writer (electron/core/batches/writeBatchFiles.ts), so the
// files, names, canonical JSON, workbook, manifest (units' splits, counts, totals, checksums,
// prevHash chain, install id, format 3) are what a till exports. A year on 100 tills through the
// till's engine would take hours; this takes minutes, one device and one batch at a time, so
// memory stays flat whatever the size.
//
// Planted, and said in generated.json: one batch held back (a gap in one device's numbering and Z
// numbers; it waits in withheld/ to be delivered late), one re-export whose copy of a sale differs
// from the first (a line moved to another unit), and one re-export identical to its first copy.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type BatchPlan, type ClosedDay, derivedUlid } from '../../../electron/core/batches/batchPlan';
import { FileSink, flushFolder } from '../../../electron/core/batches/fileSink';
import { type BatchDocuments, writeBatchFiles } from '../../../electron/core/batches/writeBatchFiles';
import { BATCH_FILES, batchFolderName, type SaleDoc, type UnitSplit } from '../../../shared/batch/format';
import { splitProceeds } from '../../../shared/batch/totals';
import { seededRandom } from '../random';
import { demoCatalogue } from './catalogue';
import { DeviceTill, type GeneratedDay, TIME_ZONE, type TillProfile } from './deviceTill';

export const GENERATOR = 'Karya POS bench';

export interface GenerateOptions {
  /** Folder to write into; it must not exist or be empty. */
  out: string;
  seed: number;
  devices: number;
  days: number;
  /** Average sales per device and day (each day varies by ±30%). */
  salesPerDay: number;
  /** Days per normal batch (a till exporting weekly: 7). */
  batchDays: number;
  /** The first business day, YYYY-MM-DD (a fixed date: nothing reads the calendar). */
  firstDay: string;
  /** Plant the gap and the two re-exports (default true; needs 3 devices and 3 batches each). */
  plant?: boolean;
  /** Called after each batch folder is written. */
  onBatch?: (done: { device: string; seq: number; sales: number; totalSales: number }) => void;
}

/** The shape of the bench's data: a till's average day and a batch a week. */
export const BENCH_SHAPE = { salesPerDay: 96, batchDays: 7, firstDay: '2026-01-01' } as const;

/** The bench's own seed by default, so a folder written by hand can serve `--office-data`. */
export const DEFAULTS = {
  seed: 20261128,
  devices: 100,
  days: 365,
  ...BENCH_SHAPE,
} as const;

export interface UnitTotal extends UnitSplit {
  /** Net of voids and refunds, as `karya batch merge` adds it up (each document counted once). */
  amount: number;
  pnbp: number;
  premi: number;
  capital: number;
}

export interface Tally {
  batches: number;
  sales: number;
  lines: number;
  payments: number;
  voids: number;
  refunds: number;
  refundLines: number;
  shifts: number;
  zReports: number;
  /** Sum of the batches' manifest net (sales - voids - refunds). */
  net: number;
  roundingKept: number;
  byUnit: UnitTotal[];
}

export interface PlantedBatch {
  device: string;
  seq: number;
  folder: string;
  from: string;
  to: string;
}

export interface GeneratedSummary {
  generator: string;
  seed: number;
  devices: number;
  days: number;
  salesPerDay: number;
  batchDays: number;
  firstDay: string;
  lastDay: string;
  timeZone: string;
  /** Folders under the output: the batches as delivered, and the one held back. */
  folders: { batches: string; withheld: string };
  /** Everything in batches/, each document once (re-exported copies not counted again). */
  delivered: Tally;
  /** The batch held back (the gap). */
  withheld: Tally;
  /** Sales written again in re-exports (already counted in `delivered`). */
  reexportedSales: number;
  planted: {
    gap: (PlantedBatch & { zNos: [number, number] }) | null;
    differingReexport:
      | (PlantedBatch & {
          ofSeq: number;
          receiptNo: string;
          saleId: string;
          lineNo: number;
          unitBefore: string;
          unitAfter: string;
        })
      | null;
    identicalReexport: (PlantedBatch & { ofSeq: number }) | null;
  };
  deviceList: { device: string; installId: string; batches: number; sales: number }[];
}

class TallyBuilder {
  batches = 0;
  sales = 0;
  lines = 0;
  payments = 0;
  voids = 0;
  refunds = 0;
  refundLines = 0;
  shifts = 0;
  zReports = 0;
  net = 0;
  roundingKept = 0;
  private readonly units = new Map<string, number>();

  addDay(day: GeneratedDay): void {
    this.zReports++;
    this.shifts += day.shifts.length;
    this.net += day.z.report.net;
    for (const sale of day.sales) {
      this.sales++;
      this.lines += sale.lines.length;
      this.payments += sale.payments.length;
      if (sale.void) {
        this.voids++;
        continue;
      }
      this.roundingKept += sale.rounding;
      for (const l of sale.lines)
        this.units.set(l.producerCode, (this.units.get(l.producerCode) ?? 0) + l.netTotal);
    }
    for (const r of day.refunds) {
      this.refunds++;
      this.refundLines += r.lines.length;
      for (const l of r.lines)
        this.units.set(l.producerCode, (this.units.get(l.producerCode) ?? 0) - l.amount);
    }
  }

  finish(splits: ReadonlyMap<string, UnitSplit>): Tally {
    const { units, ...counts } = this;
    return {
      batches: counts.batches,
      sales: counts.sales,
      lines: counts.lines,
      payments: counts.payments,
      voids: counts.voids,
      refunds: counts.refunds,
      refundLines: counts.refundLines,
      shifts: counts.shifts,
      zReports: counts.zReports,
      net: counts.net,
      roundingKept: counts.roundingKept,
      byUnit: [...units.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([code, amount]) => {
          const split = splits.get(code);
          if (!split) throw new Error(`unit ${code} has no split`);
          return { ...split, amount, ...splitProceeds(amount, split) };
        }),
    };
  }
}

const CITIES = ['PALU', 'DGL', 'POSO', 'TOLI', 'LUWUK', 'PRG', 'BNGG', 'MRW'];
const CASHIERS = ['Sari', 'Dewi', 'Rahmat', 'Ayu', 'Fadli', 'Nurul', 'Irfan', 'Wati', 'Andi', 'Lina'];
const MANAGERS = ['Pak Yusuf', 'Ibu Hartini', 'Pak Made', 'Ibu Rosmini'];

/** `PALU1`, `DGL1`, ... `PALU2`: booth codes by town, up to 8 characters. */
export function deviceCode(index: number): string {
  return `${CITIES[index % CITIES.length]}${Math.floor(index / CITIES.length) + 1}`;
}

function profileFor(index: number, seed: number, salesPerDay: number): TillProfile {
  const device = deviceCode(index);
  const rng = seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  // Spread by position, not chance, so even three tills show each tax mode and rounding kind.
  const first = rng.int(0, CASHIERS.length - 1);
  return {
    device,
    installId: createHash('sha256').update(`${seed}/${device}`).digest('hex').slice(0, 32),
    taxMode: index % 5 === 2 ? 'inclusive' : index % 20 === 4 ? 'exclusive' : 'off',
    taxRateBp: 1100,
    roundingUnit: [0, 100, 500][index % 3] ?? 0,
    salesPerDay,
    cashiers: [
      CASHIERS[first] ?? 'Sari',
      CASHIERS[(first + 1 + rng.int(0, CASHIERS.length - 2)) % CASHIERS.length] ?? 'Dewi',
    ],
    manager: rng.pick(MANAGERS),
  };
}

function closedDay(day: GeneratedDay): ClosedDay {
  return {
    day: day.day,
    zNo: day.zNo,
    closedAt: day.closedAt,
    salesAfter: 0,
    salesUpto: day.sales.length,
    refundsAfter: 0,
    refundsUpto: day.refunds.length,
    shiftsAfter: 0,
    shiftsUpto: 0,
    salesCount: day.z.report.salesCount,
    net: day.z.report.net,
    batches: [],
  };
}

function documentsOf(days: readonly GeneratedDay[], splits: ReadonlyMap<string, UnitSplit>): BatchDocuments {
  const byZ = new Map(days.map((d) => [d.zNo, d]));
  const of = (closed: ClosedDay) => {
    const day = byZ.get(closed.zNo);
    if (!day) throw new Error(`Z ${closed.zNo} not generated`);
    return day;
  };
  return {
    zReport: (closed) => of(closed).z,
    salePages: (closed) => [of(closed).sales],
    refunds: (closed) => of(closed).refunds,
    shifts: (closed) => of(closed).shifts,
    units: (codes) => codes.flatMap((code) => splits.get(code) ?? []),
  };
}

const noPause = () => Promise.resolve();

/** Writes one batch folder as the till's export does (temp folder, files, manifest, rename). */
async function writeBatch(
  dir: string,
  profile: TillProfile,
  seq: number,
  prevHash: string | null,
  days: readonly GeneratedDay[],
  reexport: boolean,
  splits: ReadonlyMap<string, UnitSplit>,
): Promise<{ folder: string; name: string; manifestSha256: string }> {
  const from = days[0]?.day ?? '';
  const to = days.at(-1)?.day ?? '';
  const closed = days.map(closedDay);
  const newestClose = Math.max(...closed.map((d) => Date.parse(d.closedAt)));
  const plan: BatchPlan = {
    device: profile.device,
    seq,
    prevHash,
    reexport,
    days: closed,
    from,
    to,
    // As the till derives it (batchPlan.ts): one Z per day, named by its day.
    batchId: derivedUlid(
      newestClose,
      `${profile.device}\n${seq}\n${closed.map((d) => d.day).join(',')}\n${reexport}`,
    ),
    name: batchFolderName(profile.device, seq, from, to, reexport),
  };
  const partial = join(dir, `.${plan.batchId}.partial`);
  mkdirSync(partial);
  const content = await writeBatchFiles(
    {
      docs: documentsOf(days, splits),
      timeZone: TIME_ZONE,
      generator: GENERATOR,
      installId: profile.installId,
      pause: noPause,
    },
    plan,
    partial,
  );
  const manifest = new FileSink(join(partial, BATCH_FILES.manifest));
  manifest.write(content.manifestText);
  const { sha256 } = manifest.close();
  const sum = new FileSink(join(partial, BATCH_FILES.manifestSum));
  sum.write(`${sha256}  ${BATCH_FILES.manifest}\n`);
  sum.close();
  const folder = join(dir, plan.name);
  renameSync(partial, folder);
  return { folder, name: plan.name, manifestSha256: sha256 };
}

/** A copy of the days with one sale's first line moved to another unit (price unchanged). */
function alteredCopy(
  days: readonly GeneratedDay[],
  splits: ReadonlyMap<string, UnitSplit>,
): { days: GeneratedDay[]; sale: SaleDoc; lineNo: number; before: string; after: string } | null {
  for (const [d, day] of days.entries()) {
    const at = day.sales.findIndex((s) => !s.void);
    const sale = day.sales[at];
    const line = sale?.lines[0];
    if (!sale || !line) continue;
    const other = [...splits.values()].find((u) => u.code !== line.producerCode);
    if (!other) return null;
    const changed: SaleDoc = {
      ...sale,
      lines: sale.lines.map((l, i) =>
        i === 0 ? { ...l, producerCode: other.code, producerName: other.name } : l,
      ),
    };
    const copy = days.map((x) => x);
    copy[d] = { ...day, sales: day.sales.map((s, i) => (i === at ? changed : s)) };
    return { days: copy, sale, lineNo: line.lineNo, before: line.producerCode, after: other.code };
  }
  return null;
}

export async function generateBatches(options: GenerateOptions): Promise<GeneratedSummary> {
  for (const [name, value] of Object.entries({
    devices: options.devices,
    days: options.days,
    salesPerDay: options.salesPerDay,
    batchDays: options.batchDays,
  })) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} harus bilangan bulat positif`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.firstDay)) throw new Error('firstDay harus YYYY-MM-DD');
  if (existsSync(options.out) && readdirSync(options.out).length > 0) {
    throw new Error(`Folder ${options.out} sudah berisi: pilih folder kosong`);
  }
  const batchesDir = join(options.out, 'batches');
  const withheldDir = join(options.out, 'withheld');
  mkdirSync(batchesDir, { recursive: true });
  mkdirSync(withheldDir, { recursive: true });

  const { products, units } = demoCatalogue();
  const normalBatches = Math.ceil(options.days / options.batchDays);
  const plant = options.plant !== false;
  // The planted batches need batches on both sides: a gap in the middle of a device's numbers.
  const middle = Math.ceil(normalBatches / 2);
  const canPlant = plant && normalBatches >= 3 && options.devices >= 3;
  const gapDevice = canPlant ? 1 : -1;
  const differingDevice = canPlant ? 2 : -1;
  const identicalDevice = canPlant ? 0 : -1;

  const delivered = new TallyBuilder();
  const withheld = new TallyBuilder();
  let reexportedSales = 0;
  let totalSales = 0;
  const planted: GeneratedSummary['planted'] = {
    gap: null,
    differingReexport: null,
    identicalReexport: null,
  };
  const deviceList: GeneratedSummary['deviceList'] = [];

  for (let index = 0; index < options.devices; index++) {
    const profile = profileFor(index, options.seed, options.salesPerDay);
    const rng = seededRandom((options.seed ^ Math.imul(index + 7, 0x85ebca6b)) >>> 0);
    const till = new DeviceTill(profile, products, units, rng, options.firstDay, options.batchDays);
    let seq = 0;
    let prevHash: string | null = null;
    let deviceSales = 0;
    for (let b = 1; b <= normalBatches; b++) {
      const count = Math.min(options.batchDays, options.days - (b - 1) * options.batchDays);
      const days = Array.from({ length: count }, () => till.nextDay());
      const held = index === gapDevice && b === middle;
      const written = await writeBatch(
        held ? withheldDir : batchesDir,
        profile,
        ++seq,
        prevHash,
        days,
        false,
        units,
      );
      prevHash = written.manifestSha256;
      const tally = held ? withheld : delivered;
      tally.batches++;
      for (const day of days) tally.addDay(day);
      const sales = days.reduce((n, d) => n + d.sales.length, 0);
      deviceSales += sales;
      totalSales += sales;
      const period = { from: days[0]?.day ?? '', to: days.at(-1)?.day ?? '' };
      if (held) {
        planted.gap = {
          device: profile.device,
          seq,
          folder: `withheld/${written.name}`,
          ...period,
          zNos: [days[0]?.zNo ?? 0, days.at(-1)?.zNo ?? 0],
        };
      }
      options.onBatch?.({ device: profile.device, seq, sales, totalSales });

      // A re-export of the batch just written, next in the device's numbering.
      const again = b === middle && (index === identicalDevice || index === differingDevice);
      if (!again) continue;
      const ofSeq = seq;
      const altered = index === differingDevice ? alteredCopy(days, units) : null;
      const copy = await writeBatch(batchesDir, profile, ++seq, prevHash, altered?.days ?? days, true, units);
      prevHash = copy.manifestSha256;
      delivered.batches++;
      reexportedSales += sales;
      const where = { device: profile.device, seq, folder: `batches/${copy.name}`, ...period, ofSeq };
      if (altered) {
        planted.differingReexport = {
          ...where,
          receiptNo: altered.sale.receiptNo,
          saleId: altered.sale.id,
          lineNo: altered.lineNo,
          unitBefore: altered.before,
          unitAfter: altered.after,
        };
      } else planted.identicalReexport = where;
      options.onBatch?.({ device: profile.device, seq, sales, totalSales });
    }
    deviceList.push({
      device: profile.device,
      installId: profile.installId,
      batches: seq,
      sales: deviceSales,
    });
  }
  flushFolder(batchesDir);

  const summary: GeneratedSummary = {
    generator: GENERATOR,
    seed: options.seed,
    devices: options.devices,
    days: options.days,
    salesPerDay: options.salesPerDay,
    batchDays: options.batchDays,
    firstDay: options.firstDay,
    lastDay: new Date(Date.parse(`${options.firstDay}T00:00:00Z`) + (options.days - 1) * 86_400_000)
      .toISOString()
      .slice(0, 10),
    timeZone: TIME_ZONE,
    folders: { batches: 'batches', withheld: 'withheld' },
    delivered: delivered.finish(units),
    withheld: withheld.finish(units),
    reexportedSales,
    planted,
    deviceList,
  };
  const file = new FileSink(join(options.out, 'generated.json'));
  file.write(`${JSON.stringify(summary, null, 2)}\n`);
  file.close();
  if (!canPlant) rmSync(withheldDir, { recursive: true, force: true });
  return summary;
}
