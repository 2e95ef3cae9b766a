// Administration is audited: stock and negative-stock, printers, the receipt texts and the scale.
import { describe, expect, it } from 'vitest';
import { engineIn } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

describe('audit of administration', () => {
  it('records who changed which setting from what to what, and nothing for a save that changes nothing', async () => {
    const t = engineIn(tempDir());
    const manager = await t.as('manager', 'Pak Manajer', { shift: false });

    await manager.ok('stock.saveSettings', { allowNegativeStock: false });
    await manager.ok('stock.saveSettings', { allowNegativeStock: false });
    const printer = await manager.ok('printers.save', {
      name: 'Kasir 58',
      transport: 'tcp',
      target: '127.0.0.1:9100',
    });
    await manager.ok('printers.save', { ...printer, id: printer.id, name: 'Kasir 58', columns: 42 });
    await manager.ok('printers.delete', { id: printer.id });
    const receipt = await manager.ok('printing.settings', {});
    await manager.ok('printing.saveSettings', {
      header: ['Karya Lapas Palu'],
      footer: receipt.footer,
      originPrefix: receipt.originPrefix,
      qr: receipt.qr,
    });
    const scale = await manager.ok('search.scaleSettings.get', {});
    await manager.ok('search.scaleSettings.save', { ...scale, enabled: !scale.enabled });

    const entries = (await manager.ok('audit.list', { action: 'settings.change' })).reverse();
    expect(entries.map((e) => [e.subject, e.userName])).toEqual([
      ['stok', 'Pak Manajer'],
      ['printer Kasir 58', 'Pak Manajer'],
      ['printer Kasir 58', 'Pak Manajer'],
      ['printer Kasir 58', 'Pak Manajer'],
      ['struk', 'Pak Manajer'],
      ['timbangan', 'Pak Manajer'],
    ]);
    expect(entries[0]?.detail).toMatchObject({
      before: { allowNegativeStock: true },
      after: { allowNegativeStock: false },
    });
    expect(entries[1]?.detail).toMatchObject({ before: null, after: { name: 'Kasir 58', columns: 32 } });
    expect(entries[2]?.detail).toMatchObject({ before: { columns: 32 }, after: { columns: 42 } });
    expect(entries[3]?.detail).toMatchObject({ before: { name: 'Kasir 58' }, after: null });
    expect(entries[4]?.detail).toMatchObject({
      before: { header: receipt.header, logoLength: 0 },
      after: { header: ['Karya Lapas Palu'], logoLength: 0 },
    });
    expect(entries[5]?.detail).toMatchObject({
      before: { enabled: scale.enabled },
      after: { enabled: !scale.enabled },
    });
    t.engine.close();
  });

  it('a refused change leaves no audit row', async () => {
    const t = engineIn(tempDir());
    const manager = await t.as('manager', 'Pak Manajer', { shift: false });
    const refused = await manager.call('stock.saveSettings', { sellingLocationId: 999 });
    expect(refused.ok).toBe(false);
    expect(await manager.ok('audit.list', { action: 'settings.change' })).toEqual([]);
    t.engine.close();
  });
});
