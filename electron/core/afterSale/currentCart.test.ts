// The cart in progress on real SQLite: kept per person and till across a reopen of the file, given
// back at today's prices, ended by the sale in the sale's own transaction (a late save for the sold
// cart is ignored), emptied by an empty save, and refused to the command line. Also auth.session,
// which a reloaded page asks before showing the till.
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandResult, Product } from '../../../shared/contract';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
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

/** A manager changes a product's price or takes it off sale. */
async function edit(t: ReturnType<typeof engineIn>, id: number, patch: { price?: number; active?: boolean }) {
  const manager = await t.as('manager', 'Pak Andi');
  const detail = await manager.ok('products.get', { id });
  await manager.ok('products.save', {
    id,
    sku: detail.sku,
    name: detail.name,
    category: detail.category,
    unit: detail.unit,
    price: patch.price ?? detail.price,
    producerCode: detail.producerCode,
    soldByWeight: detail.soldByWeight,
    barcodes: detail.barcodes.map((b) => b.code),
    active: patch.active ?? detail.active,
  });
}

describe('the cart in progress', () => {
  it('comes back for the same person after the file is reopened, at today’s prices, typed prices kept', async () => {
    const dir = tempDir();
    let t = engineIn(dir);
    const product = await catalogue(t);
    const sri = await t.as('cashier', 'Sri');
    const ani = await t.as('cashier', 'Ani');
    expect(await sri.ok('cart.current', {})).toBeNull();
    await sri.ok('cart.save', {
      cartId: 'c1',
      lines: [
        { productId: product('BWG-100').id, qty: 2 },
        {
          productId: product('LLE-KG').id,
          qty: 1.25,
          discount: { kind: 'percent', bp: 1000 },
          discountReason: 'sore',
        },
        { productId: product('TAS-ANY').id, qty: 1, unitPrice: 80_000, priceReason: 'jahitan lepas' },
      ],
      orderDiscount: { kind: 'amount', value: 5_000 },
      orderDiscountReason: 'langganan',
    });
    // Another person at the same till has her own (none).
    expect(await ani.ok('cart.current', {})).toBeNull();
    t.engine.close();

    t = engineIn(dir);
    await edit(t, product('BWG-100').id, { price: 27_000 });
    const back = await (await t.as('cashier', 'Sri')).ok('cart.current', {});
    expect(back).toMatchObject({
      cartId: 'c1',
      orderDiscount: { kind: 'amount', value: 5_000 },
      orderDiscountReason: 'langganan',
      dropped: [],
    });
    expect(back?.lines.map((l) => [l.product.sku, l.product.price, l.qtyMilli, l.unitPrice])).toEqual([
      ['BWG-100', 27_000, 2000, null],
      ['LLE-KG', product('LLE-KG').price, 1250, null],
      ['TAS-ANY', product('TAS-ANY').price, 1000, 80_000],
    ]);
    expect(back?.lines[1]?.discount).toEqual({ kind: 'percent', bp: 1000 });
    t.engine.close();
  });

  it('ends with the sale, in the same transaction; a late save of the sold cart changes nothing', async () => {
    const t = engineIn(tempDir());
    const product = await catalogue(t);
    const sri = await t.as('cashier', 'Sri');
    const lines = [{ productId: product('SBR-150').id, qty: 1 }];
    await sri.ok('cart.save', { cartId: 'sold1', lines });
    await sri.ok('sales.commit', { lines, payments: [{ method: 'cash', amount: 35_000 }] });
    expect(await sri.ok('cart.current', {})).toBeNull();
    // Sent while the sale was being stored: ignored.
    expect(await sri.ok('cart.save', { cartId: 'sold1', lines })).toEqual({ saved: false });
    expect(await sri.ok('cart.current', {})).toBeNull();
    // The next cart is a new one.
    expect(await sri.ok('cart.save', { cartId: 'next2', lines })).toEqual({ saved: true });
    expect((await sri.ok('cart.current', {}))?.cartId).toBe('next2');
    // Even behind the next cart's save, the sold cart never comes back.
    expect(await sri.ok('cart.save', { cartId: 'sold1', lines })).toEqual({ saved: false });
    expect((await sri.ok('cart.current', {}))?.cartId).toBe('next2');
    // Emptied by the cashier: gone.
    await sri.ok('cart.save', { cartId: 'next2', lines: [] });
    expect(await sri.ok('cart.current', {})).toBeNull();
    t.engine.close();
  });

  it('leaves out a product no longer sold and says so', async () => {
    const t = engineIn(tempDir());
    const product = await catalogue(t);
    const sri = await t.as('cashier', 'Sri');
    await sri.ok('cart.save', {
      cartId: 'x',
      lines: [
        { productId: product('BWG-100').id, qty: 1 },
        { productId: product('RTI-MNS').id, qty: 3 },
      ],
    });
    await edit(t, product('RTI-MNS').id, { active: false });
    const back = await sri.ok('cart.current', {});
    expect(back?.lines.map((l) => l.product.sku)).toEqual(['BWG-100']);
    expect(back?.dropped).toEqual([
      {
        name: 'Roti Manis',
        message: { key: 'afterSale.lineNotSoldAnyMore', params: { name: 'Roti Manis', qty: '3' } },
      },
    ]);
    t.engine.close();
  });

  it('refuses bad input, and keeps nothing for the command line', async () => {
    const t = engineIn(tempDir());
    const product = await catalogue(t);
    const sri = await t.as('cashier', 'Sri');
    const bad = refusal(await sri.call('cart.save', { cartId: 'a b;', lines: [] }));
    expect(bad.code).toBe('INVALID_INPUT');
    const badQty = refusal(
      await sri.call('cart.save', { cartId: 'ok', lines: [{ productId: product('BWG-100').id, qty: -1 }] }),
    );
    expect(badQty.code).toBe('INVALID_INPUT');
    expect(await sri.ok('cart.current', {})).toBeNull();
    const system = await t.engine.call('cart.current', {}, undefined);
    expect(refusal(system).code).toBe('UNAUTHENTICATED');
    // The command line holds no till: nothing to keep, nothing stored.
    expect(
      await t.ok('cart.save', { cartId: 'cli', lines: [{ productId: product('BWG-100').id, qty: 1 }] }),
    ).toEqual({
      saved: false,
    });
    expect(await t.ok('cart.current', {})).toBeNull();
    t.engine.close();
  });
});

describe('auth.session', () => {
  it('names the person of a live session, and nobody once it ended or she was deactivated', async () => {
    const t = engineIn(tempDir());
    const sri = await t.as('cashier', 'Sri', { shift: false });
    expect(await sri.ok('auth.session', {})).toEqual({ id: sri.user.id, name: 'Sri', role: 'cashier' });
    expect(await t.engine.call('auth.session', {}, 'not-a-session')).toEqual({ ok: true, data: null });
    await t.ok('users.setActive', { userId: sri.user.id, active: false });
    expect(await sri.ok('auth.session', {})).toBeNull();

    const ani = await t.as('cashier', 'Ani');
    await ani.ok('auth.logout', {});
    expect(await ani.ok('auth.session', {})).toBeNull();
    t.engine.close();
  });
});
