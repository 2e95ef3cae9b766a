import { describe, expect, it } from 'vitest';
import type { Product, Sale } from '../../shared/contract';
import { displayViewSchema } from '../../shared/contract';
import { TAX_OFF } from '../../shared/pricing';
import type { PayProgress } from '../components/PayDialog';
import { type CartLine, cartTotals } from '../stores/cart';
import { displayViewOf, SHOWN_LINES } from './displayView';

function product(id: number, price: number, name = `Produk ${id}`, soldByWeight = false): Product {
  return {
    id,
    sku: `SKU-${id}`,
    barcode: null,
    name,
    category: 'Makanan',
    unit: soldByWeight ? 'kg' : 'pcs',
    price,
    producerCode: 'LPS-PALU',
    producerName: 'Lapas Kelas IIA Palu',
    soldByWeight,
    active: true,
  };
}

const bawang = product(1, 25_000, 'Bawang Goreng Palu 100 g');
const lele = product(2, 30_000, 'Lele segar', true);

function viewOf(lines: CartLine[], extra: Partial<Parameters<typeof displayViewOf>[0]> = {}) {
  const view = displayViewOf({
    lines,
    totals: cartTotals({ lines, tierPrices: {} }, extra.tax ?? TAX_OFF),
    tax: TAX_OFF,
    payment: null,
    merchant: null,
    shopName: null,
    ...extra,
  });
  // Whatever the till has, the engine accepts what is built from it.
  expect(displayViewSchema.safeParse(view).success).toBe(true);
  return view;
}

describe('what the customer display shows', () => {
  it('is the welcome with an empty cart, then the lines and the total', () => {
    expect(viewOf([], { shopName: 'Karya WBP' })).toMatchObject({
      state: 'idle',
      shopName: 'Karya WBP',
      total: 0,
    });
    const view = viewOf([
      { product: bawang, qtyMilli: 2000 },
      { product: lele, qtyMilli: 1250, discount: { kind: 'amount', value: 500 } },
    ]);
    expect(view).toMatchObject({
      state: 'cart',
      lines: [
        { name: 'Bawang Goreng Palu 100 g', qtyText: '2 pcs', amount: 50_000 },
        { name: 'Lele segar', qtyText: '1,250 kg', amount: 37_000 },
      ],
      lineCount: 2,
      discount: 500,
      total: 87_000,
    });
  });

  it('keeps the newest lines and cuts texts to what the engine takes', () => {
    const lines = Array.from({ length: SHOWN_LINES + 3 }, (_, i) => ({
      product: product(i + 1, 1_000 * (i + 1), i === SHOWN_LINES + 2 ? 'x'.repeat(300) : `Produk ${i + 1}`),
      qtyMilli: 1000,
    }));
    const view = viewOf(lines, { shopName: 'y'.repeat(200) });
    expect(view.lines).toHaveLength(SHOWN_LINES);
    expect(view.lineCount).toBe(SHOWN_LINES + 3);
    // The first shown is the fourth line, with its own amount (not the first line's).
    expect(view.lines[0]).toMatchObject({ name: 'Produk 4', amount: 4_000 });
    expect(view.lines.at(-1)?.name).toHaveLength(120);
    expect(view.shopName).toHaveLength(80);
  });

  it('shows PPN only when it is added on top of the prices', () => {
    const lines = [{ product: bawang, qtyMilli: 1000 }];
    const exclusive = { mode: 'exclusive', rateBp: 1100 } as const;
    expect(viewOf(lines, { tax: exclusive })).toMatchObject({ ppn: 2_750, total: 27_750 });
    const inclusive = { mode: 'inclusive', rateBp: 1100 } as const;
    expect(viewOf(lines, { tax: inclusive })).toMatchObject({ ppn: 0, total: 25_000 });
  });

  it('shows the QRIS to scan while paying, then the change and the receipt once paid', () => {
    const lines = [{ product: bawang, qtyMilli: 3000 }];
    const paying: PayProgress = {
      method: 'qris',
      qris: { payload: '000201...6304ABCD', amount: 50_000 },
      due: 75_000,
      cash: 0,
      change: null,
      sale: null,
    };
    expect(viewOf(lines, { payment: paying, merchant: 'Karya WBP Palu' })).toMatchObject({
      state: 'paying',
      due: 75_000,
      qris: { payload: '000201...6304ABCD', amount: 50_000, merchant: 'Karya WBP Palu' },
    });
    const sale = {
      receiptNo: 'BTH1-20261128-0001',
      lines: [
        {
          name: 'Bawang Goreng Palu 100 g',
          qtyMilli: 3000,
          soldByWeight: false,
          unit: 'pcs',
          lineTotal: 75_000,
          lineDiscount: 0,
        },
      ],
      discountTotal: 0,
      taxMode: 'off',
      ppn: 0,
      total: 75_000,
      change: 25_000,
    } as unknown as Sale;
    // The cart is still there while the sale shows: the sale's numbers are the ones that count.
    expect(viewOf(lines, { payment: { ...paying, sale } })).toMatchObject({
      state: 'paid',
      total: 75_000,
      change: 25_000,
      qris: null,
      receiptNo: 'BTH1-20261128-0001',
      lines: [{ qtyText: '3 pcs', amount: 75_000 }],
    });
  });
});
