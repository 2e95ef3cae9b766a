import { expect, test } from './fixtures';

test('a manager sets up the scale: a bad layout is refused, a PLU is given, and its label sells', async ({
  page,
  till,
}) => {
  await till.open(page, 'manager');
  await page.getByTestId('nav-catalog').click();
  await page.getByTestId('catalog-tab-scale').click();

  // 20 + 5 + 6 = 13 data digits: one too many for an EAN-13, refused in Indonesian, nothing stored.
  await page.getByTestId('scale-value-digits').first().fill('6');
  await page.getByTestId('scale-save').click();
  await expect(page.getByTestId('scale-error')).toContainText('harus 12 angka');
  const stored = till.karya('search.scaleSettings.get').json as { layouts: { valueDigits: number }[] };
  expect(stored.layouts.map((l) => l.valueDigits)).toEqual([5]);
  await page.getByTestId('scale-value-digits').first().fill('5');
  await page.getByTestId('scale-save').click();
  await expect(page.getByTestId('scale-done')).toBeVisible();

  // PLU 20 for catfish, then the same number for tilapia is refused: one label, one product.
  const lele = page.locator('[data-testid="scale-product"][data-sku="LLE-KG"]');
  await lele.getByTestId('scale-plu').fill('20');
  await lele.getByTestId('scale-plu').press('Enter');
  await expect(page.getByTestId('scale-done')).toContainText('PLU Ikan Lele Segar disimpan');
  const nila = page.locator('[data-testid="scale-product"][data-sku="NLA-KG"]');
  await nila.getByTestId('scale-plu').fill('20');
  await nila.getByTestId('scale-plu-save').click();
  await expect(page.getByTestId('scale-error')).toHaveText('PLU 20 sudah dipakai oleh Ikan Lele Segar.');

  // At the till the scale's label for 1,250 kg of catfish lands with its weight.
  await page.getByTestId('nav-sale').click();
  await expect(page.getByTestId('search')).toBeFocused();
  await page.keyboard.type('2000020012500', { delay: 5 });
  await page.keyboard.press('Enter');
  const line = page.locator('[data-testid="cart-line"][data-sku="LLE-KG"]');
  await expect(line.getByTestId('line-qty')).toHaveText('1,250 kg');
});
