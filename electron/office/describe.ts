// Saying what is wrong, in Indonesian, as exactly as possible: which field of which document, what
// the file says and what the documents add up to.
import type { z } from 'zod';
import { formatRupiah } from '../../shared/money';

/** A schema failure as short Indonesian lines: `kolom totals.net: harus bilangan bulat`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.slice(0, 5).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(seluruh dokumen)';
    switch (issue.code) {
      case 'invalid_type':
        return `kolom ${path}: jenisnya salah (seharusnya ${issue.expected})`;
      case 'unrecognized_keys':
        return `kolom tidak dikenal di ${path}: ${issue.keys.join(', ')}`;
      case 'too_small':
        return `kolom ${path}: terlalu kecil atau terlalu sedikit (paling sedikit ${String(issue.minimum)})`;
      case 'too_big':
        return `kolom ${path}: terlalu besar (paling banyak ${String(issue.maximum)})`;
      case 'invalid_format':
        return `kolom ${path}: formatnya salah`;
      case 'invalid_value':
        return `kolom ${path}: nilainya tidak diperbolehkan`;
      default:
        return `kolom ${path}: tidak sesuai format`;
    }
  });
}

const LABELS: Record<string, string> = {
  salesCount: 'jumlah transaksi',
  gross: 'penjualan kotor',
  discounts: 'diskon',
  ppnAdded: 'PPN ditambahkan',
  rounding: 'pembulatan',
  salesTotal: 'total penjualan',
  'voids.count': 'jumlah pembatalan',
  'voids.amount': 'nilai pembatalan',
  'refunds.count': 'jumlah retur',
  'refunds.amount': 'nilai retur',
  net: 'total bersih',
  'tax.dpp': 'DPP',
  'tax.ppn': 'PPN',
  roundingKept: 'pembulatan (transaksi tidak batal)',
  sales: 'jumlah transaksi',
  lines: 'jumlah baris',
  payments: 'jumlah pembayaran',
  voids: 'jumlah pembatalan',
  refunds: 'jumlah retur',
  refundLines: 'jumlah baris retur',
  shifts: 'jumlah shift',
  cashMovements: 'jumlah kas masuk/keluar',
  zReports: 'jumlah laporan Z',
};

const isCount = (path: string) =>
  /(^|\.)(count|salesCount|sales|lines|payments|voids|refunds|refundLines|shifts|cashMovements|zReports)$/.test(
    path,
  ) && !/by(Method|Unit)/.test(path);

function show(path: string, value: unknown): string {
  if (typeof value === 'number') return isCount(path) ? String(value) : formatRupiah(value);
  if (value === undefined) return '(tidak ada)';
  return JSON.stringify(value);
}

/** Rows of an array keyed by what names them (a payment method, a unit code), else by position. */
function keyed(items: readonly unknown[]): Map<string, unknown> {
  return new Map(
    items.map((item, i) => {
      const row = item as { method?: unknown; code?: unknown };
      const key =
        typeof row?.method === 'string' ? row.method : typeof row?.code === 'string' ? row.code : String(i);
      return [key, item];
    }),
  );
}

/** Every leaf where `stated` and `computed` differ, as `path` with both values. */
export function differences(
  stated: unknown,
  computed: unknown,
  path = '',
  out: { path: string; stated: unknown; computed: unknown }[] = [],
) {
  if (Array.isArray(stated) && Array.isArray(computed)) {
    const a = keyed(stated);
    const b = keyed(computed);
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      differences(a.get(key), b.get(key), `${path}[${key}]`, out);
    }
  } else if (
    stated !== null &&
    computed !== null &&
    typeof stated === 'object' &&
    typeof computed === 'object' &&
    !Array.isArray(stated) &&
    !Array.isArray(computed)
  ) {
    const a = stated as Record<string, unknown>;
    const b = computed as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      differences(a[key], b[key], path ? `${path}.${key}` : key, out);
    }
  } else if (!Object.is(stated, computed) && !(stated === 0 && computed === 0)) {
    out.push({ path, stated, computed });
  }
  return out;
}

/** `total bersih (totals.net): manifest Rp 2.319.966, dihitung dari berkas Rp 2.310.000`. */
export function describeDifference(
  prefix: string,
  d: { path: string; stated: unknown; computed: unknown },
): string {
  const label = LABELS[d.path];
  const name = label ? `${label} (${prefix}${d.path})` : `${prefix}${d.path}`;
  return `${name}: manifest ${show(d.path, d.stated)}, dihitung dari berkas ${show(d.path, d.computed)}`;
}

/** `BTH1-20261128-0003`, or a range `BTH1-20261128-0003 s.d. BTH1-20261128-0007 (5 struk)`. */
export function receiptRange(first: string, last: string, count: number, noun = 'struk'): string {
  return count === 1 ? `${noun} ${first}` : `${noun} ${first} s.d. ${last} (${count} ${noun})`;
}
