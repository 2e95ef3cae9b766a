// The paper tells the same story as the stored sale: discounts, PPN with its base, cash rounding,
// the buyer and each payment's reference, on a sale the engine itself priced and committed.
import { describe, expect, it } from 'vitest';
import type { Sale } from '../../../shared/contract';
import { receiptFromSale } from '../../../shared/receipt/fromSale';
import { renderDocHtml } from '../../../shared/receipt/html';
import { layoutDoc } from '../../../shared/receipt/layout';
import { docTextLines } from '../../../shared/receipt/model';
import { engineIn } from '../../../tests/support/engine';
import { SAMPLE_SETTINGS } from '../../../tests/support/printing';
import { tempDirPerTest } from '../../../tests/support/tempDir';

const tempDir = tempDirPerTest();

describe('receipt of a discounted, taxed, split-paid sale', () => {
  it('prints line and order discounts, DPP and PPN, rounding, buyer and references that add up', async () => {
    const t = engineIn(tempDir());
    const [bawang] = await t.ok('products.list', { query: 'BWG-100' }); // Rp 25.000
    const [sambal] = await t.ok('products.list', { query: 'SBR-150' }); // Rp 35.000
    if (!bawang || !sambal) throw new Error('demo catalogue changed');
    await t.ok('paymentSettings.save', { taxMode: 'exclusive', taxRateBp: 1100, cashRounding: 500 });
    const buyer = await t.ok('buyers.save', { kind: 'named', name: 'Ibu Nur' });
    const manager = await t.as('manager', 'Pak Andi');
    const sale: Sale = await manager.ok('sales.commit', {
      lines: [
        {
          productId: bawang.id,
          qty: 2,
          discount: { kind: 'amount', value: 5_000 },
          discountReason: 'kemasan penyok',
        },
        { productId: sambal.id, qty: 1 },
      ],
      orderDiscount: { kind: 'percent', bp: 1000 },
      orderDiscountReason: 'pelanggan tetap',
      buyerId: buyer.id,
      payments: [
        { method: 'card', amount: 30_000, reference: 'EDC 7781' },
        { method: 'cash', amount: 100_000 },
      ],
    });
    // 50.000 - 5.000 + 35.000 = 80.000; 10% off = 72.000; PPN 11% = 7.920; 79.920.
    // Card 30.000; cash part 49.920 rounds to 50.000 (+80).
    expect(sale).toMatchObject({
      discountTotal: 13_000,
      dpp: 72_000,
      ppn: 7_920,
      rounding: 80,
      total: 80_000,
    });

    const model = receiptFromSale(sale, {
      timeZone: 'Asia/Makassar',
      settings: SAMPLE_SETTINGS,
      copy: false,
    });
    const lines = docTextLines(layoutDoc(model, { columns: 32, originLines: false, logo: false }));
    const text = lines.join('\n');
    const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A label on the left, its amount right-aligned in the last column of the 32.
    const row = (label: string, amount: string) => {
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`^${escapeRegExp(label)} +${escapeRegExp(amount)}$`)),
      );
      expect(lines.find((l) => l.startsWith(label) && l.endsWith(amount))).toHaveLength(32);
    };
    row('Pembeli', 'Ibu Nur');
    row('  Diskon', '-5.000');
    row('Subtotal', '85.000');
    row('Diskon', '-13.000');
    row('DPP', '72.000');
    row('PPN 11%', '7.920');
    row('Pembulatan', '80');
    row('TOTAL', 'Rp 80.000');
    row('Kartu', 'Rp 30.000');
    row('Tunai', 'Rp 100.000');
    row('Kembalian', 'Rp 50.000');
    expect(text).toContain('Ref: EDC 7781');
    // Subtotal - discounts + PPN + rounding is the total the buyer paid.
    expect(85_000 - 13_000 + 7_920 + 80).toBe(sale.total);

    // The preview shows the same lines as the paper.
    const html = renderDocHtml(layoutDoc(model, { columns: 32, originLines: false, logo: false }));
    for (const phrase of ['Pembulatan', 'PPN 11%', 'Ref: EDC 7781', 'Ibu Nur'])
      expect(html).toContain(phrase);
    t.engine.close();
  });
});
