import { beforeEach, describe, expect, it } from 'vitest';
import type { Product } from '../../shared/contract';
import { cartReduction, cartTotals, priceCartState, useCart } from './cart';

function product(id: number, price: number, soldByWeight = false): Product {
  return {
    id,
    sku: `SKU-${id}`,
    barcode: null,
    name: `Produk ${id}`,
    category: 'Makanan',
    unit: soldByWeight ? 'kg' : 'pcs',
    price,
    producerCode: 'LPS-PALU',
    producerName: 'Lapas Kelas IIA Palu',
    soldByWeight,
    active: true,
  };
}

const bawang = product(1, 25_000);
const sambal = product(2, 35_000);
const lele = product(3, 30_000, true);
const cart = () => useCart.getState();
const totals = () => cartTotals(cart());

describe('cart store', () => {
  beforeEach(() => cart().clear());

  it('adds a product as one piece', () => {
    cart().add(bawang);
    expect(cart().lines).toEqual([{ product: bawang, qtyMilli: 1000 }]);
  });

  it('increments the same piece product instead of adding a line', () => {
    cart().add(bawang);
    cart().add(sambal);
    cart().add(bawang);
    expect(cart().lines.map((l) => [l.product.id, l.qtyMilli])).toEqual([
      [1, 2000],
      [2, 1000],
    ]);
  });

  it('adds each weighing of a weighed product as its own line', () => {
    cart().add(lele, 1250);
    cart().add(lele, 500);
    expect(cart().lines.map((l) => l.qtyMilli)).toEqual([1250, 500]);
  });

  it('sets a quantity and removes the line at zero', () => {
    cart().add(bawang);
    cart().add(sambal);
    cart().setQty(0, 3000);
    expect(cart().lines[0]?.qtyMilli).toBe(3000);
    cart().setQty(0, 0);
    expect(cart().lines.map((l) => l.product.id)).toEqual([2]);
  });

  it('removes a line by index and clears', () => {
    cart().add(bawang);
    cart().add(sambal);
    cart().remove(0);
    expect(cart().lines.map((l) => l.product.id)).toEqual([2]);
    cart().clear();
    expect(cart().lines).toEqual([]);
  });

  it('prices the cart with the shared pricing rules', () => {
    cart().add(bawang);
    cart().add(bawang);
    cart().add(lele, 1255); // 30,000 x 1.255 = 37,650
    cart().add(product(4, 333, true), 1500); // 499.5 rounds half-up to 500
    expect(totals().lines.map((l) => l.lineTotal)).toEqual([50_000, 37_650, 500]);
    expect(totals().subtotal).toBe(88_150);
    expect(totals().total).toBe(88_150);
  });

  it('totals an empty cart as zero', () => {
    expect(totals()).toMatchObject({ lines: [], subtotal: 0, discountTotal: 0, ppn: 0, total: 0 });
  });

  it('sells a line at an edited price and takes line and order discounts', () => {
    cart().add(bawang, 2000); // 50.000
    cart().add(sambal); // 35.000
    cart().setPrice(1, 30_000, 'tutup penyok');
    cart().setLineDiscount(0, { kind: 'amount', value: 5_000 }, 'kemasan');
    cart().setOrderDiscount({ kind: 'percent', bp: 1000 }, 'pelanggan tetap');
    expect(cart().lines[1]).toMatchObject({ unitPrice: 30_000, priceReason: 'tutup penyok' });
    const priced = totals();
    // 45.000 + 30.000 = 75.000, less 10% = 67.500.
    expect(priced.total).toBe(67_500);
    // Taken off list prices: 5.000 price cut + 5.000 line + 7.500 order, against 85.000.
    expect(cartReduction(cart(), priced)).toEqual({ base: 85_000, reduction: 17_500 });
    cart().setPrice(1, undefined);
    cart().setLineDiscount(0, { kind: 'percent', bp: 0 }, 'tidak jadi');
    expect(cart().lines.map((l) => [l.unitPrice, l.priceReason, l.discount, l.discountReason])).toEqual([
      [undefined, undefined, undefined, undefined],
      [undefined, undefined, undefined, undefined],
    ]);
  });

  it('adds PPN on top when prices exclude it and holds it inside when they include it', () => {
    cart().add(bawang, 4000); // 100.000
    expect(cartTotals(cart(), { mode: 'exclusive', rateBp: 1100 })).toMatchObject({
      dpp: 100_000,
      ppn: 11_000,
      total: 111_000,
    });
    expect(cartTotals(cart(), { mode: 'inclusive', rateBp: 1100 })).toMatchObject({
      dpp: 90_090,
      ppn: 9_910,
      total: 100_000,
    });
  });

  it("gives a reseller the tier's price and takes it away with the buyer", () => {
    cart().add(bawang);
    cart().setBuyer(
      {
        id: 7,
        kind: 'reseller',
        name: 'UMKM Maju',
        phone: null,
        note: null,
        tier: 'GROSIR',
        tierName: 'Grosir',
        active: true,
      },
      { [bawang.id]: 21_000 },
    );
    expect(totals().total).toBe(21_000);
    // A price at the tier is the list price for the limit: nothing was taken off by the cashier.
    expect(cartReduction(cart(), totals()).reduction).toBe(0);
    cart().setBuyer(null);
    expect(totals().total).toBe(25_000);
  });

  it('names a discount bigger than the line instead of failing to price the cart', () => {
    cart().add(bawang, 2000);
    cart().setLineDiscount(0, { kind: 'amount', value: 40_000 }, 'promo');
    cart().setQty(0, 1000); // now only 25.000 to take it from
    const { totals: shown, problem } = priceCartState(cart(), { mode: 'off', rateBp: 0 });
    expect(problem).toMatch(/Diskon tidak boleh lebih besar/);
    expect(shown.total).toBe(0);
  });

  it('knows when the cart started: its first line, again after it was emptied or came back', () => {
    expect(cart().startedAt).toBeUndefined();
    const before = Date.now();
    cart().add(bawang);
    const started = cart().startedAt ?? '';
    expect(Date.parse(started)).toBeGreaterThanOrEqual(before - 1);
    cart().add(sambal);
    expect(cart().startedAt).toBe(started);
    cart().setQty(0, 0);
    cart().setQty(0, 0);
    expect(cart().lines).toEqual([]);
    cart().load({ lines: [{ product: bawang, qtyMilli: 1000 }], buyer: null, tierPrices: {} });
    expect(cart().startedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    cart().clear();
    expect(cart().startedAt).toBeUndefined();
  });

  it('clears buyer and discounts with the cart', () => {
    cart().add(bawang);
    cart().setOrderDiscount({ kind: 'amount', value: 1_000 }, 'x');
    cart().clear();
    expect(cart()).toMatchObject({ lines: [], orderDiscount: undefined, buyer: null, tierPrices: {} });
  });
});
