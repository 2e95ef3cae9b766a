// What the generated tills sell: the demo catalogue every new till starts with
// (resources/catalogue-demo.csv), with its real producing units (LPS-PALU, RTN-DGL...). Product ids
// are the order of the file, as a fresh till's import numbers them. Each unit's proceeds split is
// the default seen in practice (15% PNBP, 50% premi, 35% working capital) except two units that
// differ, so a statement that applied one split to every unit would show it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { UnitSplit } from '../../../shared/batch/format';
import { parseCsvRecords } from '../../../shared/csv';

export interface DemoProduct {
  id: number;
  sku: string;
  name: string;
  category: string;
  unit: string;
  price: number;
  producerCode: string;
  producerName: string;
  soldByWeight: boolean;
}

export interface DemoCatalogue {
  products: DemoProduct[];
  /** Every producing unit of the catalogue with its split, by code. */
  units: Map<string, UnitSplit>;
}

const DEMO_FILE = fileURLToPath(new URL('../../../resources/catalogue-demo.csv', import.meta.url));

/** Splits other than the default, in basis points: PNBP, premi, working capital. */
const OWN_SPLITS: Record<string, [number, number, number]> = {
  'LPKA-PALU': [1000, 6000, 3000],
  'LPS-PARIGI': [2000, 4500, 3500],
};
const DEFAULT_SPLIT: [number, number, number] = [1500, 5000, 3500];

export function demoCatalogue(): DemoCatalogue {
  const records = parseCsvRecords(readFileSync(DEMO_FILE, 'utf8'));
  const products = records.map(
    (row, i): DemoProduct => ({
      id: i + 1,
      sku: row.sku ?? '',
      name: row.name ?? '',
      category: row.category ?? '-',
      unit: row.unit ?? 'pcs',
      price: Number(row.price_idr),
      producerCode: row.producer_code ?? '',
      producerName: row.producer_name ?? '',
      soldByWeight: row.sold_by_weight === '1',
    }),
  );
  if (products.length === 0 || products.some((p) => !p.sku || !p.producerCode || !(p.price > 0))) {
    throw new Error(`Katalog demo tidak terbaca: ${DEMO_FILE}`);
  }
  const units = new Map<string, UnitSplit>();
  for (const p of products) {
    if (units.has(p.producerCode)) continue;
    const [pnbpBp, premiBp, capitalBp] = OWN_SPLITS[p.producerCode] ?? DEFAULT_SPLIT;
    units.set(p.producerCode, { capitalBp, code: p.producerCode, name: p.producerName, pnbpBp, premiBp });
  }
  return { products, units };
}
