import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandName, CommandResult } from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import vectors from '../../../shared/qris/qris-vectors.json';
import { engineIn, type TestEngine } from '../../../tests/support/engine';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();
const STATIC_QRIS = vectors.static_to_dynamic[0]?.static ?? '';

function refusal(result: CommandResult<CommandName>) {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

function settingsRows(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  const rows = db.prepare("SELECT key, value FROM settings WHERE key LIKE 'payments.%' ORDER BY key").all();
  db.close();
  return rows;
}

async function productId(t: TestEngine, sku: string): Promise<number> {
  const [product] = await t.ok('products.list', { query: sku });
  if (!product || product.sku !== sku) throw new Error(`no product ${sku}`);
  return product.id;
}

describe('payment settings', () => {
  it('start with PPN off, no rounding, no QRIS, a 10% cashier limit, Rp 10.000 of cash variance and cash-outs up to Rp 200.000', async () => {
    const t = engineIn(tempDir());
    const cashier = await t.as('cashier');
    expect(await cashier.ok('paymentSettings.get', {})).toEqual({
      taxMode: 'off',
      taxRateBp: 1100,
      cashRounding: 0,
      qrisStatic: null,
      qrisMerchant: null,
      discountLimitBp: 1000,
      discountLimitRupiah: null,
      cashVarianceLimit: 10_000,
      cashOutLimit: 200_000,
    });
    t.engine.close();
  });

  it('save only the fields given, read the merchant from the QRIS, and are for managers only', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const cashier = await t.as('cashier');
    const manager = await t.as('manager');
    expect(refusal(await cashier.call('paymentSettings.save', { taxMode: 'inclusive' })).code).toBe(
      'FORBIDDEN',
    );
    const saved = await manager.ok('paymentSettings.save', {
      taxMode: 'exclusive',
      cashRounding: 100,
      qrisStatic: `  ${STATIC_QRIS}\n`,
    });
    expect(saved).toMatchObject({
      taxMode: 'exclusive',
      taxRateBp: 1100,
      cashRounding: 100,
      qrisStatic: STATIC_QRIS,
      qrisMerchant: { name: 'Warung Sayur Bu Sugeng', city: 'Kab. Demak' },
    });
    const again = await manager.ok('paymentSettings.save', { discountLimitRupiah: 20_000 });
    expect([again.taxMode, again.cashRounding, again.discountLimitRupiah]).toEqual([
      'exclusive',
      100,
      20_000,
    ]);
    const off = await manager.ok('paymentSettings.save', { qrisStatic: '', discountLimitRupiah: null });
    expect([off.qrisStatic, off.qrisMerchant, off.discountLimitRupiah]).toEqual([null, null, null]);
    t.engine.close();
    expect(settingsRows(`${dir}/karya.db`).length).toBeGreaterThan(0);
  });

  it('refuse a QRIS with a wrong CRC with the CRC message, and other bad values, writing nothing', async () => {
    const dir = tempDir();
    const t = engineIn(dir);
    const manager = await t.as('manager');
    const before = settingsRows(`${dir}/karya.db`);
    const wrongCrc = `${STATIC_QRIS.slice(0, -4)}${vectors.invalid[0]?.tail.slice(-4) ?? 'M2B3'}`;
    const crc = refusal(
      await manager.call('paymentSettings.save', { qrisStatic: wrongCrc, taxMode: 'inclusive' }),
    );
    expect(crc).toEqual(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'CRC QRIS salah (tertulis M2B3, seharusnya 58C7). Salin ulang QRIS dari penyedia.',
        key: 'payments.qrisWrongCrc',
        params: { given: 'M2B3', expected: '58C7' },
      }),
    );
    // The screen words the same refusal in English from its key.
    expect(formatMessage('en', crc.key ?? '', crc.params)).toBe(
      'Wrong QRIS CRC (it says M2B3, it should be 58C7). Copy the QRIS from the provider again.',
    );
    const notQris = refusal(
      await manager.call('paymentSettings.save', { qrisStatic: 'https://example.com' }),
    );
    expect(notQris.message).toBe('Bukan QRIS: harus diawali 000201.');
    for (const input of [
      { cashRounding: 250 },
      { taxRateBp: 10_001 },
      { taxRateBp: 11.5 },
      { taxMode: 'sometimes' },
      { discountLimitBp: -1 },
      { discountLimitRupiah: -5 },
    ]) {
      const error = refusal(await manager.call('paymentSettings.save', input));
      expect(error.code, JSON.stringify(input)).toBe('INVALID_INPUT');
      expect(error.message).not.toMatch(/expected|received|invalid input/i);
    }
    expect(
      refusal(await manager.call('paymentSettings.save', { taxMode: 'inclusive', taxRateBp: 0 })).message,
    ).toBe('Tarif PPN harus lebih dari 0% bila PPN dinyalakan.');
    t.engine.close();
    expect(settingsRows(`${dir}/karya.db`)).toEqual(before);
  });
});

describe('price tiers and tier prices', () => {
  it('start with GROSIR; a manager sets, changes and removes a product price in a tier', async () => {
    const t = engineIn(tempDir());
    const cashier = await t.as('cashier');
    const manager = await t.as('manager', 'Bu Rina');
    const bawang = await productId(t, 'BWG-100');
    const sambal = await productId(t, 'SBR-150');
    expect(await cashier.ok('priceTiers.list', {})).toEqual([
      { code: 'GROSIR', name: 'Grosir', productCount: 0 },
    ]);
    expect(
      refusal(await cashier.call('tierPrices.set', { tier: 'GROSIR', productId: bawang, price: 1 })).code,
    ).toBe('FORBIDDEN');

    await manager.ok('tierPrices.set', { tier: 'grosir', productId: bawang, price: 22_000 });
    await manager.ok('tierPrices.set', { tier: 'GROSIR', productId: bawang, price: 21_000 });
    await manager.ok('tierPrices.set', { tier: 'GROSIR', productId: sambal, price: 30_000 });
    const prices = await cashier.ok('tierPrices.list', { tier: 'GROSIR', productIds: [bawang] });
    expect(prices).toEqual([
      {
        tier: 'GROSIR',
        productId: bawang,
        sku: 'BWG-100',
        name: 'Bawang Goreng Palu 100 g',
        unit: 'pcs',
        listPrice: 25_000,
        price: 21_000,
        updatedAt: '2026-11-28T02:00:00.000Z',
        updatedBy: 'Bu Rina',
      },
    ]);
    await manager.ok('tierPrices.set', { tier: 'GROSIR', productId: sambal, price: null });
    expect((await cashier.ok('tierPrices.list', { tier: 'GROSIR' })).map((p) => p.sku)).toEqual(['BWG-100']);

    expect(await manager.ok('priceTiers.save', { code: 'mitra', name: 'Mitra UMKM' })).toEqual({
      code: 'MITRA',
      name: 'Mitra UMKM',
      productCount: 0,
    });
    expect(
      refusal(await manager.call('tierPrices.set', { tier: 'NONE', productId: bawang, price: 1 })).code,
    ).toBe('NOT_FOUND');
    expect(
      refusal(await manager.call('tierPrices.set', { tier: 'GROSIR', productId: 99_999, price: 1 })).code,
    ).toBe('NOT_FOUND');
    expect(
      refusal(await manager.call('tierPrices.set', { tier: 'GROSIR', productId: bawang, price: -1 })).code,
    ).toBe('INVALID_INPUT');
    t.engine.close();
  });
});
