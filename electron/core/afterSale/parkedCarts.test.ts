// Parked carts on real SQLite, across a close and reopen of the same file: the list, discounts and
// typed prices kept as they were, throwing a cart away, and carts refused before anything is stored.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandResult, Product } from '../../../shared/contract';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

function storedCarts(dir: string) {
  const db = new Database(`${dir}/karya.db`, { readonly: true });
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const result = { carts: n('parked_carts'), lines: n('parked_cart_lines') };
  db.close();
  return result;
}

async function catalogue(t: ReturnType<typeof engineIn>) {
  const bySku = new Map<string, Product>();
  for (const p of await t.ok('products.list', { limit: 500 })) bySku.set(p.sku, p);
  return (sku: string) => {
    const found = bySku.get(sku);
    if (!found) throw new Error(`demo catalogue has no ${sku}`);
    return found;
  };
}

describe('parked carts', () => {
  it('are listed oldest first, keep discounts and typed prices, and are thrown away for good', async () => {
    const dir = tempDir();
    let t = engineIn(dir);
    const product = await catalogue(t);
    const sri = await t.as('cashier', 'Sri');
    const first = await sri.ok('parked.save', {
      label: 'Pak topi hijau',
      lines: [
        {
          productId: product('LLE-KG').id,
          qty: 1.5,
          discount: { kind: 'percent', bp: 1000 },
          discountReason: 'sore hari',
        },
        { productId: product('TAS-ANY').id, qty: 1, unitPrice: 80_000, priceReason: 'jahitan lepas' },
      ],
      orderDiscount: { kind: 'amount', value: 5_000 },
      orderDiscountReason: 'langganan',
    });
    t.setNow('2026-11-28T02:05:00Z');
    const second = await sri.ok('parked.save', {
      label: 'Ibu kerudung biru',
      lines: [{ productId: product('RTI-MNS').id, qty: 4 }],
    });
    // 1.5 kg x 30.000 + 80.000: a reminder at the prices parked, before any discount.
    expect(first).toMatchObject({
      lineCount: 2,
      amount: 125_000,
      preview: 'Ikan Lele Segar, Tas Anyaman Pandan',
    });
    t.engine.close();

    t = engineIn(dir);
    const again = await t.as('cashier', 'Sri');
    expect((await again.ok('parked.list', {})).map((c) => c.label)).toEqual([
      'Pak topi hijau',
      'Ibu kerudung biru',
    ]);
    await again.ok('parked.delete', { id: second.id });
    expect(refusal(await again.call('parked.delete', { id: second.id }))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/tidak ada lagi/),
    });
    t.engine.close();

    t = engineIn(dir);
    const third = await t.as('cashier', 'Sri');
    expect((await third.ok('parked.list', {})).map((c) => c.id)).toEqual([first.id]);
    const resumed = await third.ok('parked.resume', { id: first.id });
    expect(resumed).toMatchObject({
      label: 'Pak topi hijau',
      orderDiscount: { kind: 'amount', value: 5_000 },
      orderDiscountReason: 'langganan',
      dropped: [],
    });
    expect(
      resumed.lines.map((l) => [
        l.product.sku,
        l.qtyMilli,
        l.unitPrice,
        l.priceReason,
        l.discount,
        l.discountReason,
      ]),
    ).toEqual([
      ['LLE-KG', 1500, null, null, { kind: 'percent', bp: 1000 }, 'sore hari'],
      ['TAS-ANY', 1000, 80_000, 'jahitan lepas', null, null],
    ]);
    expect(storedCarts(dir)).toEqual({ carts: 0, lines: 0 });
    // What the till sells from a resumed cart is an ordinary sale (here from the command line, which
    // needs no manager for the lowered price).
    const sale = await t.ok('sales.commit', {
      lines: resumed.lines.map((l) => ({
        productId: l.product.id,
        qty: l.qtyMilli / 1000,
        ...(l.unitPrice === null ? {} : { unitPrice: l.unitPrice, priceReason: l.priceReason ?? undefined }),
        ...(l.discount ? { discount: l.discount, discountReason: l.discountReason ?? undefined } : {}),
      })),
      ...(resumed.orderDiscount
        ? {
            orderDiscount: resumed.orderDiscount,
            orderDiscountReason: resumed.orderDiscountReason ?? undefined,
          }
        : {}),
      payments: [{ method: 'cash', amount: 200_000 }],
    });
    // 45.000 - 10% + 80.000 - 5.000
    expect(sale.total).toBe(115_500);
    t.engine.close();
  });

  it('refuses a cart that could not be sold, and stores nothing of it', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const product = await catalogue(t);
    const sri = await t.as('cashier', 'Sri');
    const bawang = product('BWG-100').id;
    const cases: [unknown, RegExp][] = [
      [{ label: '   ', lines: [{ productId: bawang, qty: 1 }] }, /Beri label/],
      [{ label: 'x'.repeat(41), lines: [{ productId: bawang, qty: 1 }] }, /paling panjang 40/],
      [{ label: 'Pak A', lines: [] }, /Keranjang masih kosong/],
      [{ label: 'Pak A', lines: [{ productId: bawang, qty: 1.5 }] }, /bilangan bulat/],
      [{ label: 'Pak A', lines: [{ productId: 999_999, qty: 1 }] }, /tidak ditemukan/],
      [
        {
          label: 'Pak A',
          lines: [{ productId: bawang, qty: 1, discount: { kind: 'amount', value: 30_000 } }],
        },
        /Diskon tidak boleh lebih besar dari harga/,
      ],
    ];
    for (const [input, message] of cases) {
      expect(refusal(await sri.call('parked.save', input)).message).toMatch(message);
    }
    expect(storedCarts(dir)).toEqual({ carts: 0, lines: 0 });
    expect(refusal(await sri.call('parked.resume', { id: 12345 })).code).toBe('NOT_FOUND');
    t.engine.close();
  });
});
