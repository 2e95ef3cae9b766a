// A laptop whose clock is set to New York: the browser and browser mode's engine both keep New York
// time, the till keeps WITA. The sales list and the receipt preview give the sale the same WITA hour
// and say `WITA` after it; the hour is the one the stored instant has in WITA.
import { formatDateTime } from '../../shared/time';
import { expect, test } from './fixtures';

test.use({ timezoneId: 'America/New_York' });

// Browser mode starts from this worker's environment: its engine (the paper) keeps New York too.
let savedTz: string | undefined;
test.beforeAll(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'America/New_York';
});
test.afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

test('the sales list and the receipt preview show the sale at the same WITA hour on a New York laptop', async ({
  page,
  till,
}) => {
  await till.open(page);
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
    'America/New_York',
  );

  await page.locator('[data-testid="product-tile"][data-sku="BWG-100"]').click();
  await page.keyboard.press('F10');
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? '';
  expect(receiptNo).toMatch(/^BTH1-\d{8}-0001$/);

  // The hour the stored sale has in WITA, read back through the command line.
  const sale = till.karya('sales.get', { receiptNo }).json as { createdAt: string };
  const wita = formatDateTime(new Date(sale.createdAt), 'Asia/Makassar'); // `05/12/2026 10.30`
  const witaTime = wita.split(' ')[1] ?? '';

  // The receipt preview (made by the engine, as the paper will be).
  await page.getByTestId('print-preview-toggle').click();
  const preview = page.getByTestId('receipt-preview');
  await expect(preview).toContainText(`${wita} WITA`);
  const previewTime = /Tanggal\s+\d{2}\/\d{2}\/\d{4} (\d{2}\.\d{2}) WITA/.exec(
    (await preview.textContent()) ?? '',
  )?.[1];
  expect(previewTime).toBe(witaTime);
  await page.getByTestId('new-sale').click();

  // The sales list (made in the browser) gives the same hour, and says WITA too.
  await page.getByTestId('nav-sales').click();
  const row = page.locator(`[data-testid="sales-row"][data-receipt="${receiptNo}"]`);
  await expect(row).toContainText(`${witaTime} WITA`);
  await row.click();
  await expect(page.getByTestId('detail-meta')).toContainText(`${wita} WITA`);
});
