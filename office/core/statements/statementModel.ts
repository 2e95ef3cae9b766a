// What a settlement statement of one producing unit (UPT) for one period says, as plain figures:
// the database query (statementFigures.ts) fills it, the page shows it, and the PDF and XLSX are
// drawn from it (statementFiles.ts). Amounts are whole rupiah; a refund counts on the day the money
// went back, a voided sale not at all, as on the tills' X/Z reports.

export interface SplitRates {
  pnbpBp: number;
  premiBp: number;
  capitalBp: number;
}

export interface SplitParts {
  pnbp: number;
  premi: number;
  capital: number;
}

/** One sale line or refund line of the unit in the period, as the till recorded it. */
export interface StatementLine {
  kind: 'sale' | 'refund';
  businessDay: string;
  device: string;
  /** The receipt number, or the refund number for a refund. */
  documentNo: string;
  /** For a refund: the receipt it gave money back on. */
  saleReceiptNo: string | null;
  lineNo: number;
  sku: string;
  name: string;
  unit: string;
  qtyMilli: number;
  /** Net of discounts and the sale's PPN share as the till split it; negative for a refund. */
  amount: number;
  rates: SplitRates;
}

/** The lines that carried the same rates, summed, and their net split once (the merge's rule). */
export interface StatementGroup extends SplitParts {
  rates: SplitRates;
  gross: number;
  refunds: number;
  net: number;
  lines: number;
}

export interface StatementDeviceRow {
  device: string;
  gross: number;
  refunds: number;
  net: number;
  /** Business days on which this device sold the unit's goods in the period. */
  days: number;
}

export interface StatementTotals extends SplitParts {
  gross: number;
  refunds: number;
  net: number;
  saleLines: number;
  refundLines: number;
}

export interface StatementFigures {
  unit: { code: string; name: string };
  period: { from: string; to: string };
  devices: StatementDeviceRow[];
  groups: StatementGroup[];
  totals: StatementTotals;
  /** Every line, in a total order: business day, document number, line number. */
  lines: StatementLine[];
  /** SHA-256 over the sorted (batch id, manifest SHA-256) pairs that brought these lines. */
  inputsSha256: string;
  batches: number;
}

/** A statement as issued: its figures with the number, revision and the time it was first issued. */
export interface IssuedStatement extends StatementFigures {
  number: string;
  revision: number;
  issuedAt: string;
  issuedBy: string;
  /** The office's zone for printing times (`Asia/Makassar`). */
  timeZone: string;
}
