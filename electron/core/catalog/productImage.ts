import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/contract';
import { MAX_IMAGE_BYTES } from '../../../shared/contract';
import { EngineError } from '../errors';

type ImageType = NonNullable<ParsedInput<'products.setImage'>['image']>['mime'];

/** What the first bytes say the file is; the declared type must agree, so no other file sneaks in. */
function sniff(data: Buffer): ImageType | null {
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (
    data.subarray(0, 4).toString('latin1') === 'RIFF' &&
    data.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  return null;
}

/** Stores (or with null removes) a product's image after checking its size and real type. */
export function setProductImage(
  db: Database,
  input: ParsedInput<'products.setImage'>,
  now: Date,
): { image: string | null } {
  const { productId, image } = input;
  let data: Buffer | null = null;
  if (image) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(image.base64)) {
      throw new EngineError('INVALID_INPUT', 'catalog.imageNotBase64');
    }
    data = Buffer.from(image.base64, 'base64');
    if (data.length === 0) throw new EngineError('INVALID_INPUT', 'catalog.imageEmpty');
    if (data.length > MAX_IMAGE_BYTES) {
      throw new EngineError('INVALID_INPUT', 'catalog.imageTooBig', {
        value: Math.ceil(data.length / 1024),
        value2: MAX_IMAGE_BYTES / 1024,
      });
    }
    const actual = sniff(data);
    if (actual === null) throw new EngineError('INVALID_INPUT', 'catalog.notAnImage');
    if (actual !== image.mime) {
      throw new EngineError('INVALID_INPUT', 'catalog.imageTypeMismatch', { actual, mime: image.mime });
    }
  }
  db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM products WHERE id = ?').get(productId)) {
      throw new EngineError('NOT_FOUND', 'afterSale.productIdNotFound', { productId });
    }
    if (data && image) {
      db.prepare(
        `INSERT INTO product_images (product_id, mime, data) VALUES (?, ?, ?)
         ON CONFLICT (product_id) DO UPDATE SET mime = excluded.mime, data = excluded.data`,
      ).run(productId, image.mime, data);
    } else {
      db.prepare('DELETE FROM product_images WHERE product_id = ?').run(productId);
    }
    db.prepare('UPDATE products SET updated_at = ? WHERE id = ?').run(now.toISOString(), productId);
  }).immediate();
  return { image: data && image ? `data:${image.mime};base64,${data.toString('base64')}` : null };
}

/** The images of `ids` as data URLs, for the tiles at the till (the cart shows the first screen's worth). */
export function productImages(db: Database, ids: readonly number[]): { productId: number; image: string }[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      'SELECT product_id AS productId, mime, data FROM product_images WHERE product_id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify(ids)) as { productId: number; mime: string; data: Buffer }[];
  return rows.map((row) => ({
    productId: row.productId,
    image: `data:${row.mime};base64,${row.data.toString('base64')}`,
  }));
}
