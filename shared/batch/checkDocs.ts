// Checks one sale or refund document against itself: its lines add up to its totals, its payments
// to what was paid, its void to the sale. A changed amount that someone forgot to carry through
// shows here, naming the receipt and the figure. Messages are Indonesian, for the office.
import type { RefundDoc, SaleDoc, StockMoveDoc } from './format';

const sum = <T>(items: readonly T[], pick: (item: T) => number) =>
  items.reduce((total, item) => total + pick(item), 0);

/** `BTH1-20261128-0001`, as the device numbers receipts. */
export function receiptNoOf(device: string, day: string, seq: number): string {
  return `${device}-${day.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}

/** `R-BTH1-20261128-0001`, as the device numbers refunds. */
export function refundNoOf(device: string, day: string, seq: number): string {
  return `R-${receiptNoOf(device, day, seq)}`;
}

export function saleProblems(sale: SaleDoc): string[] {
  const problems: string[] = [];
  const at = `transaksi ${sale.receiptNo}`;
  const expect = (label: string, stated: number, computed: number) => {
    if (stated !== computed)
      problems.push(`${at}: ${label} tertulis ${stated}, tetapi dari rinciannya ${computed}`);
  };
  if (sale.receiptNo !== receiptNoOf(sale.device, sale.businessDay, sale.seq)) {
    problems.push(
      `${at}: nomor struk tidak sesuai perangkat, hari dan urutannya (${sale.device}, ${sale.businessDay}, ${sale.seq})`,
    );
  }
  sale.lines.forEach((line, i) => {
    if (line.lineNo !== i + 1) problems.push(`${at}: baris ke-${i + 1} bernomor ${line.lineNo}`);
  });
  sale.payments.forEach((payment, i) => {
    if (payment.seq !== i + 1) problems.push(`${at}: pembayaran ke-${i + 1} bernomor ${payment.seq}`);
  });
  expect(
    'subtotal',
    sale.subtotal,
    sum(sale.lines, (l) => l.lineTotal),
  );
  expect(
    'diskon baris',
    sale.lineDiscounts,
    sum(sale.lines, (l) => l.lineDiscount),
  );
  expect(
    'diskon transaksi',
    sale.orderDiscount,
    sum(sale.lines, (l) => l.orderDiscountShare),
  );
  expect(
    'DPP',
    sale.dpp,
    sum(sale.lines, (l) => l.dpp),
  );
  expect(
    'PPN',
    sale.ppn,
    sum(sale.lines, (l) => l.ppn),
  );
  expect('total', sale.total, sum(sale.lines, (l) => l.netTotal) + sale.rounding);
  expect(
    'jumlah pembayaran',
    sale.total,
    sum(sale.payments, (p) => p.amount),
  );
  expect(
    'uang diterima',
    sale.paid,
    sum(sale.payments, (p) => p.tendered),
  );
  expect(
    'kembalian',
    sale.change,
    sum(sale.payments, (p) => p.change),
  );
  if (sale.change !== sale.paid - sale.total) {
    problems.push(
      `${at}: kembalian ${sale.change} bukan uang diterima ${sale.paid} dikurangi total ${sale.total}`,
    );
  }
  const voided = sale.void;
  if (voided) {
    if (voided.businessDay !== sale.businessDay) {
      problems.push(`${at}: pembatalan tercatat pada hari ${voided.businessDay}, bukan hari transaksinya`);
    }
    expect('jumlah pembatalan', voided.amount, sale.total);
    expect(
      'jumlah baris pembatalan',
      voided.amount,
      sum(voided.lines, (l) => l.amount),
    );
    for (const line of voided.lines) {
      const sold = sale.lines.find((l) => l.lineNo === line.saleLineNo);
      if (!sold || sold.qtyMilli !== line.qtyMilli || sold.producerCode !== line.producerCode) {
        problems.push(`${at}: baris pembatalan ${line.saleLineNo} tidak sama dengan baris transaksinya`);
      }
    }
  }
  return problems;
}

export function refundProblems(refund: RefundDoc): string[] {
  const problems: string[] = [];
  const at = `retur ${refund.refundNo}`;
  if (refund.refundNo !== refundNoOf(refund.device, refund.businessDay, refund.seq)) {
    problems.push(`${at}: nomor retur tidak sesuai perangkat, hari dan urutannya`);
  }
  const lines = sum(refund.lines, (l) => l.amount);
  if (lines !== refund.amount) {
    problems.push(`${at}: jumlah tertulis ${refund.amount}, tetapi dari rinciannya ${lines}`);
  }
  if (refund.saleBusinessDay > refund.businessDay) {
    problems.push(`${at}: retur tercatat sebelum hari transaksinya (${refund.saleBusinessDay})`);
  }
  return problems;
}

/** The sign each kind of stock move must have at its location (count and adjust go either way). */
const STOCK_SIGN: Partial<Record<StockMoveDoc['kind'], 1 | -1>> = {
  receive: 1,
  transfer_in: 1,
  refund: 1,
  sale: -1,
  transfer_out: -1,
};

export function stockMoveProblems(move: StockMoveDoc): string[] {
  const problems: string[] = [];
  const at = `mutasi stok ${move.id}`;
  if (move.id !== `${move.device}-S${move.moveNo}`) {
    problems.push(`${at}: id tidak sesuai perangkat dan nomor mutasinya (${move.device}, ${move.moveNo})`);
  }
  const sign = STOCK_SIGN[move.kind];
  if (move.qtyMilli === 0 || (sign !== undefined && Math.sign(move.qtyMilli) !== sign)) {
    problems.push(`${at}: jumlah ${move.qtyMilli} tidak cocok untuk jenis ${move.kind}`);
  }
  const ofSale = move.kind === 'sale' || move.kind === 'refund';
  if (ofSale !== (move.saleId !== null && move.saleLineNo !== null)) {
    problems.push(
      ofSale
        ? `${at}: mutasi ${move.kind} tanpa transaksi dan barisnya`
        : `${at}: mutasi ${move.kind} menyebut transaksi`,
    );
  }
  if (move.kind === 'adjust' && (move.reason === null || move.reason.trim() === '')) {
    problems.push(`${at}: penyesuaian tanpa alasan`);
  }
  return problems;
}
