import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vectors from '../../shared/qris/qris-vectors.json' with { type: 'json' };
import { formatDateTime } from '../../shared/time';
import { expect, test } from './fixtures';

test("a manager matches the day's QRIS payments with the provider's statement", async ({ page, till }) => {
  expect(
    till.karya('paymentSettings.save', { qrisStatic: vectors.static_to_dynamic[0]?.static }).status,
  ).toBe(0);
  // Two QRIS sales at the till through the real screen.
  await till.open(page, 'manager');
  for (const sku of ['BWG-100', 'SBR-150']) {
    await page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`).click();
    await page.keyboard.press('F9');
    await page.getByTestId('pay-method-qris').click();
    // "Pembayaran diterima" for the whole amount completes the sale.
    await page.getByTestId('part-add').click();
    await page.getByTestId('new-sale').click();
  }

  await page.getByTestId('nav-qris').click();
  await expect(page.getByTestId('qris-payment-row')).toHaveCount(2);
  await expect(page.getByTestId('qris-payments')).toContainText('Manajer Uji');

  // The statement: the bawang (Rp 25.000) arrived, the sambal did not, and one stranger came in.
  // The bank writes the payment's own date and time in the till's zone: read them from the stored
  // payment, not from the clock now (past midnight the date is not the business day's).
  const { timeZone } = till.karya('app.info').json as { timeZone: string };
  const payments = till.karya('qris.payments', {}).json as { amount: number; confirmedAt: string }[];
  const bawang = payments.find((p) => p.amount === 25_000);
  if (!bawang) throw new Error(`no QRIS payment of Rp 25.000 among ${JSON.stringify(payments)}`);
  const [date, time] = formatDateTime(new Date(bawang.confirmedAt), timeZone).split(' ');
  const file = join(mkdtempSync(join(tmpdir(), 'karya-qris-')), 'mutasi.csv');
  writeFileSync(
    file,
    `Tanggal;Jam;Nominal;No. Referensi;Status\n${date};${time};Rp 25.000;RRN77;Sukses\n${date};${time};Rp 12.000;RRN78;Sukses\n`,
  );
  await page.getByTestId('qris-statement').setInputFiles(file);
  await expect(page.getByTestId('qris-matched')).toContainText('RRN77');
  await expect(page.getByTestId('qris-only-till')).toContainText('Rp 35.000');
  await expect(page.getByTestId('qris-only-statement')).toContainText('Rp 12.000');
});
