import type { Database } from 'better-sqlite3';
import type { ParsedInput, ProductDetail } from '../../../shared/contract';
import type { Actor } from '../context';
import { EngineError } from '../errors';
import { findCategory, findUnit } from './categories';
import { getProduct } from './productDetail';
import { actorName, checkBarcodeList, weightUnitMessage } from './productRules';
import type { ProductValues } from './productWriter';
import { productWriter } from './productWriter';

/**
 * Creates (no id) or edits a product after checking every rule; any refusal writes nothing.
 * A changed price is appended to the price history with who changed it and when.
 */
export function saveProduct(
  db: Database,
  input: ParsedInput<'products.save'>,
  actor: Actor,
  now: Date,
): ProductDetail {
  const id = db
    .transaction(() => {
      const existing =
        input.id === undefined
          ? undefined
          : (db.prepare('SELECT id, price FROM products WHERE id = ?').get(input.id) as
              | { id: number; price: number }
              | undefined);
      if (input.id !== undefined && !existing) {
        throw new EngineError('NOT_FOUND', 'catalog.productNotFound', { id: input.id });
      }
      const skuOwner = db
        .prepare('SELECT id, name FROM products WHERE sku = ? COLLATE NOCASE AND id IS NOT ?')
        .get(input.sku, input.id ?? null) as { id: number; name: string } | undefined;
      if (skuOwner)
        throw new EngineError('CONFLICT', 'catalog.skuTaken', { sku: input.sku, name: skuOwner.name });

      const checked = checkBarcodeList(input.barcodes);
      if ('error' in checked) throw EngineError.from('INVALID_INPUT', checked.error);
      const owner = db.prepare(
        `SELECT p.sku, p.name FROM product_barcodes b JOIN products p ON p.id = b.product_id
         WHERE b.code = ? AND b.product_id IS NOT ?`,
      );
      for (const { code } of checked.barcodes) {
        const taken = owner.get(code, input.id ?? null) as { sku: string; name: string } | undefined;
        if (taken) {
          throw new EngineError('CONFLICT', 'catalog.barcodeTaken', {
            code,
            name: taken.name,
            sku: taken.sku,
          });
        }
      }

      const category = findCategory(db, input.category);
      if (!category) {
        throw new EngineError('INVALID_INPUT', 'catalog.categoryMissing', { category: input.category });
      }
      const unit = findUnit(db, input.unit);
      if (!unit) throw new EngineError('INVALID_INPUT', 'catalog.unknownUnit', { unit: input.unit });
      if (input.soldByWeight && unit.decimals !== 3)
        throw EngineError.from('INVALID_INPUT', weightUnitMessage(unit.code));

      const producer = db.prepare('SELECT code FROM producers WHERE code = ?').get(input.producerCode) as
        | { code: string }
        | undefined;
      if (!producer)
        throw new EngineError('INVALID_INPUT', 'catalog.producerCodeNotFound', {
          producerCode: input.producerCode,
        });
      const workshopId = input.workshopId ?? null;
      if (workshopId !== null) {
        const workshop = db
          .prepare('SELECT producer_code AS producerCode, name FROM workshops WHERE id = ?')
          .get(workshopId) as { producerCode: string; name: string } | undefined;
        if (!workshop) throw new EngineError('INVALID_INPUT', 'catalog.workshopIdNotFound', { workshopId });
        if (workshop.producerCode !== producer.code) {
          throw new EngineError('INVALID_INPUT', 'catalog.workshopOtherProducer', {
            name: workshop.name,
            producerCode: workshop.producerCode,
            code: producer.code,
          });
        }
      }

      const values: ProductValues = {
        sku: input.sku,
        name: input.name,
        category: category.name,
        unit: unit.code,
        price: input.price,
        cost: input.cost ?? null,
        producerCode: producer.code,
        workshopId,
        barcodes: checked.barcodes,
        soldByWeight: input.soldByWeight,
        active: input.active,
        pirtNo: input.pirtNo,
        halalNo: input.halalNo,
      };
      const writer = productWriter(db, { at: now.toISOString(), by: actorName(actor) });
      if (!existing) return writer.insert(values);
      writer.update(existing.id, values, existing.price);
      return existing.id;
    })
    .immediate();
  return getProduct(db, id);
}
