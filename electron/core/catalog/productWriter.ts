// The one place products are written: the product form, the import and the demo catalogue all go
// through here, so barcodes, price history and updated_at are kept the same way everywhere.
import type { Database } from 'better-sqlite3';
import type { BarcodeKind } from '../../../shared/barcode';

export interface ProductValues {
  sku: string;
  name: string;
  category: string;
  unit: string;
  price: number;
  cost: number | null;
  producerCode: string;
  workshopId: number | null;
  barcodes: readonly { code: string; kind: BarcodeKind }[];
  soldByWeight: boolean;
  active: boolean;
  pirtNo: string | null;
  halalNo: string | null;
}

/** When and by whom a write happens; `by` is null for the system (demo catalogue, command line). */
export interface WriteStamp {
  at: string;
  by: string | null;
}

export interface ProductWriter {
  /** Inserts the product with its barcodes and first price; returns its id. */
  insert(values: ProductValues): number;
  /**
   * Overwrites the product and replaces its barcodes. A price different from `previousPrice` is
   * appended to the price history; older entries are never touched.
   */
  update(id: number, values: ProductValues, previousPrice: number): void;
  /** Removes every barcode of the product, so a barcode can move between products in one go. */
  clearBarcodes(id: number): void;
  addBarcodes(id: number, barcodes: ProductValues['barcodes']): void;
}

/** Prepares the statements once; an import of 50,000 rows reuses them inside one transaction. */
export function productWriter(db: Database, stamp: WriteStamp): ProductWriter {
  const insertProduct = db.prepare(
    `INSERT INTO products (sku, name, category, unit, price, cost, producer_code, workshop_id, sold_by_weight,
                           active, pirt_no, halal_no, updated_at)
     VALUES (@sku, @name, @category, @unit, @price, @cost, @producerCode, @workshopId, @soldByWeight,
             @active, @pirtNo, @halalNo, @at)`,
  );
  const updateProduct = db.prepare(
    `UPDATE products SET sku = @sku, name = @name, category = @category, unit = @unit, price = @price, cost = @cost,
       producer_code = @producerCode, workshop_id = @workshopId, sold_by_weight = @soldByWeight, active = @active,
       pirt_no = @pirtNo, halal_no = @halalNo, updated_at = @at
     WHERE id = @id`,
  );
  const deleteBarcodes = db.prepare('DELETE FROM product_barcodes WHERE product_id = ?');
  const insertBarcode = db.prepare(
    'INSERT INTO product_barcodes (code, product_id, kind, position) VALUES (?, ?, ?, ?)',
  );
  const insertPrice = db.prepare(
    'INSERT INTO price_history (product_id, price, effective_from, changed_by) VALUES (?, ?, ?, ?)',
  );

  const row = (values: ProductValues) => ({
    sku: values.sku,
    name: values.name,
    category: values.category,
    unit: values.unit,
    price: values.price,
    cost: values.cost,
    producerCode: values.producerCode,
    workshopId: values.workshopId,
    soldByWeight: values.soldByWeight ? 1 : 0,
    active: values.active ? 1 : 0,
    pirtNo: values.pirtNo,
    halalNo: values.halalNo,
    at: stamp.at,
  });
  const addBarcodes = (id: number, barcodes: ProductValues['barcodes']) => {
    for (const [position, barcode] of barcodes.entries())
      insertBarcode.run(barcode.code, id, barcode.kind, position);
  };

  return {
    insert(values) {
      const id = Number(insertProduct.run(row(values)).lastInsertRowid);
      addBarcodes(id, values.barcodes);
      insertPrice.run(id, values.price, stamp.at, stamp.by);
      return id;
    },
    update(id, values, previousPrice) {
      updateProduct.run({ ...row(values), id });
      deleteBarcodes.run(id);
      addBarcodes(id, values.barcodes);
      if (values.price !== previousPrice) insertPrice.run(id, values.price, stamp.at, stamp.by);
    },
    clearBarcodes(id) {
      deleteBarcodes.run(id);
    },
    addBarcodes,
  };
}
