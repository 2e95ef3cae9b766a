// Looked at, not only clicked: the product form and the X report at 1366x768 and at the 1024x768
// touch size. Nothing is cut (every cell's content fits its box, no table scrolls sideways when it
// need not), refusals are where the manager sees them, in the screen's language. Screenshots are
// saved under the test output for a person to look at.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Each test starts its own engine and sells or receives in bulk first: on a busy 2-core machine that
// takes longer than the default minute, the setting up of the till included.
test.describe.configure({ timeout: 300_000 });

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

/** Cells whose content is wider than their box, and table wrappers that scroll sideways. */
async function cutFigures(scope: Locator) {
  return scope.evaluate((root) => {
    const cut: string[] = [];
    for (const cell of root.querySelectorAll<HTMLElement>('th, td')) {
      if (cell.scrollWidth > cell.clientWidth + 1) cut.push(`cell "${cell.textContent}"`);
    }
    for (const wrap of root.querySelectorAll<HTMLElement>('.ui-table-wrap')) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        cut.push(`table ${wrap.querySelector('table')?.dataset.testid} scrolls sideways`);
      }
    }
    // A code such as LPS-PALU stays on one line.
    for (const code of root.querySelectorAll<HTMLElement>('.ui-code-text, td.ui-code')) {
      const range = document.createRange();
      range.selectNodeContents(code);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) cut.push(`code "${code.textContent}" split over ${lines.size} lines`);
    }
    return cut;
  });
}

/** Every header of `table` lies inside the visible part of its scrolling wrapper. */
async function hiddenHeaders(table: Locator) {
  return table.evaluate((el) => {
    const wrap = el.parentElement as HTMLElement;
    const box = wrap.getBoundingClientRect();
    return [...el.querySelectorAll('thead th')]
      .filter((th) => {
        const r = th.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1;
      })
      .map((th) => th.textContent);
  });
}

function idOf(till: { karya: (c: string, i?: unknown) => { json: unknown } }, sku: string): number {
  const found = till.karya('products.list', { query: sku }).json as { id: number; sku: string }[];
  const product = found.find((p) => p.sku === sku);
  if (!product) throw new Error(`no ${sku}`);
  return product.id;
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });
}

test('the X report: units, methods and shifts take the width, no figure is cut, codes stay whole', async ({
  page,
  till,
}) => {
  // Large days make long figures: Rp 6.750.000.000 of carved calligraphy, and goods of five units.
  for (const [sku, qty] of [
    ['KLG-UKR', 9000],
    ['KLG-KCA', 9999],
    ['BWG-500', 9999],
    ['SBR-250', 9999],
    ['KPL-MIN', 9999],
  ] as const) {
    const sold = till.karya('sales.commitCash', {
      lines: [{ productId: idOf(till, sku), qty }],
      cashTendered: 10_000_000_000,
    });
    expect(sold.status, JSON.stringify(sold.json)).toBe(0);
  }
  await page.setViewportSize(SIZES[0]);
  await till.open(page, 'manager');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.getByTestId('nav-reports').click();
    const view = page.getByTestId('report-view');
    await expect(view.locator('[data-testid="report-producer-row"][data-code="LPS-PALU"]')).toBeVisible();

    for (const id of ['report-by-producer', 'report-by-method', 'report-shifts']) {
      const table = view.getByTestId(id);
      // Full width: the table is as wide as the report, not a third of it.
      const [tableBox, viewBox] = [await table.boundingBox(), await view.boundingBox()];
      expect(tableBox && viewBox && tableBox.width / viewBox.width, id).toBeGreaterThan(0.95);
      expect(await hiddenHeaders(table), id).toEqual([]);
    }
    await expect(
      view.getByTestId('report-by-producer').getByRole('columnheader', { name: 'Modal' }),
    ).toBeVisible();
    await expect(
      view.getByTestId('report-by-method').getByRole('columnheader', { name: 'Bersih' }),
    ).toBeVisible();
    await expect(
      view.getByTestId('report-shifts').getByRole('columnheader', { name: 'Dihitung' }),
    ).toBeVisible();
    await expect(
      view.getByTestId('report-shifts').getByRole('columnheader', { name: 'Selisih' }),
    ).toBeVisible();
    expect(await cutFigures(view)).toEqual([]);

    await view.getByTestId('report-by-producer').scrollIntoViewIfNeeded();
    await shoot(page, `report-units-${size.width}`);
    await view.getByTestId('report-shifts').scrollIntoViewIfNeeded();
    await shoot(page, `report-shifts-${size.width}`);
    await page.getByTestId('nav-sale').click();
  }
});

test('the product form: no unit chosen for the manager, its own messages beside the fields, the refusal in view', async ({
  page,
  till,
}) => {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    if (size === SIZES[0]) await till.open(page, 'manager');
    await page.getByTestId('nav-catalog').click();
    await page.getByTestId('catalog-new-product').click();
    const form = page.getByTestId('product-form');

    // No producing unit is preselected: the manager must choose one.
    await expect(form.getByTestId('product-producer')).toHaveValue('');
    await expect(form.getByTestId('product-producer')).toContainText('— pilih UPT —');
    // No native bubbles (in the browser's language): the form checks itself.
    await expect(form.locator('[required]')).toHaveCount(0);
    expect(await form.locator('form').evaluate((f) => (f as HTMLFormElement).noValidate)).toBe(true);

    await form.getByTestId('product-save').click();
    await expect(form.getByTestId('product-error')).toBeInViewport();
    await expect(form.getByTestId('product-error')).toHaveText(
      'Produk belum disimpan. Periksa kolom yang ditandai merah.',
    );
    await expect(form.getByTestId('product-name-error')).toHaveText('Nama produk wajib diisi');
    await expect(form.getByTestId('product-name')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByTestId('product-producer-error')).toHaveText('Pilih UPT yang membuat produk ini');
    await expect(form.getByTestId('product-price-error')).toHaveText('Harga jual wajib diisi.');
    // The first field in trouble has the focus, so typing fixes it.
    await expect(form.getByTestId('product-sku')).toBeFocused();
    await shoot(page, `product-form-empty-${size.width}`);

    // A price that rupiah cannot hold is named in place as soon as the field is left.
    await form.getByTestId('product-price').fill('-25000');
    await form.getByTestId('product-name').focus();
    await expect(form.getByTestId('product-price-error')).toHaveText('Jumlah rupiah tidak boleh negatif');
    await form.getByTestId('product-price').fill('25000');
    await form.getByTestId('product-name').focus();
    await expect(form.getByTestId('product-price')).toHaveValue('25.000');
    await expect(form.getByTestId('product-price-error')).toHaveCount(0);

    // Everything filled but an SKU already in use: the engine refuses, and the refusal is in view
    // at the top of the form (not below Simpan, off screen at 768 px).
    await form.getByTestId('product-sku').fill('BWG-100');
    await form.getByTestId('product-name').fill('Bawang Goreng Uji');
    await form.getByTestId('product-producer').selectOption('LPS-PALU');
    await form.getByTestId('product-save').click();
    await expect(form.getByTestId('product-error')).toBeInViewport();
    await expect(form.getByTestId('product-error')).toContainText('BWG-100');
    await expect(form.getByTestId('product-saved')).toHaveCount(0);
    await shoot(page, `product-form-refused-${size.width}`);
    await form.getByTestId('product-close').click();
  }
  // Nothing was saved.
  expect(till.karya('products.list', { query: 'Bawang Goreng Uji' }).json).toEqual([]);
});

test('stock, catalogue and payment settings built from the kit: quantities refused in place, no table cut', async ({
  page,
  till,
}) => {
  // Some moves for the ledger and levels to show.
  const received = till.karya('stock.receive', {
    locationId: 1,
    producerCode: 'LPS-PALU',
    reference: 'SJ-LPS-LAYOUT',
    lines: [{ productId: idOf(till, 'BWG-100'), qty: 9500 }],
  });
  expect(received.status, JSON.stringify(received.json)).toBe(0);
  await page.setViewportSize(SIZES[0]);
  await till.open(page, 'manager');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const w = size.width;

    await page.getByTestId('nav-stock').click();
    await page.getByTestId('stock-tab-levels').click();
    await expect(page.locator('[data-testid="level-row"][data-sku="BWG-100"]')).toBeVisible();
    await expect(
      page.locator('[data-testid="level-row"][data-sku="BWG-100"] [data-testid="level-qty"]'),
    ).toHaveText('9.500 pcs');
    await shoot(page, `stock-levels-${w}`);
    expect(await cutFigures(page.locator('.stock-panel'))).toEqual([]);

    await page.getByTestId('stock-tab-ledger').click();
    await expect(page.getByTestId('ledger-row').first()).toBeVisible();
    await shoot(page, `stock-ledger-${w}`);
    expect(await cutFigures(page.locator('.stock-panel'))).toEqual([]);

    // A receipt line: 100.000 pieces is refused in place with the limit, a good count is shown grouped.
    await page.getByTestId('stock-tab-receive').click();
    await page.getByTestId('receive-product').fill('BWG-250');
    await page.locator('[data-testid="receive-product-option"][data-sku="BWG-250"]').click();
    const qty = page.getByTestId('receive-qty');
    await qty.fill('100000');
    await page.getByTestId('receive-batch').focus();
    await expect(page.getByTestId('receive-line').getByRole('alert')).toHaveText(
      'Paling banyak 10.000 dalam satu baris',
    );
    await expect(qty).toHaveAttribute('aria-invalid', 'true');
    await expect(qty).toHaveAttribute('aria-describedby', /.+/);
    await qty.fill('1,5');
    await page.getByTestId('receive-batch').focus();
    await expect(page.getByTestId('receive-line').getByRole('alert')).toHaveText(
      'Barang satuan dihitung utuh: tulis bilangan bulat',
    );
    await qty.fill('10000');
    await page.getByTestId('receive-batch').focus();
    await expect(qty).toHaveValue('10.000');
    await expect(page.getByTestId('receive-line').getByRole('alert')).toHaveCount(0);
    await shoot(page, `stock-receive-${w}`);

    await page.getByTestId('stock-tab-transfer').click();
    await page.getByTestId('transfer-product').fill('SBR-150');
    await page.locator('[data-testid="transfer-product-option"][data-sku="SBR-150"]').click();
    await page.getByTestId('transfer-to').selectOption({ index: 1 });
    await page.getByTestId('transfer-submit').click();
    // An empty quantity is named beside the line after a save was tried.
    await expect(page.getByTestId('transfer-line').getByRole('alert')).toHaveText(
      'Tulis jumlah berupa angka, contoh 2 atau 1,25',
    );
    await shoot(page, `stock-transfer-${w}`);

    await page.getByTestId('nav-catalog').click();
    for (const tab of ['producers', 'workshops', 'categories', 'scale'] as const) {
      await page.getByTestId(`catalog-tab-${tab}`).click();
      await expect(page.locator('.ui-table tbody tr').first()).toBeVisible();
      await shoot(page, `catalog-${tab}-${w}`);
      expect(await cutFigures(page.locator('.cat-body')), tab).toEqual([]);
    }
    await page.getByTestId('catalog-tab-producers').click();
    await page.getByTestId('producer-row').first().click();
    await shoot(page, `catalog-producer-form-${w}`);

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-payments').click();
    const cap = page.getByTestId('settings-discount-cap');
    await cap.fill('-5000');
    await page.getByTestId('settings-variance-limit').focus();
    await expect(page.getByTestId('settings-discountCap-error')).toHaveText(
      'Jumlah rupiah tidak boleh negatif',
    );
    await expect(cap).toHaveAttribute('aria-invalid', 'true');
    await cap.fill('1250000');
    await page.getByTestId('settings-variance-limit').focus();
    await expect(cap).toHaveValue('1.250.000');
    await expect(page.getByTestId('settings-discountCap-error')).toHaveCount(0);
    await shoot(page, `settings-payments-${w}`);
    await page.getByTestId('settings-payments-reset').click();
  }
});
