import { beforeEach, describe, expect, it } from 'vitest';
import type { Product } from '../../shared/contract';
import { cartTotals, useCart } from './cart';

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
const totals = () => cartTotals(cart().lines);

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
});
