import { qrisWithAmount } from '../../shared/qris/qris';
import vectors from '../../shared/qris/qris-vectors.json' with { type: 'json' };
import { expect, test } from './fixtures';

const STATIC_QRIS = vectors.static_to_dynamic[0]?.static ?? '';

interface StoredSale {
  total: number;
  change: number;
  approvedBy: string | null;
  discountTotal: number;
  buyer: { name: string } | null;
  lines: { sku: string; unitPrice: number; priceSource: string; discountReason: string | null }[];
  payments: {
    method: string;
    amount: number;
    tendered: number;
    change: number;
    confirmedBy: string | null;
  }[];
}

/** Adds a product by typing its SKU in the search box and pressing Enter (the top hit). */
async function addBySku(page: import('@playwright/test').Page, sku: string) {
  const total = page.getByTestId('cart-total');
  const before = (await total.count()) > 0 ? await total.textContent() : null;
  await page.getByTestId('search').fill(sku);
  await page.getByTestId('search').press('Enter');
  await expect(page.locator(`[data-testid="cart-line"][data-sku="${sku}"]`)).toBeVisible();
  // The same product again only raises its line's quantity: wait until the total moved, or the next
  // step (opening that line's dialog) can start before the add lands and save the line without it.
  if (before !== null) await expect(total).not.toHaveText(before);
}

test('split payment: part by QRIS with the amount in the code, the rest in cash with change', async ({
  page,
  till,
}) => {
  expect(till.karya('paymentSettings.save', { qrisStatic: STATIC_QRIS }).status).toBe(0);
  await till.open(page);
  await addBySku(page, 'BWG-100');
  await addBySku(page, 'BWG-100');
  await addBySku(page, 'SBR-150');
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 85.000');

  await page.keyboard.press('F9');
  await page.getByTestId('pay-method-qris').click();
  await page.getByTestId('part-amount').fill('50000');
  // The QR on screen is the booth's static QRIS made dynamic for exactly Rp 50.000.
  await expect(page.getByTestId('qr-code')).toHaveAttribute(
    'data-payload',
    qrisWithAmount(STATIC_QRIS, 50_000),
  );
  await expect(page.getByTestId('qris-amount')).toHaveText('Rp 50.000');
  await page.getByTestId('part-reference').fill('DANA 8812');
  await page.getByTestId('part-add').click();

  await expect(page.getByTestId('pay-left')).toHaveText('Rp 35.000');
  await expect(page.getByTestId('cash-input')).toBeFocused();
  await page.getByTestId('cash-input').fill('40000');
  await expect(page.getByTestId('change-amount')).toHaveText('Rp 5.000');
  await page.getByTestId('cash-input').press('Enter');

  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  await expect(page.getByTestId('change-amount')).toHaveText('Rp 5.000');
  const sale = till.karya('sales.get', { receiptNo }).json as StoredSale;
  expect(sale.total).toBe(85_000);
  expect(sale.payments).toEqual([
    expect.objectContaining({ method: 'qris', amount: 50_000, change: 0, confirmedBy: 'Kasir Uji' }),
    expect.objectContaining({ method: 'cash', amount: 35_000, tendered: 40_000, change: 5_000 }),
  ]);
});

test('a discount over the cashier limit needs a manager PIN; a wrong PIN writes nothing', async ({
  page,
  till,
}) => {
  expect(till.karya('paymentSettings.save', { discountLimitBp: 500 }).status).toBe(0);
  await till.open(page);
  await addBySku(page, 'BWG-100');
  await addBySku(page, 'BWG-100');

  await page.getByTestId('line-edit').click();
  await page.getByTestId('line-discount-kind').selectOption('percent');
  await page.getByTestId('line-discount-value').fill('20');
  await page.getByTestId('line-edit-save').click();
  // Without a reason the discount is not taken: the reason's field says so.
  await expect(page.getByTestId('line-discount-reason-error')).toHaveText('Tulis alasan diskon.');
  await page.getByTestId('line-discount-reason').fill('kemasan penyok');
  await page.getByTestId('line-edit-save').click();
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 40.000');
  // The cart says so before paying.
  await expect(page.getByTestId('cart-needs-manager')).toBeVisible();

  await page.keyboard.press('F10');
  await expect(page.getByTestId('approval-reason')).toContainText('Perlu persetujuan manajer');
  await page.getByTestId('approval-manager').selectOption({ label: 'Manajer Uji' });
  await page.getByTestId('approval-pin').fill('1111');
  await page.getByTestId('approval-submit').click();
  await expect(page.getByTestId('approval-error')).toContainText('PIN salah');
  const none = till.karya('sales.search', {}).json as { sales: unknown[] };
  expect(none.sales).toHaveLength(0);

  await page.getByTestId('approval-pin').fill('2468');
  await page.getByTestId('approval-submit').click();
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  const sale = till.karya('sales.get', { receiptNo }).json as StoredSale;
  expect(sale).toMatchObject({ total: 40_000, discountTotal: 10_000, approvedBy: 'Manajer Uji' });
  expect(sale.lines[0]?.discountReason).toBe('kemasan penyok');
});

test('a product whose add lands while its line’s dialog is open is kept when the dialog is saved', async ({
  page,
  till,
}) => {
  await till.open(page);
  await addBySku(page, 'BWG-100');
  // The next lookup answers late, as on a busy laptop: the cashier opens the line meanwhile.
  let release = () => {};
  const late = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/call', async (route) => {
    const call = route.request().postDataJSON() as { name?: string; input?: { query?: string } };
    if (call.name === 'products.list' && call.input?.query === 'BWG-100') await late;
    await route.continue();
  });
  await page.getByTestId('search').fill('BWG-100');
  await page.getByTestId('search').press('Enter');
  await page.getByTestId('line-edit').click();
  await expect(page.getByTestId('line-edit-qty')).toHaveValue('1');
  release();
  // The add lands: the open dialog shows it, and saving the dialog keeps it.
  await expect(page.getByTestId('line-edit-qty')).toHaveValue('2');
  await page.getByTestId('line-edit-save').click();
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 50.000');
});

test('bad input at the till: absurd quantity, short cash, unknown code; nothing is written', async ({
  page,
  till,
}) => {
  await till.open(page);
  await addBySku(page, 'SBR-150');

  await page.getByTestId('line-edit').click();
  // Each refusal is said under the quantity, and the quantity keeps the focus.
  const qtyError = page.getByTestId('line-edit-qty-error');
  await page.getByTestId('line-edit-qty').fill('-3');
  await page.getByTestId('line-edit-save').click();
  await expect(qtyError).toHaveText('Jumlah tidak boleh negatif');
  await expect(page.getByTestId('line-edit-qty')).toBeFocused();
  await page.getByTestId('line-edit-qty').fill('1,5');
  await page.getByTestId('line-edit-save').click();
  await expect(qtyError).toHaveText('Barang satuan dihitung utuh: tulis bilangan bulat');
  await page.getByTestId('line-edit-qty').fill('99999999');
  await page.getByTestId('line-edit-save').click();
  await expect(qtyError).toHaveText('Paling banyak 10.000 dalam satu baris');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid="cart-line"] [data-testid="line-qty"]')).toHaveText('1 botol');

  await page.getByTestId('search').fill('8990000000000');
  await page.getByTestId('search').press('Enter');
  await expect(page.getByTestId('search-notice')).toContainText('tidak');

  await page.keyboard.press('F9');
  await page.getByTestId('cash-input').fill('30000');
  await expect(page.getByTestId('pay-short')).toHaveText('Kurang Rp 5.000');
  await expect(page.getByTestId('confirm-pay')).toBeDisabled();
  await page.getByTestId('cash-input').press('Enter');
  const stored = till.karya('sales.search', {}).json as { sales: unknown[] };
  expect(stored.sales).toHaveLength(0);
});

test('a UMKM reseller buys at the GROSIR price, and the sale names the buyer', async ({ page, till }) => {
  const products = till.karya('products.list', { query: 'BWG-100' }).json as { id: number }[];
  expect(
    till.karya('tierPrices.set', { tier: 'GROSIR', productId: products[0]?.id, price: 21_000 }).status,
  ).toBe(0);
  expect(
    till.karya('buyers.save', { kind: 'reseller', name: 'UMKM Sinar Tawaeli', tier: 'GROSIR' }).status,
  ).toBe(0);
  await till.open(page);
  await addBySku(page, 'BWG-100');
  await addBySku(page, 'SBR-150');
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 60.000');

  await page.keyboard.press('F6');
  await page.getByTestId('buyer-search').fill('Sinar');
  await page.locator('[data-testid="buyer-option"][data-name="UMKM Sinar Tawaeli"]').click();
  await expect(page.getByTestId('buyer-name')).toHaveText('UMKM Sinar Tawaeli');
  // Bawang at the tier price; sambal has none in GROSIR and stays at the catalogue price.
  await expect(
    page.locator('[data-testid="cart-line"][data-sku="BWG-100"] [data-testid="line-price"]'),
  ).toHaveText('@ Rp 21.000');
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 56.000');

  await page.keyboard.press('F10');
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  const sale = till.karya('sales.get', { receiptNo }).json as StoredSale;
  expect(sale.buyer?.name).toBe('UMKM Sinar Tawaeli');
  expect(sale.lines.map((l) => [l.sku, l.unitPrice, l.priceSource])).toEqual([
    ['BWG-100', 21_000, 'tier'],
    ['SBR-150', 35_000, 'catalogue'],
  ]);
});

test('park a cart, serve the next buyer, and resume it after a restart of the window', async ({
  page,
  till,
}) => {
  await till.open(page);
  await addBySku(page, 'BWG-100');
  await addBySku(page, 'KPI-200');
  await page.keyboard.press('F8');
  await page.getByTestId('park-label').fill('Ibu baju merah');
  await page.getByTestId('park-save').click();
  await expect(page.getByTestId('cart-line')).toHaveCount(0);

  // The next buyer pays and leaves.
  await addBySku(page, 'SBR-150');
  await page.keyboard.press('F10');
  await page.getByTestId('new-sale').click();

  // The window is reloaded (or the app restarted): the parked cart is still there. A reload keeps
  // the cashier signed in; the sold cart does not come back.
  await page.reload();
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
  await expect(page.getByTestId('pay-button')).toBeVisible();
  await expect(page.getByTestId('cart-line')).toHaveCount(0);
  await page.keyboard.press('F8');
  const parked = page.locator('[data-testid="parked-cart"][data-label="Ibu baju merah"]');
  await expect(parked).toContainText('Bawang Goreng');
  await parked.getByTestId('park-resume').click();
  await expect(page.getByTestId('cart-line')).toHaveCount(2);
  await expect(page.locator('[data-testid="cart-line"][data-sku="KPI-200"]')).toBeVisible();
  const left = till.karya('parked.list', {}).json as unknown[];
  expect(left).toHaveLength(0);
});
