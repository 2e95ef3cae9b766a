import { expect, test } from './fixtures';

// A wedge scanner is a keyboard: it types the code a few milliseconds per digit, then Enter.
async function scan(page: import('@playwright/test').Page, code: string) {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

test('scans barcodes and scale labels into the cart; an unknown code is named', async ({ page, till }) => {
  // The scale prints PLU 20 for catfish: 20 + 00020 + grams + check digit.
  const found = till.karya('products.list', { query: 'LLE-KG' });
  const lele = (found.json as { id: number; sku: string }[])[0];
  expect(lele?.sku).toBe('LLE-KG');
  expect(till.karya('products.setPlu', { productId: lele?.id, plu: 20 }).status).toBe(0);

  await till.open(page, 'cashier');
  await expect(page.getByTestId('search')).toBeFocused();

  await scan(page, '2990000000040');
  const sambal = page.locator('[data-testid="cart-line"][data-sku="SBR-150"]');
  await expect(sambal.getByTestId('line-qty')).toHaveText('1 botol');
  await scan(page, '2990000000040');
  await expect(sambal.getByTestId('line-qty')).toHaveText('2 botol');
  await expect(page.getByTestId('search')).toHaveValue('');

  // 1,250 kg of catfish at Rp 30.000/kg straight from the label: no weight dialog.
  await scan(page, '2000020012500');
  const lele1 = page.locator('[data-testid="cart-line"][data-sku="LLE-KG"]');
  await expect(lele1.getByTestId('line-qty')).toHaveText('1,250 kg');
  await expect(lele1.getByTestId('line-total')).toHaveText('Rp 37.500');
  await expect(page.getByTestId('weight-input')).toHaveCount(0);
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 107.500');

  await scan(page, '8991234567891');
  await expect(page.getByTestId('search-notice')).toHaveText('Barcode 8991234567891 tidak dikenal.');
  await expect(page.getByTestId('cart-line')).toHaveCount(2);

  // A damaged label is refused rather than guessed at.
  await scan(page, '2000020012501');
  await expect(page.getByTestId('search-notice')).toContainText('angka pemeriksa salah');

  // The manager switches on price labels (22 + 4-digit PLU + 6-digit rupiah): Rp 45.000 is 1,5 kg.
  const layouts = [
    { prefix: '20', itemDigits: 5, valueKind: 'weight', valueDigits: 5 },
    { prefix: '22', itemDigits: 4, valueKind: 'price', valueDigits: 6 },
  ];
  expect(till.karya('search.scaleSettings.save', { enabled: true, layouts }).status).toBe(0);
  await scan(page, '2200200450003');
  await expect(page.getByTestId('cart-line')).toHaveCount(3);
  const lele2 = page.locator('[data-testid="cart-line"][data-sku="LLE-KG"]').nth(1);
  await expect(lele2.getByTestId('line-qty')).toHaveText('1,500 kg');
  await expect(lele2.getByTestId('line-total')).toHaveText('Rp 45.000');
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 152.500');

  // The weights reach the stored sale as grams.
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('200000');
  await page.getByTestId('confirm-pay').click();
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  const sale = till.karya('sales.get', { receiptNo }).json as { lines: { sku: string; qtyMilli: number }[] };
  expect(sale.lines.map((l) => [l.sku, l.qtyMilli])).toEqual([
    ['SBR-150', 2000],
    ['LLE-KG', 1250],
    ['LLE-KG', 1500],
  ]);
});
