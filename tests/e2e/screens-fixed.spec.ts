// Screens as a new cashier saw them at 1366x768 and at a 1024x768 touch size: each problem found
// by looking (issue 16) has its test here, with a screenshot of the fixed screen at both sizes in the
// test output.
import type { Locator, Page } from '@playwright/test';
import vectors from '../../shared/qris/qris-vectors.json' with { type: 'json' };
import { formatLongDay } from '../../shared/time';
import { expect as baseExpect, E2E_PIN, PEOPLE, type PersonRole, type Till, test } from './fixtures';

// The machine running these is often shared and slow: wait longer rather than assert less.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const STATIC_QRIS = vectors.static_to_dynamic[0]?.static ?? '';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

/** Saves a screenshot of the page as it is now at both sizes, under the test's output folder. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: test.info().outputPath(`${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize(SIZES[0]);
}

/** WCAG contrast ratio of an element's text against the first opaque background behind it. */
function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const rgba = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const text = rgba(getComputedStyle(element).color);
    let background = [255, 255, 255];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const fill = rgba(getComputedStyle(node).backgroundColor);
      if (fill.length === 3 || (fill[3] ?? 0) > 0) {
        background = fill;
        break;
      }
    }
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r = 0, g = 0, b = 0]: number[]) =>
      0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  });
}

/**
 * What does not fit inside the element: descendants whose text runs past their own width or whose
 * box leaves the element's (a text field's long value scrolls inside it and is not counted).
 */
function overflowsIn(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const name = (node: Element) =>
      `${node.tagName.toLowerCase()}.${node.className} "${node.textContent?.slice(0, 30)}"`;
    return [element, ...element.querySelectorAll('*')].flatMap((node) => {
      const inner = node.getBoundingClientRect();
      const cut = node.tagName !== 'INPUT' && node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0;
      const out =
        inner.left < box.left - 1 ||
        inner.right > box.right + 1 ||
        inner.top < box.top - 1 ||
        inner.bottom > box.bottom + 1;
      return cut || out ? [name(node)] : [];
    });
  });
}

const tile = (page: Page, sku: string) => page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`);

/** Signs in without opening the shift, so the open-shift panel can be looked at. */
async function signInOnly(page: Page, till: Till, role: PersonRole = 'cashier'): Promise<void> {
  await page.setViewportSize(SIZES[0]);
  await page.goto(till.url);
  await page.locator(`[data-testid="user-tile"][data-name="${PEOPLE[role]}"]`).click();
  await page.getByTestId('pin-input').fill(E2E_PIN);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(PEOPLE[role]);
}

async function openTill(page: Page, till: Till, role: PersonRole = 'cashier'): Promise<void> {
  await page.setViewportSize(SIZES[0]);
  await till.open(page, role);
}

test('the customer display dialog: readable buttons, help text that wraps', async ({ page, till }) => {
  await openTill(page, till);
  await page.getByTestId('display-button').click();
  const dialog = page.locator('dialog[open]');
  await expect(page.getByTestId('display-url')).toBeVisible();
  // White text on the white dialog before: the bar's button style reached into it.
  expect(await contrastOf(page.getByTestId('display-open-window'))).toBeGreaterThanOrEqual(4.5);
  expect(await contrastOf(dialog.getByRole('button', { name: 'Tutup' }))).toBeGreaterThanOrEqual(4.5);
  await expect(dialog.getByRole('button', { name: 'Tutup' })).toHaveCSS(
    'background-color',
    'rgb(255, 255, 255)',
  );
  // The help text wraps inside the dialog instead of running off its right edge.
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await overflowsIn(dialog), `dialog at ${size.width}px`).toEqual([]);
    await expect(dialog.getByText('Buka alamat ini', { exact: false })).toHaveCSS('white-space', 'normal');
  }
  await shoot(page, 'display-dialog');
});

test('line edit: a negative price is refused, a quantity over the limit says the limit, a huge one is asked', async ({
  page,
  till,
}) => {
  await openTill(page, till);
  await tile(page, 'BWG-100').click();
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 25.000');
  await page.getByTestId('line-edit').click();

  // The minus stays in the field and is refused under it; it used to become Rp 5.000.
  await page.getByTestId('line-edit-price').fill('-5000');
  await expect(page.getByTestId('line-edit-price')).toHaveValue('-5000');
  await expect(page.getByTestId('line-edit-price-error')).toHaveText('Jumlah rupiah tidak boleh negatif');
  await page.getByTestId('line-edit-price-reason').fill('salah ketik');
  await page.getByTestId('line-edit-save').click();
  await expect(page.getByTestId('line-edit-price-error')).toHaveText('Jumlah rupiah tidak boleh negatif');
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 25.000');
  await shoot(page, 'line-edit-negative-price');
  await page.getByTestId('line-edit-price').fill('');
  await page.getByTestId('line-edit-price-reason').fill('');

  // Whole numbers over the limit: the limit, not "must be a whole number".
  for (const qty of ['100000', '99999999999']) {
    await page.getByTestId('line-edit-qty').fill(qty);
    await page.getByTestId('line-edit-save').click();
    await expect(page.getByTestId('line-edit-qty-error')).toHaveText('Paling banyak 10.000 dalam satu baris');
  }
  await page.getByTestId('line-edit-qty').fill('-3');
  await page.getByTestId('line-edit-save').click();
  await expect(page.getByTestId('line-edit-qty-error')).toHaveText('Jumlah tidak boleh negatif');

  // 2.000 pieces is allowed but asked about first; the cart does not change until confirmed.
  await page.getByTestId('line-edit-qty').fill('2000');
  await page.getByTestId('line-edit-save').click();
  await expect(page.getByTestId('line-edit-large')).toContainText('Jumlah besar: 2.000 pcs');
  await expect(page.getByTestId('line-edit-save')).toHaveText('Ya, simpan 2.000 pcs');
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 25.000');
  await shoot(page, 'line-edit-large-qty');
  // Changing the number asks again for the new one.
  await page.getByTestId('line-edit-qty').fill('3000');
  await expect(page.getByTestId('line-edit-large')).toHaveCount(0);
  await page.getByTestId('line-edit-save').click();
  await expect(page.getByTestId('line-edit-save')).toHaveText('Ya, simpan 3.000 pcs');
  await page.getByTestId('line-edit-save').click();
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 75.000.000');

  // A weighed product over 100 kg is asked about as well.
  await page.getByTestId('search').fill('lele');
  await tile(page, 'LLE-KG').click();
  await page.getByTestId('weight-input').fill('150');
  await page.getByTestId('weight-confirm').click();
  await expect(page.getByTestId('weight-large')).toContainText('150,000 kg');
  await expect(page.locator('[data-testid="cart-line"][data-sku="LLE-KG"]')).toHaveCount(0);
  await page.getByTestId('weight-confirm').click();
  await expect(page.locator('[data-testid="cart-line"][data-sku="LLE-KG"]')).toContainText('Rp 4.500.000');
});

test('pay dialog: the exact-cash button holds its label; a full QRIS payment completes at once', async ({
  page,
  till,
}) => {
  expect(till.karya('paymentSettings.save', { qrisStatic: STATIC_QRIS }).status).toBe(0);
  await openTill(page, till);
  await tile(page, 'SBR-150').click();
  await page.keyboard.press('F9');
  const exact = page.getByTestId('quick-cash').first();
  await expect(exact).toContainText('F10');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await overflowsIn(exact), `"Uang pas F10" at ${size.width}px`).toEqual([]);
  }
  await shoot(page, 'pay-cash');

  await page.getByTestId('pay-method-qris').click();
  // The reference field looks like a field: full height, the app's border and corners.
  const reference = page.getByTestId('part-reference');
  await expect(reference).toHaveCSS('border-radius', '10px');
  expect((await reference.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await shoot(page, 'pay-qris');
  await reference.fill('DANA 77');
  await page.getByTestId('part-add').click();
  // "Pembayaran diterima" for the whole amount is the end of the payment: no empty cash field.
  await expect(page.getByTestId('receipt-no')).toBeVisible();
  await expect(page.getByTestId('confirm-pay')).toHaveCount(0);
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  const sale = till.karya('sales.get', { receiptNo }).json as {
    total: number;
    payments: { method: string; amount: number; reference: string | null }[];
  };
  expect(sale.total).toBe(35_000);
  expect(sale.payments).toEqual([expect.objectContaining({ method: 'qris', amount: 35_000 })]);
  await page.getByTestId('new-sale').click();

  // A transfer for everything says so on its button and completes the same way.
  await tile(page, 'BWG-100').click();
  await page.keyboard.press('F9');
  await page.getByTestId('pay-method-transfer').click();
  await expect(page.getByTestId('part-add')).toHaveText('Tambahkan & selesaikan');
  await page.getByTestId('part-add').click();
  await expect(page.getByTestId('receipt-no')).toBeVisible();
});

test('void dialog: "Kembali" and "Batalkan transaksi"; after the void one sentence says why', async ({
  page,
  till,
}) => {
  await openTill(page, till, 'manager');
  const products = till.karya('products.list', { query: 'TAS-ANY' }).json as { id: number }[];
  const made = till.karya('sales.commit', {
    lines: [{ productId: products[0]?.id, qty: 1 }],
    payments: [{ method: 'cash', amount: 85_000 }],
  });
  expect(made.status).toBe(0);
  await page.getByTestId('nav-sales').click();
  await page.getByTestId('sales-row').first().click();
  await page.getByTestId('sale-void').click();
  await expect(page.getByTestId('void-back')).toHaveText('Kembali');
  await expect(page.getByTestId('void-submit')).toHaveText('Batalkan transaksi');
  await shoot(page, 'void-dialog');
  await page.getByTestId('void-back').click();
  await expect(page.getByTestId('void-reason')).toHaveCount(0);

  await page.getByTestId('sale-void').click();
  await page.getByTestId('void-reason').fill('pembeli batal beli');
  await page.getByTestId('void-submit').click();
  await expect(page.getByTestId('sales-notice')).toContainText('dibatalkan');
  const blocked = (await page.getByTestId('sale-blocked').textContent()) ?? '';
  expect(blocked.match(/sudah dibatalkan/g)).toHaveLength(1);
  await shoot(page, 'void-done');
});

test('shift: the open panel names the day in words, no "-Rp 0", a shortage in red and a surplus apart', async ({
  page,
  till,
}) => {
  const { businessDay } = till.karya('app.info').json as { businessDay: string };
  await signInOnly(page, till);
  await expect(page.getByTestId('open-shift-help')).toContainText(
    `Hari usaha ${formatLongDay(businessDay, 'id')}.`,
  );
  await expect(page.getByTestId('open-shift-help')).not.toContainText(businessDay);
  await shoot(page, 'open-shift');
  // The open button is in view at both sizes, without scrolling the ten denominations.
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const button = await page.getByTestId('open-shift-submit').boundingBox();
    expect(
      (button?.y ?? size.height) + (button?.height ?? 0),
      `${size.width}x${size.height}`,
    ).toBeLessThanOrEqual(size.height);
  }
  await page.setViewportSize(SIZES[0]);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('open-shift-help')).toContainText(
    `Business day ${formatLongDay(businessDay, 'en')}.`,
  );
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('open-shift-submit').click();
  await expect(page.getByTestId('pay-button')).toBeVisible();

  await tile(page, 'SBR-150').click();
  await page.keyboard.press('F10');
  await page.getByTestId('new-sale').click();
  await page.keyboard.press('F12');
  await expect(page.getByTestId('shift-cash-out')).toHaveText('Rp 0');
  await shoot(page, 'shift-menu');
  await page.getByTestId('shift-close').click();
  await page.getByTestId('count-20000').fill('1');
  await page.getByTestId('count-10000').fill('1');
  await page.getByTestId('count-2000').fill('2');
  await page.getByTestId('close-submit').click();
  // Rp 35.000 expected, Rp 34.000 counted: short, in red with the word, never in the green of change.
  await expect(page.getByTestId('shift-variance')).toHaveText('-Rp 1.000');
  await expect(page.getByTestId('shift-variance-word')).toHaveText('Kurang');
  const short = page.locator('[data-tone="short"]');
  await expect(short).toHaveCSS('color', 'rgb(185, 28, 28)');
  expect(await contrastOf(short)).toBeGreaterThanOrEqual(4.5);
  await shoot(page, 'shift-short');
  await page.getByTestId('shift-done').click();

  // A surplus is not a shortage's colour, and an even count is neither.
  await page.getByTestId('open-shift-submit').click();
  await expect(page.getByTestId('pay-button')).toBeVisible();
  await page.keyboard.press('F12');
  await page.getByTestId('shift-close').click();
  await page.getByTestId('count-1000').fill('1');
  await page.getByTestId('close-submit').click();
  await expect(page.getByTestId('shift-variance')).toHaveText('Rp 1.000');
  await expect(page.getByTestId('shift-variance-word')).toHaveText('Lebih');
  const over = page.locator('[data-tone="over"]');
  expect(await over.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(185, 28, 28)');
  expect(await contrastOf(over)).toBeGreaterThanOrEqual(4.5);
  await shoot(page, 'shift-over');
  await page.getByTestId('shift-done').click();
  await page.getByTestId('open-shift-submit').click();
  await expect(page.getByTestId('pay-button')).toBeVisible();
  await page.keyboard.press('F12');
  await page.getByTestId('shift-close').click();
  await page.getByTestId('close-submit').click();
  await expect(page.getByTestId('shift-variance-word')).toHaveText('Pas');
  await expect(page.locator('[data-tone="even"]')).toHaveCSS('color', 'rgb(15, 81, 50)');
});

test('the receipt preview after a sale is tall enough to read, inside the dialog', async ({ page, till }) => {
  await openTill(page, till);
  await tile(page, 'BWG-100').click();
  await tile(page, 'SBR-150').click();
  await page.keyboard.press('F10');
  await page.getByTestId('print-preview-toggle').click();
  const paper = page.locator('.receipt-preview-paper');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expect(paper).toBeInViewport();
    const { clientHeight, scrollHeight } = await paper.evaluate((el) => ({
      clientHeight: el.clientHeight,
      scrollHeight: el.scrollHeight,
    }));
    // It was 240 px (32% of 768): now the whole receipt, or at least 400 px of it with its own scroll.
    expect(clientHeight).toBeGreaterThanOrEqual(Math.min(scrollHeight, 400));
  }
  await shoot(page, 'receipt-preview');
});

test('the lock screen hides the till: nothing of the cart or the totals shows through', async ({
  page,
  till,
}) => {
  await page.clock.install();
  await openTill(page, till);
  await tile(page, 'BWG-100').click();
  await page.getByTestId('lock-button').click();
  const lock = page.getByTestId('lock-screen');
  await expect(lock).toBeVisible();
  // Opaque: an rgb() colour with no alpha (it was 92% see-through, the cart readable behind it).
  expect(await lock.evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
  await shoot(page, 'lock');
  // The till's keys sleep under the lock: F9 does not open the pay dialog (and its total) over it.
  await page.keyboard.press('F9');
  await page.keyboard.press('F12');
  await expect(page.locator('dialog[open]')).toHaveCount(1);
  await expect(page.getByTestId('pay-total')).toHaveCount(0);
  await page.getByTestId('lock-pin').fill(E2E_PIN);
  await page.getByTestId('lock-unlock').click();
  await expect(lock).toHaveCount(0);

  // Locked by the idle timer while the pay dialog is open: the dialog does not sit above the lock.
  await page.keyboard.press('F9');
  await expect(page.getByTestId('pay-total')).toBeVisible();
  await page.clock.fastForward('05:01');
  await expect(lock).toBeVisible();
  const covered = await page.getByTestId('pay-total').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return top?.closest('[data-testid="lock-screen"]') !== null;
  });
  expect(covered).toBe(true);
  await shoot(page, 'lock-over-pay');
  // Unlocked, the payment is where it was.
  await page.getByTestId('lock-pin').fill(E2E_PIN);
  await page.getByTestId('lock-unlock').click();
  await expect(lock).toHaveCount(0);
  await expect(page.getByTestId('pay-total')).toHaveText('Rp 25.000');
});
