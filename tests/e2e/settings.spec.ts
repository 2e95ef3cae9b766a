import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { E2E_PIN, expect, PEOPLE, signIn, test } from './fixtures';

interface QrisVectors {
  static_to_dynamic: { static: string }[];
  invalid: { tail: string }[];
}
const vectors = JSON.parse(
  readFileSync(new URL('../../shared/qris/qris-vectors.json', import.meta.url), 'utf8'),
) as QrisVectors;
const STATIC_QRIS = vectors.static_to_dynamic[0]?.static ?? '';
/** The same QRIS with the CRC of the invalid vector: the engine must refuse it. */
const WRONG_CRC = `${STATIC_QRIS.slice(0, -4)}${vectors.invalid[0]?.tail.slice(-4)}`;

async function openSettings(page: Page, tab: 'payments' | 'buyers' | 'tiers') {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId(`settings-tab-${tab}`).click();
}

test('a manager sets PPN, cash rounding and the QRIS; a QRIS with a wrong CRC is refused and changes nothing', async ({
  page,
  till,
}) => {
  await till.open(page, 'manager');
  await openSettings(page, 'payments');
  // Defaults: PPN off at a kept rate of 11%, no rounding, 10% cashier limit, no QRIS.
  await expect(page.getByTestId('settings-tax-mode')).toHaveValue('off');
  await expect(page.getByTestId('settings-tax-rate')).toHaveValue('11');
  await expect(page.getByTestId('settings-rounding')).toHaveValue('0');
  await expect(page.getByTestId('settings-discount-limit')).toHaveValue('10');

  await page.getByTestId('settings-tax-mode').selectOption('exclusive');
  await page.getByTestId('settings-tax-rate').fill('11');
  await page.getByTestId('settings-rounding').selectOption('500');
  await page.getByTestId('settings-qris').fill(STATIC_QRIS);
  // The merchant is read from the pasted text before saving, and the preview is that very payload.
  await expect(page.getByTestId('settings-qris-merchant')).toHaveText('Warung Sayur Bu Sugeng');
  await expect(page.getByTestId('settings-qris-city')).toHaveText('Kab. Demak');
  await expect(page.getByTestId('qr-code')).toHaveAttribute('data-payload', STATIC_QRIS);
  await page.getByTestId('settings-payments-save').click();
  await expect(page.getByTestId('settings-payments-saved')).toHaveText('Pengaturan pembayaran tersimpan.');

  const stored = till.karya('paymentSettings.get').json;
  expect(stored).toEqual({
    taxMode: 'exclusive',
    taxRateBp: 1100,
    cashRounding: 500,
    qrisStatic: STATIC_QRIS,
    qrisMerchant: { name: 'Warung Sayur Bu Sugeng', city: 'Kab. Demak' },
    discountLimitBp: 1000,
    discountLimitRupiah: null,
    cashVarianceLimit: 10_000,
    cashOutLimit: 200_000,
  });

  // A QRIS copied wrongly, saved together with other changes: the engine's message, nothing written.
  await page.getByTestId('settings-qris').fill(WRONG_CRC);
  await expect(page.getByTestId('settings-qris-problem')).toContainText('CRC QRIS salah');
  await page.getByTestId('settings-rounding').selectOption('100');
  await page.getByTestId('settings-payments-save').click();
  await expect(page.getByTestId('settings-payments-error')).toHaveText(
    'CRC QRIS salah (tertulis M2B3, seharusnya 58C7). Salin ulang QRIS dari penyedia.',
  );
  await expect(page.getByTestId('settings-payments-saved')).toHaveCount(0);
  expect(till.karya('paymentSettings.get').json).toEqual(stored);

  // A rate the form cannot read is stopped with an Indonesian message before the engine is asked.
  await page.getByTestId('settings-payments-reset').click();
  await expect(page.getByTestId('settings-qris')).toHaveValue(STATIC_QRIS);
  await page.getByTestId('settings-tax-rate').fill('11,255');
  await page.getByTestId('settings-discount-cap').fill('20,50');
  await page.getByTestId('settings-payments-save').click();
  await expect(page.getByTestId('settings-taxRate-error')).toHaveText(
    'Tulis persen dengan paling banyak 2 desimal, contoh 11 atau 12,5',
  );
  await expect(page.getByTestId('settings-tax-rate')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('settings-discountCap-error')).toHaveText(
    'Tulis rupiah bulat tanpa sen, contoh 20.000',
  );
  expect(till.karya('paymentSettings.get').json).toEqual(stored);

  // A decimal rate and a rupiah cap are stored as basis points and whole rupiah.
  await page.getByTestId('settings-tax-rate').fill('12');
  await page.getByTestId('settings-discount-limit').fill('7,5');
  await page.getByTestId('settings-discount-cap').fill('Rp 20.000');
  await page.getByTestId('settings-variance-limit').fill('5.000');
  await page.getByTestId('settings-payments-save').click();
  await expect(page.getByTestId('settings-payments-saved')).toBeVisible();
  await expect(page.getByTestId('settings-discount-limit')).toHaveValue('7,5');
  expect(till.karya('paymentSettings.get').json).toMatchObject({
    taxRateBp: 1200,
    discountLimitBp: 750,
    discountLimitRupiah: 20_000,
    cashVarianceLimit: 5_000,
    qrisStatic: STATIC_QRIS,
  });
});

test('a manager adds a GROSIR reseller and sets a GROSIR price beside the catalogue price', async ({
  page,
  till,
}) => {
  await till.open(page, 'manager');
  // The tab strip works from the keyboard: arrow keys move between tabs.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-payments').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('settings-tab-buyers')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('settings-tab-buyers')).toBeFocused();
  await expect(page.getByTestId('buyer-new')).toBeVisible();

  await page.getByTestId('buyer-new').click();
  await page.getByTestId('buyer-kind').selectOption('reseller');
  await page.getByTestId('buyer-tier-select').selectOption('');
  await page.getByTestId('buyer-name').fill('Toko Oleh-oleh Ibu Ani');
  await page.getByTestId('buyer-save').click();
  // Said under the field that needs it, and the field is marked and focused.
  await expect(page.getByTestId('buyer-tier-error')).toHaveText(
    'Reseller perlu tingkat harga (misalnya GROSIR).',
  );
  await expect(page.getByTestId('buyer-tier-select')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('buyer-tier-select')).toBeFocused();

  await page.getByTestId('buyer-tier-select').selectOption('GROSIR');
  await page.getByTestId('buyer-phone').fill('0812 4455 6677');
  await page.getByTestId('buyer-note').fill('Ambil tiap Sabtu');
  await page.getByTestId('buyer-save').click();
  await expect(page.getByTestId('buyer-saved')).toHaveText('Pembeli Toko Oleh-oleh Ibu Ani tersimpan.');
  const row = page.locator('[data-testid="buyer-row"][data-name="Toko Oleh-oleh Ibu Ani"]');
  await expect(row.getByTestId('buyer-tier')).toHaveText('Grosir');

  // Search by phone finds it; switching it off keeps it listed here as inactive.
  await page.getByTestId('buyers-search').fill('4455');
  await expect(page.getByTestId('buyer-row')).toHaveCount(1);
  await row.click();
  await expect(page.getByTestId('buyer-name')).toHaveValue('Toko Oleh-oleh Ibu Ani');
  await page.getByTestId('buyer-active').uncheck();
  await page.getByTestId('buyer-save').click();
  await expect(row).toContainText('Nonaktif');
  expect(till.karya('buyers.list', { includeInactive: true }).json).toEqual([
    expect.objectContaining({
      kind: 'reseller',
      name: 'Toko Oleh-oleh Ibu Ani',
      phone: '0812 4455 6677',
      note: 'Ambil tiap Sabtu',
      tier: 'GROSIR',
      active: false,
    }),
  ]);

  // The GROSIR price of bawang goreng, shown beside its catalogue price.
  await page.getByTestId('settings-tab-tiers').click();
  await expect(page.locator('[data-testid="tier-row"][data-code="GROSIR"]')).toBeVisible();
  await page.getByTestId('tier-product').fill('BWG-100');
  await page.locator('[data-testid="tier-product-option"][data-sku="BWG-100"]').click();
  await expect(page.getByTestId('tier-list-price')).toHaveText('Harga katalog Rp 25.000 / pcs');
  // A price the field cannot read is refused under it; the price is kept as whole rupiah.
  await page.getByTestId('tier-price').fill('21.000,50');
  await page.getByTestId('tier-price-save').click();
  await expect(page.getByTestId('tier-price-field-error')).toHaveText(
    'Tulis rupiah bulat tanpa sen, contoh 20.000',
  );
  await expect(page.getByTestId('tier-price-saved')).toHaveCount(0);
  await page.getByTestId('tier-price').fill('21.000');
  await page.getByTestId('tier-price-save').click();
  await expect(page.getByTestId('tier-price-saved')).toHaveText(
    'Harga GROSIR untuk Bawang Goreng Palu 100 g: Rp 21.000.',
  );
  const priceRow = page.locator('[data-testid="tier-price-row"][data-sku="BWG-100"]');
  await expect(priceRow.getByTestId('tier-price-list')).toHaveText('Rp 25.000');
  await expect(priceRow.getByTestId('tier-price-value')).toHaveText('Rp 21.000');
  await expect(priceRow.getByTestId('tier-price-difference')).toHaveText('−16%');
  await expect(
    page.locator('[data-testid="tier-row"][data-code="GROSIR"] [data-testid="tier-count"]'),
  ).toHaveText('1');
  expect(till.karya('tierPrices.list', { tier: 'GROSIR' }).json).toEqual([
    expect.objectContaining({ sku: 'BWG-100', listPrice: 25_000, price: 21_000, updatedBy: 'Manajer Uji' }),
  ]);

  // A new tier, then removing the GROSIR price sends the product back to the catalogue price.
  await page.getByTestId('tier-new').click();
  await page.getByTestId('tier-code').fill('grosir');
  await page.getByTestId('tier-name').fill('Dobel');
  await page.getByTestId('tier-save').click();
  await expect(page.getByTestId('tier-code-error')).toContainText('GROSIR sudah ada');
  await expect(page.getByTestId('tier-code')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('tier-code').fill('mitra');
  await page.getByTestId('tier-name').fill('Mitra UMKM');
  await page.getByTestId('tier-save').click();
  await expect(page.locator('[data-testid="tier-row"][data-code="MITRA"]')).toContainText('Mitra UMKM');
  await page.locator('[data-testid="tier-row"][data-code="GROSIR"]').click();
  await priceRow.getByTestId('tier-price-remove').click();
  await expect(priceRow).toHaveCount(0);
  expect(till.karya('tierPrices.list', { tier: 'GROSIR' }).json).toEqual([]);
  expect(till.karya('priceTiers.list').json).toEqual([
    { code: 'GROSIR', name: 'Grosir', productCount: 0 },
    { code: 'MITRA', name: 'Mitra UMKM', productCount: 0 },
  ]);
});

test('a cashier has no settings screen and the engine refuses a cashier saving payment settings', async ({
  page,
  till,
}) => {
  await till.open(page, 'manager');
  await expect(page.getByTestId('nav-settings')).toBeVisible();
  await page.getByTestId('sign-out').click();
  await signIn(page, 'cashier');
  await expect(page.getByTestId('nav-settings')).toHaveCount(0);

  // The loopback door with the cashier's own sign-in, as any other client could try it: refused,
  // and nothing stored.
  const before = till.karya('paymentSettings.get').json;
  const door = new URL(till.url);
  const post = async (name: string, input: unknown, session?: string) => {
    const response = await page.request.post(new URL('/api/call', door).href, {
      headers: { 'x-karya-token': door.searchParams.get('token') ?? '' },
      data: { name, input, session },
    });
    return (await response.json()) as {
      ok: boolean;
      data?: unknown;
      error?: { code: string; message: string };
    };
  };
  const status = (await post('auth.status', {})).data as { users: { id: number; name: string }[] };
  const cashier = status.users.find((user) => user.name === PEOPLE.cashier);
  const login = (await post('auth.login', { userId: cashier?.id, pin: E2E_PIN })).data as { session: string };
  const replies = {
    settings: await post('paymentSettings.save', { taxMode: 'inclusive', cashRounding: 500 }, login.session),
    tier: await post('priceTiers.save', { code: 'MURAH', name: 'Murah' }, login.session),
    reseller: await post(
      'buyers.save',
      { kind: 'reseller', name: 'Reseller Kasir', tier: 'GROSIR' },
      login.session,
    ),
  };
  expect(replies.settings).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) });
  expect(replies.tier).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) });
  expect(replies.reseller).toMatchObject({
    ok: false,
    error: {
      code: 'FORBIDDEN',
      message:
        'Kasir hanya boleh menambah pembeli bernama; reseller dan perubahan data pembeli oleh manajer.',
    },
  });
  expect(till.karya('paymentSettings.get').json).toEqual(before);
  expect(till.karya('priceTiers.list').json).toEqual([{ code: 'GROSIR', name: 'Grosir', productCount: 0 }]);
  expect(till.karya('buyers.list', { includeInactive: true }).json).toEqual([]);
});
