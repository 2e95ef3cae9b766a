import { xlsxFixture } from '../support/xlsxFixtures';
import { expect, test } from './fixtures';

const HEADER = 'sku,barcode,name,category,unit,price_idr,producer_code,producer_name,sold_by_weight';
const GOOD =
  'KPI-500,2990000010018,Kopi Robusta Luwuk 500 g,Minuman,pcs,60000,LPS-LUWUK,Lapas Kelas IIB Luwuk,0';
// 2990000010024 has a wrong check digit (the right one is 5).
const BAD =
  'KRP-150,2990000010024,Keripik Pisang Donggala,Makanan,pcs,12000,RTN-DGL,Rutan Kelas IIB Donggala,0';
const FIXED = BAD.replace('2990000010024', '2990000010025');

const file = (...rows: string[]) => ({
  name: 'katalog-baru.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER, ...rows].join('\n')),
});

test('a manager imports a CSV: one bad row imports nothing; fixed, it imports and the till scans it', async ({
  page,
  till,
}) => {
  await till.open(page, 'manager');
  await page.getByTestId('nav-catalog').click();
  await page.getByTestId('catalog-tab-import').click();

  // One bad row: the preview names its row, cell and reason, and the import button stays off.
  // The engine reads the file (the screen sends its bytes).
  await page.getByTestId('import-file').setInputFiles(file(GOOD, BAD));
  const issue = page.getByTestId('import-issue');
  await expect(issue).toHaveCount(1);
  await expect(issue).toHaveAttribute('data-row', '3');
  await expect(issue).toHaveAttribute('data-cell', 'B3');
  await expect(issue).toContainText('barcode');
  await expect(issue).toContainText('Digit pemeriksa barcode EAN-13 2990000010024 salah (seharusnya 5)');
  await expect(page.getByTestId('import-count-new')).toHaveText('1');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  // Nothing reached the catalogue, not even the good row.
  expect(till.karya('products.list', { query: 'KPI-500' }).json).toEqual([]);

  // The fixed file imports both rows.
  await page.getByTestId('import-file').setInputFiles(file(GOOD, FIXED));
  await expect(page.getByTestId('import-count-new')).toHaveText('2');
  await expect(page.getByTestId('import-issue')).toHaveCount(0);
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-result')).toContainText('2 produk baru');
  const imported = till.karya('products.list', { query: 'KRP-150' }).json as { sku: string; price: number }[];
  expect(imported).toEqual([expect.objectContaining({ sku: 'KRP-150', price: 12_000 })]);

  // The new product is in the manager's list...
  await page.getByTestId('catalog-tab-products').click();
  await page.getByTestId('catalog-product-search').fill('keripik');
  await expect(page.locator('[data-testid="catalog-product-row"][data-sku="KRP-150"]')).toBeVisible();

  // ...and at the till a scan (the code, then Enter) puts it in the cart.
  await page.getByTestId('nav-sale').click();
  const search = page.getByTestId('search');
  await search.fill('2990000010025');
  await search.press('Enter');
  const line = page.locator('[data-testid="cart-line"][data-sku="KRP-150"]');
  await expect(line).toContainText('Keripik Pisang Donggala');
  await expect(line).toContainText('Rp 12.000');
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 12.000');
});

test('an XLSX written by openpyxl: a formula without a result, a date, an error and a lost zero are problems by cell', async ({
  page,
  till,
}, testInfo) => {
  test.setTimeout(240_000); // the first run in a fresh checkout generates the fixtures (LibreOffice)
  const buffer = Buffer.from(xlsxFixture('catalogue-openpyxl.xlsx'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await till.open(page, 'manager');
  await page.getByTestId('nav-catalog').click();
  await page.getByTestId('catalog-tab-import').click();
  await page.getByTestId('import-file').setInputFiles({
    name: 'katalog-openpyxl.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  const issues = page.getByTestId('import-issue');
  await expect(issues).toHaveCount(5);
  const cells = await issues.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-cell')));
  expect(cells).toEqual(['F3', 'C4', 'D5', 'B6', 'F7']);
  await expect(issues.nth(0)).toContainText('Sel berisi rumus =F2*2 tanpa hasil tersimpan');
  await expect(issues.nth(1)).toContainText('Sel berisi tanggal (2027-03-31)');
  await expect(issues.nth(2)).toContainText('Sel berisi galat #VALUE!');
  await expect(issues.nth(3)).toContainText('mungkin maksudnya 0036000291452');
  await expect(issues.nth(4)).toContainText('Harga harus rupiah bulat, tanpa sen: 15.000,50.');
  await expect(page.getByTestId('import-count-new')).toHaveText('2');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('import-preview-1366x768.png'), fullPage: true });
  await page.setViewportSize({ width: 1024, height: 768 });
  await issues.nth(4).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('import-preview-1024x768.png'), fullPage: true });

  // All or nothing: not even the two good rows reached the catalogue.
  expect(till.karya('products.list', { query: 'OPX-1' }).json).toEqual([]);
});

test('a manager edits a product: the engine’s message shows beside the form, a new price enters the history', async ({
  page,
  till,
}) => {
  await till.open(page, 'manager');
  await page.getByTestId('nav-catalog').click();
  await page.getByTestId('catalog-product-search').fill('SBR-150');
  await page.locator('[data-testid="catalog-product-row"][data-sku="SBR-150"]').click();
  const form = page.getByTestId('product-form');
  await expect(form.getByTestId('product-sku')).toHaveValue('SBR-150');

  // A barcode with a wrong check digit is refused in Indonesian, and nothing is saved.
  await form.getByTestId('product-barcode-input').fill('2990000000041');
  await form.getByTestId('product-barcode-input').press('Enter');
  await form.getByTestId('product-price').fill('37500');
  await form.getByTestId('product-save').click();
  await expect(form.getByTestId('product-error')).toHaveText(
    'Digit pemeriksa barcode EAN-13 2990000000041 salah (seharusnya 0)',
  );
  await expect(form.getByTestId('price-history-row')).toHaveCount(1);

  await form.getByRole('button', { name: 'Hapus barcode 2990000000041' }).click();
  await form.getByTestId('product-save').click();
  await expect(form.getByTestId('product-saved')).toBeVisible();
  await expect(form.getByTestId('price-history-row')).toHaveCount(2);
  await expect(form.getByTestId('price-history-row').first()).toContainText('Rp 37.500');
  await expect(form.getByTestId('price-history-row').first()).toContainText('Manajer Uji');
});

test('the catalogue screen is for managers only', async ({ page, till }) => {
  await till.open(page, 'cashier');
  await expect(page.getByTestId('search')).toBeVisible();
  await expect(page.getByTestId('nav-catalog')).toHaveCount(0);
});
