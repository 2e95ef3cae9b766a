// Two business days of a booth whose stock moves every way the ledger knows, closed with their Z
// reports: goods received from two units (one with a batch code), a transfer to a warehouse, an
// adjustment, goods sent to a bazaar and counted back (a short one), sales paid by transfer (so
// the drawer holds only its float), a void, and the next day a refund. Goods received after the
// first Z go with the second; an adjustment after the second Z waits for a third. The stock batch
// tests of the till and the office export these days.
import type { Sale } from '../../shared/contract';
import { TEST_PIN, type TestEngine } from './engine';

export interface StockDays {
  days: string[];
  sales: Sale[];
  ids: { bwg100: number; sambal: number; lele: number };
  booth: number;
}

async function productId(t: TestEngine, sku: string): Promise<number> {
  const product = (await t.ok('products.list', { query: sku })).find((p) => p.sku === sku);
  if (!product) throw new Error(`no product ${sku}`);
  return product.id;
}

export async function sellAndMoveStock(t: TestEngine): Promise<StockDays> {
  t.setNow('2026-11-28T01:00:00Z'); // 09.00 WITA
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const approval = { userId: manager.user.id, pin: TEST_PIN };
  const ids = {
    bwg100: await productId(t, 'BWG-100'),
    sambal: await productId(t, 'SBR-150'),
    lele: await productId(t, 'LLE-KG'),
  };
  const booth = (await t.ok('stock.getSettings', {})).sellingLocationId;
  await manager.ok('stock.receive', {
    producerCode: 'LPS-PALU',
    reference: 'SJ-LPS-1',
    lines: [{ productId: ids.bwg100, qty: 20 }],
  });
  await manager.ok('stock.receive', {
    producerCode: 'RTN-PALU',
    reference: 'SJ-RTN-1',
    lines: [
      { productId: ids.sambal, qty: 10, batchCode: 'SR-11', expiresOn: '2027-01-31' },
      { productId: ids.lele, qty: 5 },
    ],
  });
  t.setNow('2026-11-28T01:02:00Z');
  const store = await manager.ok('locations.save', { code: 'GUDANG', name: 'Gudang', kind: 'warehouse' });
  await manager.ok('stock.transfer', {
    fromLocationId: booth,
    toLocationId: store.id,
    reference: 'Simpan gudang',
    lines: [{ productId: ids.bwg100, qty: 5 }],
  });
  await manager.ok('stock.adjust', { productId: ids.sambal, qty: -1, reason: 'Botol pecah' });
  const event = await manager.ok('locations.save', {
    code: 'BAZAR',
    name: 'Bazar HUT',
    kind: 'event',
    startsOn: '2026-11-28',
    endsOn: '2026-11-28',
  });
  await manager.ok('stock.transfer', {
    fromLocationId: booth,
    toLocationId: event.id,
    reference: 'Kirim bazar',
    lines: [
      { productId: ids.bwg100, qty: 4 },
      { productId: ids.lele, qty: 2 },
    ],
  });

  const cashier = await t.as('cashier', 'Sri');
  const sell = async (lines: { productId: number; qty: number }[]) => {
    const products = await t.ok('products.list', {});
    const total = lines.reduce(
      (sum, l) => sum + Math.round((products.find((p) => p.id === l.productId)?.price ?? 0) * l.qty),
      0,
    );
    return cashier.ok('sales.commit', { lines, payments: [{ method: 'transfer', amount: total }] });
  };
  t.setNow('2026-11-28T01:10:00Z');
  const sales: Sale[] = [];
  sales.push(
    await sell([
      { productId: ids.bwg100, qty: 2 },
      { productId: ids.lele, qty: 1.25 },
    ]),
  );
  sales.push(await sell([{ productId: ids.sambal, qty: 1 }]));
  const voided = await sell([{ productId: ids.bwg100, qty: 1 }]);
  sales.push(voided);
  await cashier.ok('sales.void', { receiptNo: voided.receiptNo, reason: 'salah input', approval });
  t.setNow('2026-11-28T01:20:00Z');
  // Counted back from the bazaar: one jar of bawang goreng is missing.
  await manager.ok('stock.eventClose', {
    locationId: event.id,
    returnToLocationId: booth,
    counts: [
      { productId: ids.bwg100, qty: 3 },
      { productId: ids.lele, qty: 2 },
    ],
  });
  t.setNow('2026-11-28T09:00:00Z');
  await cashier.ok('shifts.close', { count: {}, approval });
  await manager.ok('reports.z', {});
  // Delivered in the evening after the Z: goes out with the next Z.
  t.setNow('2026-11-28T10:00:00Z');
  await manager.ok('stock.receive', {
    producerCode: 'LPS-PALU',
    reference: 'SJ-LPS-2',
    lines: [{ productId: ids.bwg100, qty: 6 }],
  });

  t.setNow('2026-11-29T01:00:00Z');
  await cashier.ok('shifts.open', { openingFloat: 0 });
  const first = sales[0] as Sale;
  await cashier.ok('sales.refund', {
    receiptNo: first.receiptNo,
    lines: [{ lineNo: 1, qty: 1 }],
    reason: 'barang rusak',
    method: 'transfer',
    approval,
  });
  sales.push(await sell([{ productId: ids.sambal, qty: 2 }]));
  t.setNow('2026-11-29T09:00:00Z');
  await cashier.ok('shifts.close', { count: {}, approval });
  await manager.ok('reports.z', {});
  t.setNow('2026-11-29T09:03:00Z');
  await manager.ok('stock.adjust', { productId: ids.lele, qty: -0.5, reason: 'Ikan rusak' });
  return { days: ['2026-11-28', '2026-11-29'], sales, ids, booth };
}

/**
 * A third day after `sellAndMoveStock` (30 November): 2 jars of bawang goreng go back to their unit
 * (LPS-PALU) with a return note, one more is sold, and the day closes with its Z. The adjustment
 * left after the second Z travels with this Z.
 */
export async function returnToUnitDay(t: TestEngine, stock: StockDays): Promise<string> {
  const manager = await t.as('manager', 'Pak Andi', { shift: false });
  const approval = { userId: manager.user.id, pin: TEST_PIN };
  const cashier = await t.as('cashier', 'Sri', { shift: false });
  t.setNow('2026-11-30T01:00:00Z');
  await cashier.ok('shifts.open', { openingFloat: 0 });
  await manager.ok('stock.returnToUnit', {
    productId: stock.ids.bwg100,
    qty: 2,
    reference: 'BA-LPS-1',
    reason: 'Kemasan lama',
  });
  const price = (await t.ok('products.list', {})).find((p) => p.id === stock.ids.bwg100)?.price ?? 0;
  stock.sales.push(
    await cashier.ok('sales.commit', {
      lines: [{ productId: stock.ids.bwg100, qty: 1 }],
      payments: [{ method: 'transfer', amount: price }],
    }),
  );
  t.setNow('2026-11-30T09:00:00Z');
  await cashier.ok('shifts.close', { count: {}, approval });
  await manager.ok('reports.z', {});
  return '2026-11-30';
}
