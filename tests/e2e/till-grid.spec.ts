// A big catalogue at the till: the grid keeps only a window of tiles in the page (ProductGrid.tsx),
// yet every product is a scroll away, sells with a tap, and shows its picture when it has one.

import { inCategoryOrder } from '../../renderer/screens/categoryOrder';
import type { Product } from '../../shared/contract';
import { formatRupiah } from '../../shared/money';
import { addManyProducts } from '../support/manyProducts';
import { expect, test } from './fixtures';

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

interface Listed {
  id: number;
  sku: string;
  price: number;
  soldByWeight: boolean;
}

test('3,000 products: a window of tiles in the page, the last one scrolled to, pictured and sold', async ({
  page,
  till,
}) => {
  addManyProducts(till.dbPath, 3_000);
  // In the grid's order: categories by the manager's Urutan, products by name within each.
  const all = inCategoryOrder(
    till.karya('products.list', { limit: 10_000 }).json as Product[],
    till.karya('categories.list', {}).json as { name: string }[],
  ) as Listed[];
  expect(all.length).toBeGreaterThan(3_000);
  const last = all.at(-1) as Listed;
  const middle = all[1_500] as Listed;
  expect(
    till.karya('products.setImage', { productId: middle.id, image: { mime: 'image/png', base64: PNG_1X1 } })
      .status,
  ).toBe(0);

  await till.open(page);
  const tiles = page.getByTestId('product-tile');
  const tile = (sku: string) => page.locator(`[data-testid="product-tile"][data-sku="${sku}"]`);
  await expect(tile(all[0]?.sku ?? '')).toBeVisible();
  const inPage = await tiles.count();
  expect(inPage).toBeGreaterThan(0);
  expect(inPage).toBeLessThan(200);
  await expect(tile(last.sku)).toHaveCount(0);
  // The whole catalogue is in the grid: nothing to say about a cut-off list.
  await expect(page.getByTestId('search-capped')).toHaveCount(0);

  // Halfway down: that part of the list is drawn, and its picture is fetched there and then.
  const grid = page.getByTestId('product-grid');
  await grid.evaluate((element, at) => {
    element.scrollTop = at * element.scrollHeight;
  }, 1_500 / all.length);
  await expect(tile(middle.sku).getByTestId('tile-image')).toHaveAttribute(
    'src',
    `data:image/png;base64,${PNG_1X1}`,
  );
  await expect(tile(all[0]?.sku ?? '')).toHaveCount(0);

  // The bottom: the last product's tile is there, and a tap sells it.
  await grid.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(tile(last.sku)).toBeVisible();
  expect(await tiles.count()).toBeLessThan(200);
  await tile(last.sku).click();
  // The last category may hold goods sold by weight (fish): 1 kg of it, then.
  if (last.soldByWeight) {
    await page.getByTestId('weight-input').fill('1');
    await page.getByTestId('weight-confirm').click();
  }
  await expect(page.getByTestId('cart-line')).toHaveCount(1);
  await expect(page.locator(`[data-testid="cart-line"][data-sku="${last.sku}"]`)).toBeVisible();
  await expect(page.getByTestId('cart-total')).toHaveText(formatRupiah(last.price));

  // A search matching 3,000 shows the engine's first page and says so.
  await page.getByTestId('search').fill('Barang Uji');
  await expect(page.getByTestId('search-capped')).toHaveText(
    'Menampilkan 500 produk pertama. Ketik lebih lengkap (atau scan) untuk yang lain.',
  );

  // Typing still finds any of them: the top hit goes into the cart with Enter.
  await page.getByTestId('search').fill('UJI-02999');
  await expect(page.getByTestId('search-capped')).toHaveCount(0);
  await page.getByTestId('search').press('Enter');
  await expect(page.locator('[data-testid="cart-line"][data-sku="UJI-02999"]')).toBeVisible();
});
