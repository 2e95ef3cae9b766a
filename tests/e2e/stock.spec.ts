import Database from 'better-sqlite3';
import { expect, signIn, test } from './fixtures';
import { officeShots } from './officeShots';

test('a manager receives stock, a cashier sells it, the level drops and the ledger shows the sale', async ({
  page,
  till,
}) => {
  await till.open(page, 'manager');
  await page.getByTestId('nav-stock').click();

  // Receive 10 jars of bawang goreng from the Palu prison's workshop.
  await page.getByTestId('stock-tab-receive').click();
  await page.getByTestId('receive-product').fill('BWG-100');
  await page.locator('[data-testid="receive-product-option"][data-sku="BWG-100"]').click();
  await expect(page.getByTestId('receive-producer')).toContainText('LPS-PALU');
  await page.getByTestId('receive-qty').fill('10');
  await page.getByTestId('receive-batch').fill('BG-2611');
  await page.getByTestId('receive-reference').fill('SJ-LPS-001');
  await page.getByTestId('receive-submit').click();
  await expect(page.getByTestId('stock-done')).toContainText('SJ-LPS-001');

  await page.getByTestId('stock-tab-levels').click();
  await page.getByTestId('levels-search').fill('BWG-100');
  const row = page.locator('[data-testid="level-row"][data-sku="BWG-100"]');
  await expect(row.getByTestId('level-qty')).toHaveText('10 pcs');

  // The cashier sells two at the till.
  await page.getByTestId('sign-out').click();
  await signIn(page, 'cashier');
  await expect(page.getByTestId('nav-stock')).toHaveCount(0);
  const tile = page.locator('[data-testid="product-tile"][data-sku="BWG-100"]');
  await tile.click();
  await tile.click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('50000');
  await page.getByTestId('confirm-pay').click();
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  expect(receiptNo).toMatch(/^BTH1-\d{8}-0001$/);
  await page.getByTestId('new-sale').click();

  // Back as manager: 8 left, and the ledger's newest row is that sale.
  await page.getByTestId('sign-out').click();
  await signIn(page, 'manager');
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('levels-search').fill('BWG-100');
  await expect(row.getByTestId('level-qty')).toHaveText('8 pcs');
  await row.getByTestId('show-ledger').click();
  const newest = page.getByTestId('ledger-row').first();
  await expect(newest).toHaveAttribute('data-kind', 'sale');
  await expect(newest.getByTestId('ledger-qty')).toHaveText('-2 pcs');
  await expect(newest).toContainText(receiptNo);
  await expect(newest).toContainText('Kasir Uji');
  await expect(page.getByTestId('ledger-row').nth(1)).toHaveAttribute('data-kind', 'receive');

  // The command line sees the same ledger.
  const { json } = till.karya('stock.levels', { query: 'BWG-100' });
  expect((json as { rows: { sku: string; qtyMilli: number }[] }).rows).toEqual([
    expect.objectContaining({ sku: 'BWG-100', qtyMilli: 8000 }),
  ]);
});

test('with negative stock blocked, the till refuses a sale beyond the stock and says how much is left', async ({
  page,
  till,
}) => {
  expect(till.karya('stock.saveSettings', { allowNegativeStock: false }).status).toBe(0);
  const sambal = (
    till.karya('products.list', { query: 'SBR-150' }).json as { id: number; sku: string }[]
  ).find((p) => p.sku === 'SBR-150');
  expect(
    till.karya('stock.receive', {
      producerCode: 'RTN-PALU',
      reference: 'SJ-RTN-9',
      lines: [{ productId: sambal?.id, qty: 1 }],
    }).status,
  ).toBe(0);

  await till.open(page);
  const tile = page.locator('[data-testid="product-tile"][data-sku="SBR-150"]');
  await tile.click();
  await tile.click();
  await page.getByTestId('pay-button').click();
  await page.getByTestId('cash-input').fill('70000');
  await page.getByTestId('confirm-pay').click();
  await expect(page.getByTestId('error-message')).toHaveText(
    'Stok Sambal Roa 150 ml di Booth utama tidak cukup: tersedia 1 botol, dibutuhkan 2 botol.',
  );
  // Nothing was sold: the only move is the receipt.
  const moves = till.karya('stock.moves', { productId: sambal?.id }).json as {
    total: number;
    rows: { kind: string }[];
  };
  expect(moves.rows.map((m) => m.kind)).toEqual(['receive']);
});

test('the till warns about an expired batch and shows how many products run low', async ({ page, till }) => {
  const abon = (till.karya('products.list', { query: 'ABN-100' }).json as { id: number; sku: string }[]).find(
    (p) => p.sku === 'ABN-100',
  );
  expect(till.karya('stock.setThreshold', { productId: abon?.id, lowQty: 5 }).status).toBe(0);
  // Time cannot pass in a test and a receipt refuses a past expiry date, so the expired batch (as
  // it would stand a year after it was received) is written straight into the file.
  const db = new Database(till.dbPath);
  const batch = db
    .prepare(
      "INSERT INTO stock_batches (product_id, code, expires_on, received_at) VALUES (?, 'AB-OLD', '2020-01-31', '2019-12-01T00:00:00Z')",
    )
    .run(abon?.id);
  db.prepare(
    `INSERT INTO stock_moves (op_id, product_id, location_id, qty_milli, kind, reference, producer_code, batch_id, created_at)
     VALUES ('e2e', ?, (SELECT id FROM locations WHERE is_default = 1), 2000, 'receive', 'SJ-TOLI-3', 'LPS-TOLI', ?, '2019-12-01T00:00:00Z')`,
  ).run(abon?.id, batch.lastInsertRowid);
  db.close();

  await till.open(page);
  await expect(page.getByTestId('low-stock-badge')).toHaveText('1 produk stoknya menipis');
  await page.locator('[data-testid="product-tile"][data-sku="ABN-100"]').click();
  await expect(page.getByTestId('search-notice')).toHaveText(
    'Perhatian: Abon Ikan Tuna 100 g batch AB-OLD kedaluwarsa 2020-01-31. Periksa barang sebelum dijual.',
  );
  await expect(page.locator('[data-testid="cart-line"][data-sku="ABN-100"]')).toBeVisible();
});

test('a bazaar: create it, send goods, count what comes back, read the shortfall', async ({ page, till }) => {
  const sambal = (
    till.karya('products.list', { query: 'SBR-150' }).json as { id: number; sku: string }[]
  ).find((p) => p.sku === 'SBR-150');
  till.karya('stock.receive', {
    producerCode: 'RTN-PALU',
    reference: 'SJ-1',
    lines: [{ productId: sambal?.id, qty: 10 }],
  });

  await till.open(page, 'manager');
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-tab-events').click();
  await page.getByTestId('event-code').fill('BAZAR-HUT');
  await page.getByTestId('event-name').fill('Bazar HUT Sulteng');
  await page.getByTestId('event-starts').fill('2026-12-01');
  await page.getByTestId('event-ends').fill('2026-12-03');
  await page.getByTestId('event-create').click();
  const event = page.locator('[data-testid="event-row"][data-code="BAZAR-HUT"]');
  await expect(event).toContainText('2026-12-01 – 2026-12-03');

  // Send 6 bottles out to it.
  await event.getByTestId('event-send').click();
  await page.getByTestId('transfer-product').fill('SBR-150');
  await page.locator('[data-testid="transfer-product-option"][data-sku="SBR-150"]').click();
  await page.getByTestId('transfer-qty').fill('6');
  await page.getByTestId('transfer-submit').click();
  await expect(page.getByTestId('stock-done')).toBeVisible();

  // Five come back: one is short.
  await page.getByTestId('stock-tab-events').click();
  await event.getByTestId('event-close').click();
  const count = page.locator('[data-testid="close-row"][data-sku="SBR-150"]').getByTestId('close-count');
  await expect(count).toHaveValue('6');
  await count.fill('5');
  await page.getByTestId('close-submit').click();
  const report = page.locator('[data-testid="report-row"][data-sku="SBR-150"]');
  await expect(report.getByTestId('report-shortfall')).toHaveText('1 botol');
  await expect(report).toContainText('Rp 35.000');
  await expect(event).toContainText('ditutup');
  const levels = till.karya('stock.levels', { query: 'SBR-150' }).json as { rows: { qtyMilli: number }[] };
  expect(levels.rows[0]?.qtyMilli).toBe(9000);
});

test('a manager sends goods back to their unit: more than on hand is refused, the rest leaves the ledger', async ({
  page,
  till,
}, testInfo) => {
  const shots = await officeShots(page, testInfo, 'till');
  await till.open(page, 'manager');
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-tab-receive').click();
  await page.getByTestId('receive-product').fill('BWG-100');
  await page.locator('[data-testid="receive-product-option"][data-sku="BWG-100"]').click();
  await page.getByTestId('receive-qty').fill('5');
  await page.getByTestId('receive-reference').fill('SJ-LPS-002');
  await page.getByTestId('receive-submit').click();
  await expect(page.getByTestId('stock-done')).toContainText('SJ-LPS-002');

  await page.getByTestId('stock-tab-unitReturn').click();
  await page.getByTestId('unit-return-product').fill('BWG-100');
  await page.locator('[data-testid="unit-return-product-option"][data-sku="BWG-100"]').click();
  await expect(page.getByTestId('unit-return-unit')).toContainText('LPS-PALU');
  await expect(page.getByTestId('unit-return-level')).toHaveText('Stok sekarang: 5 pcs');
  // No return note: refused in place.
  await page.getByTestId('unit-return-qty').fill('2');
  await page.getByTestId('unit-return-submit').click();
  await expect(page.getByTestId('unit-return-reference-error')).toHaveText('Nomor berita acara wajib diisi.');
  // More than the booth holds: the engine refuses, naming what is there.
  await page.getByTestId('unit-return-qty').fill('7');
  await page.getByTestId('unit-return-reference').fill('BA-LPS-7');
  await page.getByTestId('unit-return-submit').click();
  await expect(page.getByTestId('stock-error')).toContainText('Tidak dapat mengembalikan 7 pcs');
  await expect(page.getByTestId('stock-error')).toContainText('hanya 5 pcs');
  await shots.shoot('stock-unit-return-refused');
  await page.getByTestId('unit-return-qty').fill('2');
  await page.getByTestId('unit-return-reason').fill('Kemasan lama');
  await page.getByTestId('unit-return-submit').click();
  await expect(page.getByTestId('stock-done')).toContainText('2 pcs');
  await expect(page.getByTestId('unit-return-level')).toHaveText('Stok sekarang: 3 pcs');
  await shots.shoot('stock-unit-return-done');

  // The ledger shows the return with its note.
  await page.getByTestId('stock-tab-levels').click();
  await page.getByTestId('levels-search').fill('BWG-100');
  const row = page.locator('[data-testid="level-row"][data-sku="BWG-100"]');
  await expect(row.getByTestId('level-qty')).toHaveText('3 pcs');
  await row.getByTestId('show-ledger').click();
  const newest = page.getByTestId('ledger-row').first();
  await expect(newest).toHaveAttribute('data-kind', 'unit_return');
  await expect(newest.getByTestId('ledger-qty')).toHaveText('-2 pcs');
  await expect(newest).toContainText('Kembali ke UPT');
  await expect(newest).toContainText('BA-LPS-7');
  await shots.shoot('stock-unit-return-ledger');

  await page.getByTestId('lang-switch').click();
  await page.getByTestId('stock-tab-unitReturn').click();
  await expect(page.getByRole('button', { name: 'Return to unit' })).toBeVisible();
  await shots.shoot('stock-unit-return-en');
  expect(shots.findings).toEqual([]);
});
