import { describe, expect, it } from 'vitest';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';
import { boothId, levelOf, productIdOf, stockCounts } from './stockTestHelpers';

const tempDir = tempDirPerTest();

/** A booth with stock, a bazaar with goods sent out to it and a few sales made there. */
async function bazaarWithSales(t: TestEngine) {
  const manager = await t.as('manager', 'Pak Made');
  const id = {
    bwg100: await productIdOf(t, 'BWG-100'),
    bwg250: await productIdOf(t, 'BWG-250'),
    sambal: await productIdOf(t, 'SBR-150'),
    lele: await productIdOf(t, 'LLE-KG'),
  };
  const booth = await boothId(t);
  await manager.ok('stock.receive', {
    producerCode: 'LPS-PALU',
    reference: 'SJ-LPS-1',
    lines: [
      { productId: id.bwg100, qty: 20 },
      { productId: id.bwg250, qty: 5 },
    ],
  });
  await manager.ok('stock.receive', {
    producerCode: 'RTN-PALU',
    reference: 'SJ-RTN-1',
    lines: [
      { productId: id.sambal, qty: 10, batchCode: 'SR-11', expiresOn: '2027-01-31' },
      { productId: id.lele, qty: 5 },
    ],
  });
  const event = await manager.ok('locations.save', {
    code: 'BAZAR-HUT',
    name: 'Bazar HUT Sulteng',
    kind: 'event',
    startsOn: '2026-11-28',
    endsOn: '2026-11-30',
  });
  await manager.ok('stock.transfer', {
    fromLocationId: booth,
    toLocationId: event.id,
    reference: 'Kirim bazar',
    lines: [
      { productId: id.bwg100, qty: 10 },
      { productId: id.bwg250, qty: 3 },
      { productId: id.sambal, qty: 5 },
      { productId: id.lele, qty: 2.5 },
    ],
  });
  await manager.ok('stock.saveSettings', { sellingLocationId: event.id });
  const cashier = await t.as('cashier');
  await cashier.ok('sales.commitCash', {
    lines: [
      { productId: id.bwg100, qty: 3 },
      { productId: id.sambal, qty: 1 },
      { productId: id.lele, qty: 1.2 },
    ],
    cashTendered: 200_000,
  });
  return { manager, cashier, id, booth, event };
}

describe('events', () => {
  it('reports sent, sold, returned and shortfall per product and per producing unit after the count', async () => {
    const t = engineIn(tempDir());
    const { manager, id, booth, event } = await bazaarWithSales(t);

    // While it runs: what is still there is on hand, nothing is short yet.
    const during = await manager.ok('stock.eventReport', { locationId: event.id });
    expect(during.products.find((p) => p.sku === 'BWG-100')).toMatchObject({
      sentMilli: 10_000,
      soldMilli: 3_000,
      onHandMilli: 7_000,
      shortfallMilli: 0,
    });

    await manager.ok('stock.saveSettings', { sellingLocationId: booth });
    const report = await manager.ok('stock.eventClose', {
      locationId: event.id,
      returnToLocationId: booth,
      counts: [
        { productId: id.bwg100, qty: 6 }, // one jar missing
        { productId: id.bwg250, qty: 3 },
        { productId: id.sambal, qty: 5 }, // one bottle more than expected
        { productId: id.lele, qty: 1.3 },
      ],
    });
    const row = (sku: string) => {
      const found = report.products.find((p) => p.sku === sku);
      return (
        found && [
          found.sentMilli,
          found.soldMilli,
          found.returnedMilli,
          found.onHandMilli,
          found.shortfallMilli,
          found.soldAmount,
          found.shortfallValue,
        ]
      );
    };
    expect(row('BWG-100')).toEqual([10_000, 3_000, 6_000, 0, 1_000, 75_000, 25_000]);
    expect(row('BWG-250')).toEqual([3_000, 0, 3_000, 0, 0, 0, 0]);
    expect(row('SBR-150')).toEqual([5_000, 1_000, 5_000, 0, -1_000, 35_000, -35_000]);
    expect(row('LLE-KG')).toEqual([2_500, 1_200, 1_300, 0, 0, 36_000, 0]);
    expect(report.producers).toEqual([
      {
        producerCode: 'LPS-PALU',
        producerName: 'Lapas Kelas IIA Palu',
        sentMilli: 13_000,
        soldMilli: 3_000,
        returnedMilli: 9_000,
        onHandMilli: 0,
        shortfallMilli: 1_000,
        soldAmount: 75_000,
        shortfallValue: 25_000,
      },
      {
        producerCode: 'RTN-PALU',
        producerName: 'Rutan Kelas IIA Palu',
        sentMilli: 7_500,
        soldMilli: 2_200,
        returnedMilli: 6_300,
        onHandMilli: 0,
        shortfallMilli: -1_000,
        soldAmount: 71_000,
        shortfallValue: -35_000,
      },
    ]);
    expect(report.event).toMatchObject({ active: false, closedAt: '2026-11-28T02:00:00.000Z' });

    // The counted goods are back at the booth, batches and all.
    expect(await levelOf(t, 'BWG-100', booth)).toBe(16_000);
    expect(await levelOf(t, 'SBR-150', booth)).toBe(10_000);
    expect(await levelOf(t, 'LLE-KG', booth)).toBe(3_800);
    expect(await levelOf(t, 'BWG-100', event.id)).toBe(0);
    const sambalMoves = (await t.ok('stock.moves', { productId: id.sambal, locationId: event.id })).rows;
    expect(sambalMoves.map((m) => [m.kind, m.qtyMilli, m.batchCode]).reverse()).toEqual([
      ['event_out', 5_000, 'SR-11'],
      ['sale', -1_000, 'SR-11'],
      ['count', 1_000, null],
      ['event_return', -4_000, 'SR-11'],
      ['event_return', -1_000, null],
    ]);
    const back = (await t.ok('stock.moves', { productId: id.bwg100, locationId: booth })).rows[0];
    expect(back).toMatchObject({ kind: 'event_return', qtyMilli: 6_000, userName: 'Pak Made' });
    const count = (await t.ok('stock.moves', { productId: id.bwg100, locationId: event.id })).rows.find(
      (m) => m.kind === 'count',
    );
    expect(count).toMatchObject({ qtyMilli: -1_000, reason: 'Hitung penutupan acara BAZAR-HUT' });

    // Closed is closed: no second count, no more goods in or out; the report stays readable.
    const again = await manager.call('stock.eventClose', {
      locationId: event.id,
      returnToLocationId: booth,
      counts: [],
    });
    expect(again.ok || again.error.code).toBe('CONFLICT');
    const send = await manager.call('stock.transfer', {
      fromLocationId: booth,
      toLocationId: event.id,
      lines: [{ productId: id.bwg100, qty: 1 }],
    });
    expect(send.ok || send.error.message).toMatch(/sudah ditutup/);
    expect((await t.ok('locations.list', {})).map((l) => l.code)).toEqual(['BOOTH']);
    expect(await manager.ok('stock.eventReport', { locationId: event.id })).toEqual(report);
    t.engine.close();
  });

  it('refuses a close that cannot be right and writes nothing', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const { manager, cashier, id, booth, event } = await bazaarWithSales(t);
    const all = [
      { productId: id.bwg100, qty: 7 },
      { productId: id.bwg250, qty: 3 },
      { productId: id.sambal, qty: 4 },
      { productId: id.lele, qty: 1.3 },
    ];
    const before = stockCounts(`${dir}/karya.db`);
    const close = (input: object) =>
      manager.call('stock.eventClose', { locationId: event.id, returnToLocationId: booth, ...input });

    const selling = await close({ counts: all });
    expect(selling.ok || selling.error.message).toMatch(/masih menjual/);
    await manager.ok('stock.saveSettings', { sellingLocationId: booth });
    const settingsOnly = stockCounts(`${dir}/karya.db`);
    expect(settingsOnly).toEqual(before);

    const missing = await close({ counts: all.slice(0, 2) });
    expect(missing.ok || missing.error).toEqual(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'Jumlah hitung belum diisi untuk: Ikan Lele Segar, Sambal Roa 150 ml.',
      }),
    );
    const cases: [object, string][] = [
      [{ counts: [...all, { productId: id.bwg100, qty: 1 }] }, 'INVALID_INPUT'],
      [{ counts: all.map((c) => (c.productId === id.bwg100 ? { ...c, qty: 6.5 } : c)) }, 'INVALID_INPUT'],
      [{ counts: all.map((c) => ({ ...c, qty: -1 })) }, 'INVALID_INPUT'],
      [{ counts: all, returnToLocationId: event.id }, 'INVALID_INPUT'],
      [{ counts: all, returnToLocationId: 999 }, 'NOT_FOUND'],
      [{ counts: all, locationId: booth }, 'CONFLICT'],
    ];
    for (const [input, code] of cases) {
      const result = await close(input);
      expect(result.ok || result.error.code, JSON.stringify(input)).toBe(code);
    }
    const forbidden = await cashier.call('stock.eventClose', {
      locationId: event.id,
      returnToLocationId: booth,
      counts: all,
    });
    expect(forbidden.ok || forbidden.error.code).toBe('FORBIDDEN');
    expect(stockCounts(`${dir}/karya.db`)).toEqual(before);
    expect((await t.ok('locations.list', {})).find((l) => l.id === event.id)?.active).toBe(true);

    const report = await manager.call('stock.eventReport', { locationId: booth });
    expect(report.ok || report.error.code).toBe('CONFLICT');
    t.engine.close();
  });
});
