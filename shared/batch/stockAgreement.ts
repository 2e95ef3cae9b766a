// Do the stock moves of a batch agree with its sales, voids and refunds? On the till every sale
// line takes its quantity out of stock (electron/core/stock/saleMoves.ts: every product moves
// stock, in the sale's own transaction), a void brings every line back (reference `BATAL
// <receipt>`) and a refund brings back what it refunds (reference: the refund number), each in
// the same Z as its document. So per sale line: the sale moves add up to minus the quantity sold,
// and per void or refund line the refund moves add up to the quantity given back; and no sale or
// refund move is left over. Messages are Indonesian, for the office.
import { formatQty } from '../quantity';
import type { RefundDoc, SaleDoc, StockMoveDoc } from './format';

interface Expected {
  label: string;
  productId: number;
  qtyMilli: number;
  soldByWeight: boolean;
  unit: string;
}

const key = (kind: 'sale' | 'refund', reference: string, saleId: string, lineNo: number) =>
  `${kind}|${reference}|${saleId}|${lineNo}`;

export class StockAgreement {
  private readonly expected = new Map<string, Expected>();
  private readonly moved = new Map<string, { qtyMilli: number; productIds: Set<number>; first: string }>();

  addSale(sale: SaleDoc): void {
    for (const line of sale.lines) {
      const facts = { productId: line.productId, soldByWeight: line.soldByWeight, unit: line.unit };
      this.expected.set(key('sale', '', sale.id, line.lineNo), {
        label: `transaksi ${sale.receiptNo} baris ${line.lineNo} (${line.sku})`,
        qtyMilli: -line.qtyMilli,
        ...facts,
      });
    }
    if (!sale.void) return;
    for (const line of sale.void.lines) {
      const sold = sale.lines.find((l) => l.lineNo === line.saleLineNo);
      this.expected.set(key('refund', `BATAL ${sale.receiptNo}`, sale.id, line.saleLineNo), {
        label: `pembatalan ${sale.receiptNo} baris ${line.saleLineNo}`,
        productId: line.productId,
        qtyMilli: line.qtyMilli,
        soldByWeight: sold?.soldByWeight ?? false,
        unit: sold?.unit ?? '',
      });
    }
  }

  addRefund(refund: RefundDoc): void {
    for (const line of refund.lines) {
      this.expected.set(key('refund', refund.refundNo, refund.saleId, line.saleLineNo), {
        label: `retur ${refund.refundNo} baris ${line.saleLineNo} (${line.sku})`,
        productId: line.productId,
        qtyMilli: line.qtyMilli,
        soldByWeight: !Number.isInteger(line.qtyMilli / 1000),
        unit: line.unit,
      });
    }
  }

  addMove(move: StockMoveDoc): void {
    if ((move.kind !== 'sale' && move.kind !== 'refund') || move.saleId === null || move.saleLineNo === null)
      return;
    const k = key(
      move.kind,
      move.kind === 'sale' ? '' : (move.reference ?? ''),
      move.saleId,
      move.saleLineNo,
    );
    const seen = this.moved.get(k);
    if (seen) {
      seen.qtyMilli += move.qtyMilli;
      seen.productIds.add(move.product.productId);
    } else {
      this.moved.set(k, {
        qtyMilli: move.qtyMilli,
        productIds: new Set([move.product.productId]),
        first: move.id,
      });
    }
  }

  /** What disagrees, one message per sale, void or refund line, and per move left over. */
  problems(file: string): string[] {
    const problems: string[] = [];
    const qty = (milli: number, e: Expected) =>
      `${formatQty(Math.abs(milli), e.soldByWeight || !Number.isInteger(milli / 1000))} ${e.unit}`.trim();
    for (const [k, e] of this.expected) {
      const moved = this.moved.get(k);
      const out = e.qtyMilli < 0;
      if (!moved) {
        problems.push(`${file}: ${e.label}: tidak ada mutasi stok ${out ? 'keluar' : 'masuk'}`);
        continue;
      }
      if (moved.qtyMilli !== e.qtyMilli) {
        problems.push(
          `${file}: ${e.label}: stok ${out ? 'keluar' : 'masuk'} ${qty(moved.qtyMilli, e)}, tetapi ${out ? 'terjual' : 'dikembalikan'} ${qty(e.qtyMilli, e)}`,
        );
      }
      if (moved.productIds.size !== 1 || !moved.productIds.has(e.productId)) {
        problems.push(`${file}: ${e.label}: mutasi stoknya untuk produk lain`);
      }
    }
    for (const [k, moved] of this.moved) {
      if (this.expected.has(k)) continue;
      const [kind, reference] = k.split('|');
      problems.push(
        kind === 'sale'
          ? `${file}: mutasi stok ${moved.first} (penjualan) menyebut transaksi yang tidak ada di batch ini`
          : `${file}: mutasi stok ${moved.first} (retur ${reference}) tidak sesuai retur atau pembatalan di batch ini`,
      );
    }
    return problems;
  }
}
