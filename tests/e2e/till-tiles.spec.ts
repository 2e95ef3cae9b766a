import { expect, test } from './fixtures';

// A 1x1 PNG, the smallest picture the engine accepts.
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

test('a product with a picture shows it on its tile; the others show none', async ({ page, till }) => {
  const [bawang] = till.karya('products.list', { query: 'BWG-100' }).json as { id: number }[];
  const set = till.karya('products.setImage', {
    productId: bawang?.id,
    image: { mime: 'image/png', base64: PNG_1X1 },
  });
  expect(set.status).toBe(0);
  await till.open(page);
  const tile = page.locator('[data-testid="product-tile"][data-sku="BWG-100"]');
  await expect(tile.getByTestId('tile-image')).toHaveAttribute('src', `data:image/png;base64,${PNG_1X1}`);
  await expect(
    page.locator('[data-testid="product-tile"][data-sku="SBR-150"] [data-testid="tile-image"]'),
  ).toHaveCount(0);
  // The picture does not get in the way of selling.
  await tile.click();
  await expect(page.getByTestId('cart-total')).toHaveText('Rp 25.000');
});

test('a picture removed in Katalog > Produk leaves the tile at once, without a reload', async ({
  page,
  till,
}) => {
  const [bawang] = till.karya('products.list', { query: 'BWG-100' }).json as { id: number }[];
  expect(
    till.karya('products.setImage', { productId: bawang?.id, image: { mime: 'image/png', base64: PNG_1X1 } })
      .status,
  ).toBe(0);
  await till.open(page, 'manager');
  const tile = page.locator('[data-testid="product-tile"][data-sku="BWG-100"]');
  await expect(tile.getByTestId('tile-image')).toBeVisible();

  await page.getByTestId('nav-catalog').click();
  await page.getByTestId('catalog-product-search').fill('BWG-100');
  await page.locator('[data-testid="catalog-product-row"][data-sku="BWG-100"]').click();
  const form = page.getByTestId('product-form');
  await form.getByTestId('product-image-remove').click();
  await expect(form.getByTestId('product-image')).toHaveCount(0);

  await page.getByTestId('nav-sale').click();
  await expect(tile).toBeVisible();
  await expect(tile.getByTestId('tile-image')).toHaveCount(0);
});
