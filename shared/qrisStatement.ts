// Reading a QRIS provider's statement (the CSV its merchant app exports) and matching it with the
// payments the till recorded. Providers name their columns differently, so columns are found by
// their header; times are the merchant's local time. Pure functions, tested on their own.
import { parseCsv } from './csv';
import { type MessageRef, ref } from './messages';

export interface StatementLine {
  line: number;
  /** ISO instant. */
  at: string;
  amount: number;
  reference: string | null;
}

export interface StatementProblem {
  line: number;
  /** Why the line was not read, for the screen to word in its language. */
  message: MessageRef;
}

const HEADERS = {
  dateTime: [
    'waktu transaksi',
    'tanggal transaksi',
    'transaction time',
    'datetime',
    'date time',
    'waktu',
    'tanggal',
    'date',
  ],
  time: ['jam', 'time', 'pukul'],
  amount: ['nominal', 'jumlah', 'amount', 'total', 'nilai'],
  reference: [
    'referensi',
    'no. referensi',
    'no referensi',
    'reference',
    'rrn',
    'ref',
    'id transaksi',
    'transaction id',
  ],
  status: ['status'],
} as const;

const OK_STATUS = /^(sukses|success|berhasil|paid|settled|lunas)$/i;

function findColumn(header: readonly string[], names: readonly string[], taken: Set<number>): number {
  const normal = header.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    const at = normal.findIndex((h, i) => !taken.has(i) && h === name);
    if (at !== -1) return at;
  }
  return -1;
}

/** `Rp 25.000`, `25.000,00`, `25000`, `25,000.00` to whole rupiah; null when it is not an amount. */
export function parseStatementAmount(text: string): number | null {
  let t = text.replace(/rp\.?/i, '').replace(/\s/g, '');
  if (t === '' || !/^-?[\d.,]+$/.test(t)) return null;
  // A decimal part is the last separator followed by exactly two digits at the end.
  const decimal = /[.,](\d{2})$/.exec(t);
  let fraction = 0;
  if (decimal && !/[.,]\d{3}$/.test(t)) {
    fraction = Number(decimal[1]);
    t = t.slice(0, -3);
  }
  const whole = t.replace(/[.,]/g, '');
  if (whole === '' || whole === '-') return null;
  // QRIS moves whole rupiah; a fraction would mean the column is not what we think it is.
  if (fraction !== 0) return null;
  return Number(whole);
}

/** `2026-11-28 14:05:33`, `28/11/2026 14:05`, `28-11-2026 14.05` (local) to an ISO instant. */
export function parseStatementTime(text: string, offsetMinutes: number): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?/.exec(t);
  const dmy = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})[ ,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?/.exec(t);
  let parts: number[] | null = null;
  if (iso) parts = [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6] ?? '0'].map(Number);
  else if (dmy) parts = [dmy[3], dmy[2], dmy[1], dmy[4], dmy[5], dmy[6] ?? '0'].map(Number);
  if (!parts) return null;
  const [y, mo, d, h, mi, s] = parts as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000).toISOString();
}

/** Reads the statement; rows that cannot be read are reported with their line number, not guessed. */
export function readStatement(
  text: string,
  offsetMinutes: number,
): { rows: StatementLine[]; problems: StatementProblem[] } {
  const table = parseCsv(text.replace(/^\uFEFF/, '')).filter((row) => row.some((cell) => cell.trim() !== ''));
  const header = table[0];
  if (!header) return { rows: [], problems: [{ line: 1, message: ref('payments.statementEmpty') }] };
  const taken = new Set<number>();
  const col = (names: readonly string[]) => {
    const at = findColumn(header, names, taken);
    if (at !== -1) taken.add(at);
    return at;
  };
  const amountCol = col(HEADERS.amount);
  const referenceCol = col(HEADERS.reference);
  const statusCol = col(HEADERS.status);
  const timeCol = col(HEADERS.time);
  const dateCol = col(HEADERS.dateTime);
  if (amountCol === -1 || dateCol === -1) {
    return {
      rows: [],
      problems: [
        {
          line: 1,
          message: ref('payments.statementColumns', { columns: header.join(', ') }),
        },
      ],
    };
  }
  const rows: StatementLine[] = [];
  const problems: StatementProblem[] = [];
  table.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (statusCol !== -1 && !OK_STATUS.test((cells[statusCol] ?? '').trim())) return;
    const when = timeCol === -1 ? (cells[dateCol] ?? '') : `${cells[dateCol] ?? ''} ${cells[timeCol] ?? ''}`;
    const at = parseStatementTime(when, offsetMinutes);
    const amount = parseStatementAmount(cells[amountCol] ?? '');
    if (!at) problems.push({ line, message: ref('payments.statementTime', { line, text: when.trim() }) });
    else if (amount === null || amount <= 0)
      problems.push({
        line,
        message: ref('payments.statementAmount', { line, text: cells[amountCol] ?? '' }),
      });
    else {
      const reference = referenceCol === -1 ? '' : (cells[referenceCol] ?? '').trim();
      rows.push({ line, at, amount, reference: reference || null });
    }
  });
  return { rows, problems };
}

export interface Payment {
  amount: number;
  confirmedAt: string;
}

/**
 * Pairs payments with statement lines of the same amount within `windowMinutes`, closest in time
 * first, each used at most once. Equal amounts minutes apart (two Rp 25.000 sales) pair in order.
 */
export function matchStatement<P extends Payment, R extends StatementLine>(
  payments: readonly P[],
  rows: readonly R[],
  windowMinutes: number,
): { matched: { payment: P; row: R; minutesApart: number }[]; payments: P[]; rows: R[] } {
  const candidates: { p: number; r: number; apart: number }[] = [];
  payments.forEach((payment, p) => {
    rows.forEach((row, r) => {
      if (row.amount !== payment.amount) return;
      const apart = Math.abs(Date.parse(row.at) - Date.parse(payment.confirmedAt)) / 60_000;
      if (apart <= windowMinutes) candidates.push({ p, r, apart });
    });
  });
  candidates.sort((a, b) => a.apart - b.apart || a.p - b.p || a.r - b.r);
  const usedP = new Set<number>();
  const usedR = new Set<number>();
  const matched: { payment: P; row: R; minutesApart: number }[] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedR.has(c.r)) continue;
    usedP.add(c.p);
    usedR.add(c.r);
    matched.push({ payment: payments[c.p] as P, row: rows[c.r] as R, minutesApart: Math.round(c.apart) });
  }
  matched.sort((a, b) => a.payment.confirmedAt.localeCompare(b.payment.confirmedAt));
  return {
    matched,
    payments: payments.filter((_, i) => !usedP.has(i)),
    rows: rows.filter((_, i) => !usedR.has(i)),
  };
}
